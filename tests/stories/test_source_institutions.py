"""One source per institution across languages: "das Umweltministerium" and "the Environment Ministry",
"die Wasserschutzpolizei" and "the water police" are one speaker in a story, linked to an entity or not
(the bilingual table ``lang/common/story_sources.tsv``); the stored-story reader names them once too."""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.stories import Story, analyse_story
from quellenlage.stories.terms import institution_key

from .builders import article, claim, qty

ROOT = Path(__file__).resolve().parents[2]
WATER_POLICE = ("Wasserschutzpolizei", "inst:water-police", "Water police")


def test_the_table_knows_an_institution_by_its_names_in_both_languages():
    assert institution_key("Umweltministerium", "de") == institution_key("the Environment Ministry", "en") \
        == institution_key("environment ministry", "en") == "environment-ministry"
    assert institution_key("die Wasserschutzpolizei", "de") == institution_key("Water police", "de") == "water-police"
    assert institution_key("Staatsanwaltschaft Rostock", "de") is None  # a composed name: its entity decides
    assert institution_key("Ministerpräsidentin Vogt", "de") is None and institution_key(None, "de") is None


def _story(*arts):
    return analyse_story(Story("s", [a["article"]["id"] for a in arts]), list(arts))


def test_an_unlinked_english_name_and_a_linked_german_one_are_one_source():
    de = article("Die Wasserschutzpolizei spricht von 80 Tonnen Öl vor Hallsund. Die Umweltgruppe Seeadler "
                 "nannte 300 Tonnen.", published="2026-06-01", entities=[WATER_POLICE],
                 claims=[claim("von 80 Tonnen Öl vor Hallsund", "Wasserschutzpolizei",
                               quantities=[qty("80 Tonnen", "Tonnen", value=80)]),
                         claim("300 Tonnen", "Umweltgruppe Seeadler",
                               quantities=[qty("300 Tonnen", "Tonnen", value=300)])])
    en = article("The water police put the spill off Hallsund at 80 tonnes of oil on Tuesday.", lang="en",
                 published="2026-06-02",
                 claims=[claim("the spill off Hallsund at 80 tonnes of oil", "the water police",
                               quantities=[qty("80 tonnes", "tonnes", value=80)])])
    result = _story(de, en)
    water = {row.source for row in result.sources if row.source and "police" in row.source.casefold()}
    assert len(water) == 1  # one name for both: the name most of its claims use
    figure = [d for d in result.disagreements if d.kind == "figure"]
    assert len(figure) == 1  # 80 against 300, listed once, not once per language
    (group,) = [g for g in result.groups if g.key.topic == "unit:tonne"]
    assert len(group.claims) == 3


def test_umweltministerium_and_environment_ministry_unlinked_are_one_speaker():
    de = article("Das Umweltministerium teilte mit, es seien mehr als 200 Tonnen Öl ausgelaufen.",
                 published="2026-06-01",
                 claims=[claim("es seien mehr als 200 Tonnen Öl ausgelaufen", "Umweltministerium",
                               quantities=[qty("mehr als 200 Tonnen", "Tonnen", lower=200)])])
    en = article("Between 250 and 400 tonnes of oil leaked, the Environment Ministry said.", lang="en",
                 published="2026-06-09",
                 claims=[claim("Between 250 and 400 tonnes of oil leaked", "the Environment Ministry",
                               quantities=[qty("Between 250 and 400 tonnes", "tonnes", lower=250, upper=400)])])
    result = _story(de, en)
    assert len({row.source for row in result.sources}) == 1
    assert {p.source for p in result.timeline} == {row.source for row in result.sources}


@pytest.mark.slow
def test_the_example_story_lists_the_water_police_once():
    from quellenlage.pipeline import analyze

    docs = [analyze(ROOT / "examples" / name).to_dict() for name in ("ostsee-oelfilm.txt", "ostsee-oelfilm-en.txt")]
    result = _story(*docs)
    names = [row.source for row in result.sources if row.source]
    assert len({n.casefold() for n in names if "police" in n.casefold()}) == 1
    said = [tuple(sorted(s.casefold() for s in d.sources if s)) for d in result.disagreements]
    assert said and len(said) == len(set(said))  # each disagreement once, whatever the language


def test_the_stored_story_reader_names_one_source_per_entity(tmp_path):
    from quellenlage.store import open_store
    from tests.web import fixtures

    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        ids = fixtures.build(store)
        detail = store.story(ids["story"])
    (amount,) = [g for g in detail.claim_groups if g.label.startswith("Oil")]
    assert amount.sources == ["Meeresschutz", "Reederei Falk", "Umweltministerium"]  # not "Environment Ministry"
    assert {p.source for p in detail.timeline} == {"Meeresschutz", "Reederei Falk", "Umweltministerium"}
    english = [line for line in detail.sources if line.content.startswith("Between 250")]
    assert [line.source for line in english] == ["Umweltministerium"]
