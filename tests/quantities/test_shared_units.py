"""quantities/shared_units.py: a bare number takes the unit of the figure beside it when the
two are compared in one sentence and are of one order of magnitude (invented sentences; rows
where the bare number stays bare)."""

from __future__ import annotations

import pytest

from quellenlage.quantities import parse_quantities

from .conftest import check

SHARED = [
    ("Der Zuschlag stieg von 3 auf 7,5 Cent pro Kilowattstunde.", "de",
     [{"text": "3", "value": 3, "unit": "Cent", "currency": "EUR"}, {"value": 7.5, "unit": "Cent"}]),
    ("Im Mai verkaufte die Firma 4.200 Räder, im Juni nur 3.900.", "de",
     [{"value": 4200, "unit": "Räder"}, {"text": "3.900", "value": 3900, "unit": "Räder"}]),
    ("Demand reached 44,950 megawatts, lower than the 46,800 it hit on Friday.", "en",
     [{"value": 44950, "unit": "megawatts"}, {"text": "46,800", "unit": "megawatts"}]),
]

KEPT_BARE = [
    # another order of magnitude: an age is no sum of money
    ("Er ist 45 und verdient 5.000 Euro im Monat.", "de", [{"value": 45, "unit": None, "currency": None},
                                                          {"value": 5000, "currency": "EUR"}]),
    # another sentence
    ("Es kamen 300 Besucher. 200 davon blieben bis zum Ende.", "de", [{"unit": "Besucher"}, {"value": 200, "unit": None}]),
    # too far apart
    ("Im Mai verkaufte die Firma 4.200 Räder, was nach Angaben des Verbands der Händler und der Hersteller "
     "aus der Region ein gutes Ergebnis war, 3.900 im Jahr davor.", "de", [{"unit": "Räder"}, {"value": 3900, "unit": None}]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SHARED, ids=[r[0][:40] for r in SHARED])
def test_bare_number_shares_the_unit(text: str, lang: str, expected: list) -> None:
    check(parse_quantities(text, lang), expected)


@pytest.mark.parametrize(("text", "lang", "expected"), KEPT_BARE, ids=[r[0][:40] for r in KEPT_BARE])
def test_bare_number_stays_bare(text: str, lang: str, expected: list) -> None:
    check(parse_quantities(text, lang), expected)
