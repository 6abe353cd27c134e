"""English figures as a reader of an English news text understands them (table cases)."""

from __future__ import annotations

import pytest

from quellenlage.quantities import parse_quantities

from .conftest import check

V = "value"
LO = "lower"
UP = "upper"
U = "unit"

CASES: list[tuple[str, list[dict]]] = [
    # digits with English separators
    ("They shipped 2,000 containers.", [{V: 2000, U: "containers", "unit_lemma": "container"}]),
    ("It affects 1.5 million people.", [{V: 1_500_000, U: "people"}]),
    ("The total was 1,234,567 dollars", [{V: 1_234_567, "currency": "USD"}]),
    ("It cost 12,500.50 euros", [{V: 12500.5, "currency": "EUR"}]),
    ("About 350 visitors came.", [{V: 350, "approx": True, U: "visitors"}]),
    ("Only 0.5 percent agreed.", [{V: 0.5, U: "percent"}]),
    ("The firm employs 40 workers", [{V: 40, U: "workers"}]),
    ("a deficit of 2.4 billion euros", [{V: 2.4e9, "currency": "EUR"}]),
    ("debt of 1.2 trillion dollars", [{V: 1.2e12, "currency": "USD"}]),
    ("some 500 local residents filed complaints", [{V: 500, "approx": True, U: "residents"}]),
    ("2,000 new jobs", [{V: 2000, U: "jobs", "unit_lemma": "job"}]),
    ("30 hours before the deadline", [{V: 30, U: "hours"}]),
    ("three African postcolonial activists", [{V: 3, U: "activists"}]),
    ("15 people died", [{V: 15, U: "people"}]),
    ("1,000 troops crossed the border", [{V: 1000, U: "troops"}]),
    # money
    ("a $3bn deal", [{V: 3e9, "currency": "USD", U: "$"}]),
    ("£2.5m in damages", [{V: 2_500_000, "currency": "GBP"}]),
    ("$40m for the program", [{V: 40_000_000, "currency": "USD"}]),
    ("$500k bonus", [{V: 500_000, "currency": "USD"}]),
    ("€10 million", [{V: 10_000_000, "currency": "EUR"}]),
    ("$ 5", [{V: 5, "currency": "USD"}]),
    ("US$ 20", [{V: 20, "currency": "USD"}]),
    ("USD 300", [{V: 300, "currency": "USD"}]),
    ("$3 billion in aid", [{V: 3e9, "currency": "USD"}]),
    ("$1.5tn", [{V: 1.5e12, "currency": "USD"}]),
    ("50 dollars", [{V: 50, "currency": "USD", U: "dollars", "unit_lemma": "dollar"}]),
    ("20 pounds", [{V: 20, "currency": "GBP"}]),
    ("5 million yen", [{V: 5e6, "currency": "JPY"}]),
    ("a ¥300 fee", [{V: 300, "currency": "JPY"}]),
    ("₩1,000", [{V: 1000, "currency": "KRW"}]),
    # number words
    ("seven percent of voters", [{V: 7, U: "percent"}]),
    ("ten million euros", [{V: 10_000_000, "currency": "EUR"}]),
    ("Three soldiers were wounded.", [{V: 3, U: "soldiers"}]),
    ("twelve hours later", [{V: 12, U: "hours"}]),
    ("twenty-five soldiers", [{V: 25, U: "soldiers"}]),
    ("two hundred and fifty people", [{V: 250, U: "people"}]),
    ("one million people", [{V: 1_000_000, U: "people"}]),
    ("two million dollars", [{V: 2_000_000, "currency": "USD"}]),
    ("prices rose one percent", [{V: 1, U: "percent"}]),
    ("it costs a dollar", [{V: 1, "currency": "USD"}]),
    ("between 1500 and 2000 people", [{LO: 1500, UP: 2000, U: "people"}]),
    ("between 1990 and 2000", []),
    ("a dozen eggs", [{V: 12, U: "eggs"}]),
    ("a million people", [{V: 1_000_000, U: "people"}]),
    ("half a billion dollars", [{V: 5e8, "currency": "USD"}]),
    ("a thousand years", [{V: 1000, U: "years"}]),
    ("a hundred people", [{V: 100, U: "people"}]),
    ("forty-two percent", [{V: 42, U: "percent"}]),
    ("nineteen states", [{V: 19, U: "states"}]),
    ("three thousand workers", [{V: 3000, U: "workers"}]),
    # vague counts
    ("hundreds of soldiers", [{LO: 200, UP: 1000, "approx": True, U: "soldiers"}]),
    ("thousands of people", [{LO: 2000, U: "people"}]),
    ("tens of thousands of protesters", [{LO: 20000, UP: 100000, U: "protesters"}]),
    ("dozens of homes", [{LO: 24, U: "homes"}]),
    ("millions of dollars", [{LO: 2e6, "currency": "USD"}]),
    ("hundreds of thousands of refugees", [{LO: 200_000, U: "refugees"}]),
    ("Thousands fled.", [{LO: 2000, U: None}]),
    # lower bounds
    ("more than 2,000 containers", [{LO: 2000, V: None, U: "containers"}]),
    ("over 500 injured", [{LO: 500, V: None}]),
    ("at least 30 dead", [{LO: 30}]),
    ("just over 50 percent", [{LO: 50, "approx": True}]),
    ("upwards of 1,000 people", [{LO: 1000}]),
    ("in excess of $5m", [{LO: 5_000_000, "currency": "USD"}]),
    ("1,000 or more people", [{LO: 1000}]),
    ("well over 100 people", [{LO: 100, V: None}]),
    # upper bounds
    ("up to 400 million euros", [{UP: 4e8, V: None, "currency": "EUR"}]),
    ("at most 20 people", [{UP: 20}]),
    ("less than 5 percent", [{UP: 5, U: "percent"}]),
    ("fewer than 10 cases", [{UP: 10}]),
    ("nearly 1,000 people", [{UP: 1000, V: 1000, "approx": True}]),
    ("almost 90 percent", [{UP: 90, "approx": True}]),
    ("under 5 percent", [{UP: 5}]),
    ("no more than 8 hours", [{UP: 8, LO: None}]),
    ("just under 2 percent", [{UP: 2, "approx": True}]),
    ("close to 300 people", [{UP: 300, "approx": True}]),
    # approximate
    ("About 15 percent of the General Assembly", [{V: 15, "approx": True, U: "percent"}]),
    ("around 2,000 dealers", [{V: 2000, "approx": True}]),
    ("roughly 50 kilometers", [{V: 50, "approx": True, U: "kilometers"}]),
    ("approximately 20 minutes", [{V: 20, "approx": True}]),
    ("an estimated 3,000 animals", [{V: 3000, "approx": True}]),
    ("some 40 percent", [{V: 40, "approx": True}]),
    ("100 people or so", [{V: 100, "approx": True}]),
    # ranges
    ("between 3 and 5 percent", [{LO: 3, UP: 5, V: None, U: "percent"}]),
    ("3 to 5 million dollars", [{LO: 3e6, UP: 5e6, "currency": "USD"}]),
    ("3–5 days", [{LO: 3, UP: 5, U: "days"}]),
    ("20-30 percent", [{LO: 20, UP: 30}]),
    ("from 10 to 20 dollars", [{LO: 10, UP: 20, "currency": "USD"}]),
    ("between 500,000 and 1 million people", [{LO: 500_000, UP: 1_000_000}]),
    ("about 3 to 4 billion dollars", [{LO: 3e9, UP: 4e9, "approx": True}]),
    # units
    ("7%", [{V: 7, U: "%"}]),
    ("7 per cent", [{V: 7, U: "per cent", "unit_lemma": "percent"}]),
    ("a 2 percentage point rise", [{V: 2, "unit_lemma": "percentage point"}]),
    ("50 tons of steel", [{V: 50, U: "tons"}]),
    ("3 km long", [{V: 3, U: "km"}]),
    ("30 °C", [{V: 30, U: "°C"}]),
    ("60 mph", [{V: 60, U: "mph"}]),
    ("500 MW", [{V: 500, U: "MW"}]),
    ("-5 degrees", [{V: -5, U: "degrees"}]),
    ("5 years ago", [{V: 5, U: "years", "unit_lemma": "year"}]),
    (
        "The US says more than 1,000 containers, Seoul says 2,000 containers.",
        [{LO: 1000}, {V: 2000}],
    ),
    # non-quantities
    ("since 1994", []),
    ("in 2023", []),
    ("in late 2019 the vote", []),
    ("the controversial 2017 article", []),
    ("the 2020 election", []),
    ("It was 2023.", []),
    ("on November 6", []),
    ("on 6 November 2023", []),
    ("Nov. 6, 2023", []),
    ("on 2023-11-06", []),
    ("the 15th time", []),
    ("the 3rd place", []),
    ("a 6:15 a.m. conference call", []),
    ("at 9 a.m.", []),
    ("at 5pm", []),
    ("at 10 o'clock", []),
    ("the 48-year-old said", []),
    ("a 10-point plan", []),
    ("John Smith (48) said", []),
    ("Issue 7/2019", []),
    ("page 12", []),
    ("Section 230", []),
    ("Article 5", []),
    ("the iPhone 15", []),
    ("Windows 11", []),
    ("COVID-19", []),
    ("the Airbus A320", []),
    ("F-35 jets", []),
    ("in the 1990s", []),
    ("call +1 202 555 0123", []),
    ("The game ended 2:1.", []),
    ("No. 5", []),
    ("the two were together", []),
    ("one of them", []),
    ("the 5G network", []),
    ("https://example.com/2019/story-123", []),
    ("from 2019 to 2021", []),
    ("version 1.2.3", []),
    ("the G7 and the G20", []),
    ("Route 66", []),
    ("Boeing 737", []),
    ("call 212-306-6794 for details", []),
    ("Common Mistake #1: misusing", []),
    ("code that runs on Python 2 and Python 3", []),
    ("Defendants James Lee, 68, of Torrance were charged", []),
    ("The final stage, 3, began in the evening", []),
    ("The two met in October", []),
    ("all three agreed", []),
    # still figures
    ("thousands of additional public housing tenants", [{LO: 2000, U: "tenants"}]),
    ("The toll rose to 15, officials said", [{V: 15}]),
    ("Of the 40, 12 were hurt", [{V: 40}, {V: 12}]),
    ("the two men left", [{V: 2, U: "men"}]),
    ("the two sides met", [{V: 2, U: "sides"}]),
    ("The police counted 35.", [{V: 35}]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_english(text: str, expected: list[dict]) -> None:
    check(parse_quantities(text, "en"), expected)


def test_enough_cases() -> None:
    assert len(CASES) >= 100


def test_same_text_read_by_each_language() -> None:
    """ "2.000" is two thousand in German and two in English; "2,000" the other way round."""
    assert parse_quantities("2.000 Container", "de")[0].value == 2000
    assert parse_quantities("2.000 containers", "en")[0].value == 2
    assert parse_quantities("2,000 containers", "en")[0].value == 2000
    assert parse_quantities("2,000 Container", "de")[0].value == 2
