"""The short fuzz run: hostile text and HTML through ``analyze`` never break the contract.

Derandomised with a fixed number of examples, so CI sees the same cases every run (about
half a minute in all). ``python benchmarks/fuzz.py`` runs the same strategies for 10,000+
cases. What must hold is in :mod:`tests.fuzz.properties`.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quellenlage.document import RawInput

from . import strategies as S
from .properties import analyze_and_check


def short(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@short(50)
@given(S.article_texts())
def test_scraped_text_with_noise_quotes_and_figures(text: str) -> None:
    analyze_and_check(text)


@short(30)
@given(S.article_texts(surrogates=True))
def test_text_with_lone_surrogates_gives_valid_utf8(text: str) -> None:
    analyze_and_check(text)


@short(40)
@given(S.html_pages())
def test_mutated_html_pages(page: str) -> None:
    analyze_and_check(RawInput(name="<fuzz>", content=page, kind="html"))


@short(50)
@given(st.lists(S.quote_patterns(), min_size=1, max_size=4))
def test_quote_marks_in_any_order(parts: list[str]) -> None:
    analyze_and_check(S.LEAD_DE + "\n".join(parts))


@short(50)
@given(st.lists(S.figures(), min_size=1, max_size=6), st.sampled_from(S.SPEAKERS), st.sampled_from(S.VERBS_DE))
def test_figures_in_claims(figures: list[str], speaker: str, verb: str) -> None:
    text = S.LEAD_DE + f"{speaker} {verb}, es seien " + " und ".join(figures) + "."
    doc = analyze_and_check(text)
    assert doc is not None  # a German article with a claim is never refused


@short(40)
@given(S.file_bytes())
def test_file_bytes_in_any_encoding_or_damaged(data: bytes) -> None:
    analyze_and_check(data)


@short(30)
@given(S.intact_html_pages())
def test_well_formed_pages_keep_their_article_whatever_the_noise(page: str) -> None:
    # A refusal is allowed for a damaged page, never for a whole one: "&#1;" once lost the page.
    doc = analyze_and_check(RawInput(name="<fuzz>", content=page, kind="html"))
    assert doc is not None
    assert S.LEAD_DE.strip() in doc.text and S.CLOSE_DE.strip() in doc.text
