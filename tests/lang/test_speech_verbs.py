"""The generated verb block of lang/de/claim_verbs.toml: up to date, and read by the claims stage."""

from __future__ import annotations

import pytest

from quellenlage.claims.lexicon import lexicon
from quellenlage.pipeline import Pipeline
from scripts import build_claim_verbs


def test_generated_block_matches_the_inventory():
    assert build_claim_verbs.main(["--check"]) == 0


def test_particle_verb_gets_split_and_joined_forms():
    verbs = lexicon("de").verbs
    split = [c for c in verbs["hielt"] if c.lemma == "festhalten"]
    assert split and split[0].particle == "fest"
    for joined in ("festgehalten", "festhielt", "festzuhalten"):
        assert any(c.lemma == "festhalten" and c.particle is None for c in verbs[joined]), joined


def test_regular_forms_fill_dictionary_gaps():
    assert {"resümiert", "resümierte"} <= build_claim_verbs.regular_forms("resümieren")
    assert "angedeutet" in {"an" + f for f in build_claim_verbs.regular_forms("deuten")}


@pytest.mark.parametrize(
    ("sentence", "source", "content_start"),
    [
        ("Die Ministerin hielt fest, dass die Reform im Herbst kommen werde.", "Ministerin", "dass die Reform"),
        ("Das Unternehmen gab bekannt, dass es 300 Stellen streichen werde.", "Unternehmen", "dass es 300"),
        ("Der Konzern bilanzierte, das Jahr sei gut gelaufen.", "Konzern", "das Jahr sei"),
        ("Der Sprecher beschwerte sich, die Behörden hätten nichts getan.", "Sprecher", "die Behörden"),
        ("Die Stadt hat festgehalten, dass der Markt bleibe.", "Stadt", "dass der Markt"),
    ],
)
def test_inventory_verbs_are_cues(sentence, source, content_start):
    doc = Pipeline().analyze_text("Politik\n\n" + sentence)
    assert len(doc.claims) == 1
    claim = doc.claims[0]
    assert source in (claim.source.text or "")
    assert doc.text[claim.content.start:claim.content.end].startswith(content_start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Ministerin hielt die Rede im Saal.",  # the base verb without its particle
        "Der Verein gab am Samstag ein Konzert.",
        "Die Stadt bilanzierte ihre Ausgaben.",  # no content clause
    ],
)
def test_base_verb_without_particle_or_clause_is_no_cue(sentence):
    assert Pipeline().analyze_text("Politik\n\n" + sentence).claims == []
