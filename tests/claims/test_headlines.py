"""Headlines and subheadings: claims in headline grammar, and each claim's position.

All sentences are invented.
"""

from __future__ import annotations

import pytest

from quellenlage.claims.headlines import position_of
from quellenlage.claims.page import is_heading_line
from quellenlage.document import Document, RawInput
from quellenlage.pipeline import Pipeline

BODY = "\n\nDie Zeitung berichtet hier in ganzen Sätzen. Ein zweiter Satz folgt.\n\n"


def claims_of(line: str):
    doc = Pipeline().analyze_text("Politik\n\nEine Überschrift der Seite" + BODY + line + BODY)
    return doc, [c for c in doc.claims if c.position == "subheading"]


@pytest.mark.parametrize(
    ("line", "source", "content"),
    [
        ("Ärztin bescheinigt Minister gute Gesundheit", "Ärztin", "Minister gute Gesundheit"),
        ("Institut sieht gute Chancen für Einigung", "Institut", "gute Chancen für Einigung"),
        ("Regierung kündigt Reform der Rente an", "Regierung", "Reform der Rente"),
        ("Bürgermeister fordert mehr Geld für Schulen", "Bürgermeister", "mehr Geld für Schulen"),
        ("Rat der Stadt Köln sieht neue Chancen", "Rat der Stadt Köln", "neue Chancen"),
    ],
)
def test_verb_headline(line, source, content):
    doc, claims = claims_of(line)
    assert len(claims) == 1
    claim = claims[0]
    assert claim.source.name == source
    assert doc.text[claim.content.start:claim.content.end] == content
    assert claim.mode == "indirect"


def test_colon_headline_needs_a_known_speaker():
    doc, claims = claims_of("Angela Merkel: Die Schulen bleiben offen")
    assert [(c.source.name, doc.text[c.content.start:c.content.end]) for c in claims] == [
        ("Angela Merkel", "Die Schulen bleiben offen")]


@pytest.mark.parametrize(
    "line",
    [
        "Polizei sucht Zeugen nach Unfall",  # no reporting verb
        "Olympia: Die sieben neuen Disziplinen",  # a topic and its headline
        "Jana Beck: Vertrag bis 2026 verlängert",  # a person and news about her, no statement of hers
        "Jana Beck: Neuer Vertrag bis 2026",  # no verb: a topic
        "Nordkorea: Spekulationen über den Machthaber",  # a country before the colon is the topic
        "Jonas Weller: Der Sänger Jonas Weller lächelt wieder",  # the speaker is the content's subject
        "Autor: Paul Brenner",  # a label
        "Kontakt: presse@example.org, Tel. 030 1234",
        "Regierung kündigt",  # nothing after the verb
        "Die Regierung ruft an",  # a particle the verb does not take as a reporting verb
    ],
)
def test_no_headline_claim(line):
    assert claims_of(line)[1] == []


def test_position_of_body_and_subheading_claims():
    html = ("<html><head><title>Hitze in der Stadt</title></head><body><article><h1>Hitze in der Stadt</h1>"
            "<p>Die Ministerin sagte am Montag, die Lage sei ernst und alle Schulen müssten früher schließen. "
            "Ein weiterer Satz der Zeitung steht hier.</p><h2>Bürgermeister fordert mehr Geld</h2>"
            "<p>Ein Satz der Zeitung. Noch ein Satz der Zeitung steht hier, lang genug.</p></article></body></html>")
    doc = Pipeline().analyze_html(html)
    assert [(doc.text[c.span.start:c.span.end][:20], c.position) for c in doc.claims] == [
        ("Die Ministerin sagte", "body"), ("Bürgermeister forder", "subheading")]


def test_the_first_line_is_the_title_when_it_is_the_page_title():
    doc = Document(raw=RawInput(name="t", content="", kind="text"))
    doc.article.title = "Ärztin bescheinigt Minister gute Gesundheit"
    doc.set_text("Ärztin bescheinigt Minister gute Gesundheit\nDie Ärztin sagte, er sei gesund.")
    assert position_of(doc, 0) == "title"
    assert position_of(doc, doc.text.index("Die Ärztin")) == "body"
    doc.article.title = "Ein anderer Titel"
    assert position_of(doc, 0) == "subheading"


@pytest.mark.parametrize(
    ("line", "heading"),
    [("Neue Regeln für Schulen", True), ("Die Lage ist ernst.", False), ("„Wir bleiben“", False),
     ("Wie geht es weiter?", False), ("x" * 200, False)],
)
def test_is_heading_line(line, heading):
    assert is_heading_line(line) is heading


def test_claims_carry_position_in_the_contract():
    doc, _ = claims_of("Bürgermeister fordert mehr Geld für Schulen")
    assert {c["position"] for c in doc.to_dict()["claims"]} <= {"title", "subheading", "body"}
