"""One claim group across languages: same canonical source, stance and counted thing; readable labels."""

from __future__ import annotations

from quellenlage.stories import Story, find_disagreements, group_claims
from quellenlage.stories.terms import unit_key, unit_label

from .builders import article, claim, qty

GOV = ("die Regierung in Oslo", "gov:no", "Norwegian government")
GOV_EN = ("the Norwegian government", "gov:no", "Norwegian government")
KREML = ("Kreml", "gov:ru", "Russian government")
KREMLIN = ("Kremlin", "gov:ru", "Russian government")
SPITZBERGEN = ("Spitzbergen", "geo:svalbard", "Svalbard")
BARENTS = ("Barents Sea", "geo:barents-sea", "Barents Sea")


def test_the_bilingual_table_aligns_counted_things_and_names_them_readably():
    assert unit_key("Tonnen", "Tonne", "de") == unit_key("tonnes", "tonne", "en") == "tonne"
    assert unit_key("Wochen", None, "de") == unit_key("weeks", None, "en") == "week"
    assert unit_key("Quadratkilometern", None, "de") == unit_key("square kilometres", None, "en")
    assert unit_label("tonne") == "tonnes" and unit_label("square-kilometre") == "square kilometres"


def test_german_and_english_claims_of_one_source_and_figure_are_one_group_with_one_denial():
    de = article("Laut die Regierung in Oslo wurden vor Spitzbergen 2000 Tonnen gefangen. "
                 "Der Kreml bestritt, dass Tonnen gefangen wurden.",
                 published="2026-09-02", entities=[GOV, SPITZBERGEN, KREML],
                 claims=[claim("vor Spitzbergen 2000 Tonnen gefangen", "die Regierung in Oslo",
                               quantities=[qty("2000 Tonnen", "Tonnen", value=2000)]),
                         claim("dass Tonnen gefangen wurden", "Kreml", stance="deny")])
    en = article("the Norwegian government said 2000 tonnes were caught in the Barents Sea. "
                 "The Kremlin denied any illegal catch.", published="2026-09-03", lang="en",
                 entities=[GOV_EN, BARENTS, KREMLIN],
                 claims=[claim("2000 tonnes were caught in the Barents Sea", "the Norwegian government",
                               quantities=[qty("2000 tonnes", "tonnes", value=2000)]),
                         claim("any illegal catch", "Kremlin", stance="deny")])
    arts = [de, en]
    groups = group_claims(Story("s", [a["article"]["id"] for a in arts]), arts)
    (tonnes,) = [g for g in groups if g.key.topic == "unit:tonne"]
    assert len(tonnes.claims) == 4 and tonnes.label.startswith("tonnes")
    assert all(g.label != g.key.topic.split(":", 1)[1] for g in groups)  # no bare lemma as a label
    stance = [d for d in find_disagreements(groups, arts) if d.kind == "stance"]
    assert [d.sources for d in stance] == [["Norwegian government", "Russian government"]]  # listed once
