"""The English companion of the README example (``examples/ostsee-oelfilm-en.txt``): the same story as a
wire report, with an English dateline, photo credit, share line, "Read more", follow-us call and
Reuters' closing line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ostsee-oelfilm-en.txt"


@pytest.fixture(scope="module")
def analysis() -> dict:
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def claim_with(analysis: dict, words: str) -> dict:
    found = [c for c in analysis["claims"] if words in c["content"]["text"]]
    assert found, f"no claim contains {words!r}"
    return found[0]


def test_metadata_and_clean_text(analysis):
    art = analysis["article"]
    assert (art["section"], art["language"], art["published"]) == ("World", "en", "2026-11-30")
    assert art["agencies"] == ["Reuters"]  # from the dateline "ROSTOCK, Germany (Reuters) -"
    assert art["image_credits"] == ["Reuters/Lena Hartwig"]
    for piece in ("Share this article", "Read more", "what holidaymakers need to know", "Follow us",
                  "Reporting by", "Photo:"):
        assert piece not in art["text"], piece
    assert art["text"].rstrip().endswith("about a leaking tank in early October.")


def test_hearsay_denial_and_figures(analysis):
    hearsay = claim_with(analysis, "allegedly dumped around 250 tonnes")
    assert (hearsay["mode"], hearsay["hedged"]) == ("reportive", True)
    assert claim_with(analysis, "denied the allegations")["stance"] == "deny"
    ngo = claim_with(analysis, "more than 250 tonnes")
    bound = next(q for q in ngo["quantities"] if q["text"] == "more than 250 tonnes")
    assert (bound["lower"], bound["value"]) == (250, None)


def test_quote_is_direct_with_its_speaker(analysis):
    quote = claim_with(analysis, "It is completely unclear which ship")
    assert quote["mode"] == "direct"
    assert "prosecutor" in quote["source"]["text"]


def test_he_added_is_the_spokesman(analysis):
    follow = claim_with(analysis, "would take at least two weeks")
    assert "prosecutor" in (follow["source"]["name"] or "")


def test_quote_on_uncertainty_is_uncertain(analysis):
    assert claim_with(analysis, "It is completely unclear which ship")["stance"] == "uncertain"


def test_relay_names_the_newspaper(analysis):
    c = claim_with(analysis, "had warned the port authority")
    assert any("Kuestenpost" in v["name"] for v in c["via"])


def test_every_claim_has_its_own_source_and_figures(analysis):
    """The whole example, claim by claim: who, in which mode, with which figures."""
    rows = [((c["source"] or {}).get("name"), c["mode"], c["stance"],
             sorted(q.get("value") or q.get("lower") for q in c["quantities"])) for c in analysis["claims"]]
    assert rows == [
        (None, "reportive", "assert", [250]),
        ("Hamburg shipping company", "indirect", "deny", []),  # not the relative clause "operates the vessel"
        ("Meeresschutz Nord", "indirect", "assert", [250]),  # the water police's figure is not folded in
        ("water police", "indirect", "assert", [80]),
        ("spokesman for the Rostock prosecutor's office", "direct", "uncertain", []),
        ("spokesman for the Rostock prosecutor's office", "indirect", "assert", [2]),
        ("captain", "indirect", "assert", []),
    ]
    assert not analysis["claims"][0]["content"]["text"].startswith("ROSTOCK")  # the dateline is the outlet's
