from __future__ import annotations

from quellenlage.web.format import bound_word, figure_label, nice_date, plural, stance_word


def test_figures_show_their_bounds():
    assert figure_label({"text": "mehr als 1.000", "lower": 1000, "unit": "Container"}) == "≥ 1,000 Container"
    assert figure_label({"text": "bis zu 50", "upper": 50}) == "≤ 50"
    assert figure_label({"text": "höchstens 50 Tonnen", "upper": 50, "unit": "Tonnen", "unit_lemma": "Tonne"}) \
        == "≤ 50 Tonnen"
    assert figure_label({"text": "12 Euro", "value": 12, "unit_lemma": "Euro"}) == "12 Euro"
    assert figure_label({"text": "rund 7 %", "value": 7, "approx": True, "unit": "%"}) == "~ 7 %"
    assert figure_label({"text": "100 bis 200", "lower": 100, "upper": 200}) == "100–200"
    assert figure_label({"text": "zehn Millionen Euro", "value": 1e7, "currency": "EUR"}) == "10,000,000 EUR"
    assert figure_label({"text": "einige"}) == "einige"
    assert bound_word({"lower": 1}) == "at least" and bound_word({"value": 1, "approx": True}) == "about"


def test_dates_and_stances_read_as_words():
    assert nice_date("2026-10-02") == "2 Oct 2026"
    assert nice_date("2026-10-02T14:05:00+02:00") == "2 Oct 2026, 14:05"
    assert nice_date("gestern") == "gestern" and nice_date(None) == "—"
    assert plural(1, "story", "stories") == "1 story" and plural(1200, "claim") == "1,200 claims"
    assert stance_word("deny") == "denies"
