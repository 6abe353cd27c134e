"""Bad and odd input never raises, and gives either no figure or a correct one."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quellenlage.quantities import parse_quantities


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    "text",
    [
        "9" * 200,
        "Es waren " + "1" * 200 + " Container",
        "1" * 5000,
        "1.2.3.4",
        "€€€",
        "$$$ £££",
        "Prozent",
        "Euro Dollar Prozent Tonnen",
        "percent of million",
        "mehr als",
        "bis zu",
        "zwischen und",
        "",
        " ",
        "\n\n",
        "-",
        "1-",
        "–5–",
        "1,,,2",
        "..,,..",
        "0" * 50,
        "1e308 1e309",
        "Millionen Milliarden",
        "eine halbe",
        "a dozen",
        "1.000.000.000.000.000.000.000.000.000.000.000.000 Euro",
    ],
)
def test_no_exception_and_finite_values(text: str, lang: str) -> None:
    for q in parse_quantities(text, lang):
        assert text[q.start : q.end] == q.text
        for v in (q.value, q.lower, q.upper):
            assert v is None or math.isfinite(v)


def test_two_hundred_digits_are_not_a_figure() -> None:
    assert parse_quantities("Es waren " + "9" * 200 + " Container.", "de") == []


def test_dotted_version_is_not_a_figure() -> None:
    assert parse_quantities("1.2.3.4", "de") == []
    assert parse_quantities("1.2.3.4", "en") == []


def test_mixed_separators_in_german_are_read_the_only_way_they_can_be() -> None:
    (q,) = parse_quantities("Es kostete 1,000.5 Euro", "de")
    assert q.value == 1000.5


def test_units_without_numbers_give_nothing() -> None:
    assert parse_quantities("€€€ Prozent Euro Tonnen", "de") == []
    assert parse_quantities("percent dollars tons", "en") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789.,  -–€$%aAbmÜü/:()\n", max_size=60), st.sampled_from(["de", "en"]))
def test_random_strings_never_raise(text: str, lang: str) -> None:
    for q in parse_quantities(text, lang):
        assert text[q.start : q.end] == q.text
        assert q.start < q.end


# --- added by the fuzz suite: what the cases above leave open -------------------------

def _one_or_none(text: str, lang: str, value: float) -> None:
    """Either no figure, or exactly one with the right value (never a wrong one)."""
    found = parse_quantities(text, lang)
    assert found == [] or [q.value for q in found] == [value], found


def test_mixed_separators_in_english_are_read_the_only_way_they_can_be() -> None:
    (q,) = parse_quantities("It cost 1.000,5 euros", "en")
    assert q.value == 1000.5


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,000,000 Euro", "de", 1_000_000),  # English grouping in German text
    ("1.000.000 dollars", "en", 1_000_000),  # German grouping in English text
    ("12 000 000 Euro", "de", 12_000_000),
    ("１２ Euro", "de", 12),  # full-width digits
    ("٣ Euro", "de", 3),  # Arabic-Indic digit
    ("1,5€€", "de", 1.5),
    ("$$3bn", "en", 3e9),
])
def test_odd_writings_give_no_figure_or_the_right_one(text: str, lang: str, value: float) -> None:
    _one_or_none(text, lang, value)


@pytest.mark.parametrize("text", ["10.000.0 Euro", "0,5,5 Euro", "1..000 Euro", "1e5 Euro", "²5 Euro"])
def test_malformed_numbers_are_not_figures(text: str) -> None:
    assert parse_quantities(text, "de") == []


@pytest.mark.parametrize(("figure", "expected"), [
    ("9" * 200 + " Euro", []),
    ("1.2.3.4 Euro", []),
    ("€€€", []),
    ("Euro Prozent Tonnen", []),
    ("1,000.5 Euro", [1000.5]),
])
def test_bad_figures_inside_a_claim_through_the_pipeline(figure: str, expected: list) -> None:
    from quellenlage.pipeline import analyze

    doc = analyze(f"Der Stadtrat hat am Dienstag lange beraten. Die Ministerin sagte, es seien {figure} gewesen.")
    (claim,) = doc.claims
    assert [q.value for q in claim.quantities] == expected
    for q in claim.quantities:
        assert doc.text[q.start:q.end] == q.text
