"""Who the source is: named, described, anonymous, unnamed, documents; pronouns and role
descriptors resolved to the person they refer to; relays (``via``). Sentences written for
these tests; one construction each."""

from __future__ import annotations

import pytest

from .helpers import A, check, claims_of

ROWS = [
    # --- named persons and bodies
    ('Die Forscherin Nora Albrecht sagte, die Daten seien eindeutig.', [("Daten seien eindeutig", "Nora Albrecht", "indirect", A, False)]),
    ('Der Bundestag beschloss am Freitag das Gesetz.', []),
    ('Greenpeace erklärte, der Wald sei in Gefahr.', [("Wald sei in Gefahr", "Greenpeace", "indirect", A, False)]),
    ('Frankreich betonte, das Abkommen gelte weiter.', [("Abkommen gelte weiter", "Frankreich", "indirect", A, False)]),
    ('Die Bundesregierung teilte mit, die Hilfen würden verlängert.', [("Hilfen würden verlängert", "Bundesregierung", "indirect", A, False)]),
    # --- described sources
    ('Ein Sprecher des Innenministeriums sagte, die Grenze bleibe offen.',
     [("Grenze bleibe offen", "Sprecher des Innenministeriums", "indirect", A, False)]),
    ('Eine Anwohnerin erzählte, das Wasser sei bis in den Keller gelaufen.', [("Wasser sei bis", "Anwohnerin", "indirect", A, False)]),
    ('Der Sprecher der Polizei, Max Roth, sagte, die Demonstration sei friedlich verlaufen.',
     [("Demonstration sei friedlich", "Polizei", "indirect", A, False)]),
    # --- anonymous and unnamed
    ('Insider sagten, der Verkauf stehe kurz bevor.', [("Verkauf stehe kurz bevor", None, "indirect", A, False)]),
    ('Aus Regierungskreisen hieß es, eine Einigung sei nahe.', [("Einigung sei nahe", None, "indirect", A, False)]),
    # --- documents
    ('Die Studie zeigt, dass Kinder zu wenig schlafen.', [("Kinder zu wenig schlafen", "Studie", "indirect", A, False)]),
    ('Ein Gutachten kommt zu dem Schluss, die Brücke sei marode.', []),
    ('Dem Bericht des Rechnungshofs zufolge wurden Millionen verschwendet.',
     [("Millionen verschwendet", "Rechnungshofs", "indirect", A, False)]),
    # --- pronouns and descriptors
    ('Die Pianistin Lea Sommer gab ein Konzert. Sie sagte, es sei ihr letztes.',
     [("ihr letztes", "Lea Sommer", "indirect", A, False)]),
    ('Der Schauspieler Tom Berger kam zur Premiere. Er sagte, der Film sei sein bester.',
     [("sein bester", "Tom Berger", "indirect", A, False)]),
    ('Die Bürgermeisterin Anna Falk sprach vor dem Rat. Die 52-Jährige sagte, die Stadt sei pleite.',
     [("Stadt sei pleite", "Anna Falk", "indirect", A, False)]),
    ('Der Gesundheitsminister Lukas Stern besuchte die Klinik. Der Minister sagte, die Pflege brauche mehr Geld.',
     [("Pflege brauche mehr Geld", "Lukas Stern", "indirect", A, False)]),
    ('Die Vorstandschefin Eva Roth stellte die Zahlen vor. Die Managerin betonte, der Umsatz sei gestiegen.',
     [("Umsatz sei gestiegen", "Eva Roth", "indirect", A, False)]),
    ('Der Chef des Klubs, Moritz Lang, war zufrieden. „Wir sind auf dem richtigen Weg“, sagte er.',
     [("richtigen Weg", "Moritz Lang", "direct", A, False)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_source(text: str, expected: list) -> None:
    check(text, expected)


def test_gender_picks_the_fitting_person() -> None:
    text = ('Die Ärztin Maria Lind und der Pfleger Jan Ott arbeiten auf der Station. '
            'Er sagte, die Nächte seien lang.')
    (claim,) = claims_of(text)
    assert "Jan Ott" in claim.source.name


def test_described_source_with_attachment_does_not_resolve_to_an_earlier_person() -> None:
    text = ('Die Ministerin Ute Brand lobte den Plan. '
            'Von einem Fehler spricht dagegen der Manager einer anderen Firma.')
    claims = claims_of(text)
    claim = next(c for c in claims if "Fehler" in c.span.text)
    assert "Ute Brand" not in claim.source.name
    assert "Manager" in claim.source.name


def test_relay_names_the_outlet_in_via() -> None:
    text = 'Die Zeitung berichtet, der Minister habe gewarnt, dass die Kassen leer seien.'
    claim = next(c for c in claims_of(text) if "Kassen leer" in c.span.text)
    assert "Minister" in claim.source.name
    assert [v.name for v in claim.via] == ["Zeitung"]


def test_prepositional_relay_inside_a_verb_claim() -> None:
    text = 'Die Ministerin soll laut einem Bericht der "Morgenpost" gewarnt haben, dass das Geld fehle.'
    claim = next(c for c in claims_of(text) if "Geld fehle" in c.span.text)
    assert "Ministerin" in claim.source.name
    assert [v.name for v in claim.via] == ["Morgenpost"]
    assert claim.hedged


def test_source_offsets_point_at_the_phrase() -> None:
    text = 'Laut Polizeisprecherin Jana Holz wurde niemand verletzt.'
    (claim,) = claims_of(text)
    assert text[claim.source.start:claim.source.end] == claim.source.text
    assert claim.source.kind == "named"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Ministerin Anna Berger sagte, die Lage sei ernst.", "Anna Berger"),
        ("Tierarzt Jonas Weber sagte, die Lage sei ernst.", "Jonas Weber"),
        ("Der Zahnmediziner Paul Maria Keller sagte, die Lage sei ernst.", "Paul Maria Keller"),
        # an organisation's words are no person's name: the phrase stays what it says
        ("Der Vorsitzende der Gewerkschaft Holz Bau sagte, die Lage sei ernst.", None),
        # no first name: the person noun before a surname is dropped
        ("Bundeskanzler Brandtner sagte, die Lage sei ernst.", "Brandtner"),
    ],
)
def test_the_shown_name_starts_at_the_first_name(text: str, name: str | None) -> None:
    """German capitalises the person noun before a name ("Ministerin Anna Berger"): the name a
    reader is shown is the person's, without it."""
    (claim,) = claims_of(text)
    if name is None:
        assert claim.source.name == "Vorsitzende der Gewerkschaft Holz Bau"
    else:
        assert claim.source.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zeitung „Morgenpost“ berichtete, der Bürgermeister trete zurück.", "Morgenpost"),
        ("Wie das Magazin »Weltblick« berichtet, will der Bürgermeister zurücktreten.", "Weltblick"),
        # the phrase read stops at the comma inside the name, or before the quotation mark
        ("Laut dem Nachrichtenportal „Nordblick, Nachrichten für Kiel“ soll der Bürgermeister zurücktreten.",
         "Nordblick, Nachrichten für Kiel"),
        # a pronoun before the phrase of "X zufolge" is no part of it
        ("In den zehn Jahren gab es dem Handelsverband zufolge rund 40.000 Schließungen.", "Handelsverband"),
        # a role noun that stands for no name is shown without its article
        ("Der Zug komme später, sagte die Bahn-Sprecherin.", "Bahn-Sprecherin"),
    ],
)
def test_a_quoted_name_after_its_noun_is_the_name_shown(text: str, name: str) -> None:
    """ "die Zeitung „Morgenpost“": the name in quotation marks, not "Zeitung „Morgenpost"; no article."""
    (claim,) = claims_of(text)
    assert claim.source.name == name


