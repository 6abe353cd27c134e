"""Two guesses joined by "oder"/"or" ("sechs oder sieben Angebote") are one figure with both
bounds, as a reader takes them; only when the second is the larger ("5 oder 3 Tage" stays
apart). The joiners are data: ``[range] alternatives`` in ``quantity_bounds.toml``."""

from __future__ import annotations

import pytest

from quellenlage.quantities import parse_quantities

from .conftest import check

ROWS = [
    ("Es brauchte sechs oder sieben Anläufe.", "de", [{"lower": 6, "upper": 7, "value": None, "unit": "Anläufe"}]),
    ("Wir blieben 15 oder 20 Tage im Lager.", "de", [{"lower": 15, "upper": 20, "unit": "Tage"}]),
    ("Es kamen 2 oder 3 Millionen Menschen.", "de", [{"lower": 2_000_000, "upper": 3_000_000, "unit": "Menschen"}]),
    ("It took two or three weeks to fix.", "en", [{"lower": 2, "upper": 3, "unit": "weeks"}]),
    # descending: two figures, no range
    ("Es waren 5 oder 3 Tage.", "de", [{"value": 5, "lower": None}, {"value": 3, "unit": "Tage"}]),
    # "oder mehr" is a bound, not a second guess
    ("Es kamen 100 oder mehr Gäste.", "de", [{"lower": 100, "upper": None}]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_two_guesses(text: str, lang: str, expected: list) -> None:
    check(parse_quantities(text, lang), expected)
