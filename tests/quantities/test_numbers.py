"""Reading digit strings and number words by a language's conventions."""

from __future__ import annotations

import pytest

from quellenlage.quantities.grammar import grammar
from quellenlage.quantities.numbers import parse_digits, parse_words


@pytest.mark.parametrize(
    ("token", "lang", "value"),
    [
        ("2.000", "de", 2000),
        ("2,000", "en", 2000),
        ("1,5", "de", 1.5),
        ("1.5", "en", 1.5),
        ("1.234.567,89", "de", 1234567.89),
        ("1,234,567.89", "en", 1234567.89),
        ("1,000.5", "de", 1000.5),
        ("1.000,5", "en", 1000.5),
        ("1'000", "de", 1000),
        ("12", "de", 12),
        ("0,5", "de", 0.5),
        ("1.2.3.4", "de", None),
        ("14.30", "de", None),
        ("1,5", "en", None),
        ("12.34.56", "en", None),
        ("030", "de", None),
        ("9" * 31, "de", None),
    ],
)
def test_parse_digits(token: str, lang: str, value: float | None) -> None:
    assert parse_digits(token, grammar(lang)) == value


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("sieben", "de", 7),
        ("dreiundzwanzig", "de", 23),
        ("zweitausendfünfhundert", "de", 2500),
        ("hundertfünfzig", "de", 150),
        ("siebzehn", "de", 17),
        ("dreihunderttausend", "de", 300000),
        ("twenty-five", "en", 25),
        ("two hundred and fifty", "en", 250),
        ("three thousand", "en", 3000),
        ("nineteen", "en", 19),
    ],
)
def test_parse_words(text: str, lang: str, value: float) -> None:
    read = parse_words(text, grammar(lang))
    assert read is not None and read[0] == value


def test_english_words_stop_where_they_stop_being_one_number() -> None:
    read = parse_words("two and three", grammar("en"))
    assert read == (2, 3)
