"""The README's example: ``quellenlage analyze examples/ostsee-oelfilm.txt``, checked as a user reads it.

The example article (written by the team, invented story) holds the phenomena of a
real scraped news page: a section line, title and date line, a photo credit, share
buttons, a hearsay figure ("soll … haben"), a denial, two sources with different
figures (one a bound), a quote about uncertainty, a Konjunktiv I continuation, a
relay through a newspaper, and the page's closing debris. Each test names one thing
a user sees in the output and fails when it breaks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ostsee-oelfilm.txt"
DEBRIS = ["Artikel teilen", "Lesen Sie auch", "Was Urlauber jetzt wissen müssen", "Folgen Sie",
          "direkten Draht", "kuestenblick.de/dpa", "Themen", "Umweltschutz", "Bild:", "picture alliance",
          "08:47"]


@pytest.fixture(scope="module")
def analysis() -> dict:
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def claims(analysis) -> list[dict]:
    return analysis["claims"]


def claim_with(claims: list[dict], words: str) -> dict:
    found = [c for c in claims if words in c["content"]["text"]]
    assert found, f"no claim contains {words!r}: {[c['content']['text'] for c in claims]}"
    return found[0]


def source_text(claim: dict) -> str:
    return (claim["source"] or {}).get("text") or ""


def test_readme_names_the_example():
    readme = (EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"quellenlage analyze examples/{EXAMPLE.name}" in readme


def test_metadata_comes_from_the_page_lines(analysis):
    art = analysis["article"]
    assert art["section"] == "Panorama"
    assert art["title"].startswith("Ölfilm vor Warnemünde")
    assert art["published"].startswith("2026-11-30")
    assert art["outlet"] == "kuestenblick.de"
    assert art["agencies"] == ["dpa"]
    assert art["image_credits"] == ["picture alliance/dpa/Henrike Marold"]
    assert art["language"] == "de"


def test_debris_is_gone_and_the_story_is_whole(analysis):
    text = analysis["article"]["text"]
    for piece in DEBRIS:
        assert piece not in text, piece
    assert text.startswith("Ein Ölfilm treibt seit Tagen")  # the caption stays: it is a sentence of the story
    assert "Wie viel Öl ist wirklich im Wasser?" in text  # a subheading is not debris
    assert text.rstrip().endswith("Die Hafenbehörde äußerte sich dazu zunächst nicht.")


def test_hearsay_figure_is_reportive_and_hedged(claims):
    c = claim_with(claims, "soll im Oktober rund 250 Tonnen Altöl")
    assert c["mode"] == "reportive"
    assert c["hedged"] is True
    assert c["source"] is None or c["source"]["kind"] == "unnamed"
    (q,) = c["quantities"]
    assert (q["value"], q["approx"], q["unit_lemma"]) == (250, True, "Tonne")


def test_denial_is_deny(claims):
    c = claim_with(claims, "als haltlos zurückgewiesen")
    assert c["stance"] == "deny"
    assert "Reederei" in source_text(c)


def test_two_sources_give_different_figures_one_a_bound(claims):
    ngo = claim_with(claims, "mehr als 250 Tonnen")
    police = claim_with(claims, "80 Tonnen")
    assert "Meeresschutz Nord" in source_text(ngo)
    assert "Wasserschutzpolizei" in source_text(police)
    bound = next(q for q in ngo["quantities"] if q["unit_lemma"] == "Tonne")
    assert (bound["lower"], bound["value"]) == (250, None)
    exact = next(q for q in police["quantities"] if q["unit_lemma"] == "Tonne")
    assert exact["value"] == 80


def test_quote_on_uncertainty_is_direct_and_uncertain(claims):
    c = claim_with(claims, "Es ist völlig offen")
    assert (c["mode"], c["stance"]) == ("direct", "uncertain")
    assert "Staatsanwaltschaft Rostock" in source_text(c)


def test_konjunktiv_continuation_keeps_the_speaker(claims):
    for words in ("werde mindestens zwei Wochen dauern", "lasse sich sagen"):
        c = claim_with(claims, words)
        assert c["mode"] == "indirect"
        assert "Staatsanwaltschaft Rostock" in source_text(c)


def test_relay_names_the_newspaper_in_via(claims):
    c = claim_with(claims, "vor einem undichten Tank gewarnt")
    assert "Kapitän" in source_text(c)
    assert any("Küstenpost" in v["name"] for v in c["via"])


def test_subheading_with_soll_is_reportive_not_said_by_its_subject(claims):
    c = claim_with(claims, "Kapitän soll Leck früh gemeldet haben")
    assert (c["mode"], c["source"], c["hedged"], c["position"]) == ("reportive", None, True, "subheading")


def test_html_version_gives_the_same_story_and_claims(analysis, claims):
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE.with_suffix(".html"))])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    art = page["article"]
    assert (art["section"], art["outlet"], art["agencies"]) == ("Panorama", "Küstenblick", ["dpa"])
    assert art["url"] == "https://www.kuestenblick.de/panorama/oelfilm-warnemuende-100.html"
    assert art["published"].startswith("2026-11-30")
    assert art["image_credits"] == ["picture alliance/dpa/Henrike Marold"]
    for piece in [*DEBRIS, "Cookies", "Newsletter", "Impressum", "Startseite"]:
        assert piece not in art["text"], piece

    def key(c):
        return c["content"]["text"], c["mode"], c["stance"], c["hedged"], source_text(c)

    assert [key(c) for c in page["claims"]] == [key(c) for c in claims]


def test_every_claim_has_its_own_source_and_figures(claims):
    """The whole example, claim by claim: who, in which mode and stance, hedged, with which figures, where."""
    rows = [((c["source"] or {}).get("name"), c["mode"], c["stance"], c["hedged"],
             sorted(q.get("value") or q.get("lower") for q in c["quantities"]), c["position"]) for c in claims]
    assert rows == [
        (None, "reportive", "assert", True, [250], "body"),
        ("Reederei", "indirect", "deny", False, [], "body"),
        ("Umweltorganisation Meeresschutz Nord", "indirect", "assert", False, [250], "body"),
        ("Wasserschutzpolizei", "indirect", "assert", False, [12, 80], "body"),
        ("Staatsanwaltschaft Rostock", "direct", "uncertain", False, [], "body"),
        ("Staatsanwaltschaft Rostock", "indirect", "assert", False, [2], "body"),
        ("Staatsanwaltschaft Rostock", "indirect", "assert", False, [], "body"),
        (None, "reportive", "assert", True, [], "subheading"),  # hearsay about the captain, not his claim
        ("Kapitän des Frachters", "indirect", "assert", False, [], "body"),
    ]