def test_the_person_after_an_employer_and_a_role_is_shown():
    """ "Harbor Institute director Vance said …": the reader is shown the person, not the
    employer the capitalised words before the role noun name."""
    [claim] = [c for c in claims_of("Harbor Institute director Vance said the port will grow.", "en")
               if c.mode != "assertion"]
    assert claim.source.name == "Vance"


def test_a_fronted_participle_clause_is_no_speaker_and_the_role_after_it_is_resolved():
    """ "Speaking at the opening, the mayor said: …": the clause before the comma is where, not
    who; "the mayor" stands for the mayor named before."""
    text = 'Mayor Ruth Kane opened the new bridge on Monday. Speaking at the opening, the mayor said: "It will last a century."'
    [claim] = [c for c in claims_of(text, "en") if c.mode != "assertion"]
    assert claim.source.name == "Ruth Kane"


def test_a_possessive_closes_the_name_it_ends():
    """ "Mayor Ruth Kane’s office said …": the name runs to the possessive, not to "Mayor Ruth"."""
    [claim] = [c for c in claims_of("Mayor Ruth Kane’s office said the bridge would open in May.", "en")
               if c.mode != "assertion"]
    assert claim.source.name.endswith("Ruth Kane")


@pytest.mark.parametrize(("text", "name"), [
    # a prepositional phrase that says in what or when the source said it is no part of its name …
    ("Die Städte würden leer, schreibt der Stadtplaner in seinem Essay.", "Stadtplaner"),
    ("Die Lage sei ernst, sagte der Bürgermeister bei einem Treffen mit Anwohnern.", "Bürgermeister"),
    ("Die Kosten seien zu hoch, schreiben die Prüfer in einem Gutachten.", "Prüfer"),
    ("Die Kosten seien zu hoch, schreiben die Prüfer im Sondergutachten.", "Prüfer"),
    ("Die Kosten seien zu hoch, schreiben die Prüfer im Juni.", "Prüfer"),
    # … one that says where it belongs is
    ("Die Lage sei ernst, sagte der Sprecher der Polizei in Köln.", "Sprecher der Polizei in Köln"),
    ("Die Lage sei ernst, sagte eine Expertin beim Institut.", "Expertin beim Institut"),
])
def test_source_name_without_its_circumstance(text: str, name: str) -> None:
    claims = [c for c in claims_of(text) if c.mode != "assertion"]
    assert [c.source.name for c in claims] == [name]
