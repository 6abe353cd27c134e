"""Bad input for the claims engine: no exception, no claim longer than MAX_CLAIM, linear time.

A claim is what one source says in one stretch; MAX_CLAIM (3,000 characters, about half a
page) bounds it, so a quote that never closes, a paragraph that is one long quote or a
flattened table can never become a claim over the whole article.
"""

from __future__ import annotations

import gc
import time

import pytest

from quellenlage.claims.core import MAX_CLAIM
from quellenlage.document import Document, RawInput
from quellenlage.pipeline import analyze, default_pipeline

from .bad_text import ENGLISH, FRENCH, WORDS, bad_german_text

LEAD = "Der Stadtrat hat am Dienstag lange über den Haushalt für das kommende Jahr beraten."
CLAIM = "Die Ministerin sagte, die Stadt werde mehr Geld für Schulen ausgeben."


def _claims(text: str):
    doc = analyze(text)
    for c in doc.claims:
        assert c.span.end - c.span.start <= MAX_CLAIM, (c.span.start, c.span.end)
        assert c.content.text == doc.text[c.content.start:c.content.end]
    return doc.text, doc.claims


def _has_ministerin_claim(text: str, claims) -> bool:
    at = text.find(CLAIM)
    return any(c.span.start <= at + 25 < c.span.end and "Ministerin" in (c.source.text or "") for c in claims)


def test_a_sentence_of_5000_words_gives_no_claim_over_the_limit_and_the_next_claim_is_found() -> None:
    words = " ".join(WORDS[i % len(WORDS)] for i in range(5000))
    text, claims = _claims(f"{LEAD}\nLaut dem Bericht {words}.\n{CLAIM}")
    assert _has_ministerin_claim(text, claims)


@pytest.mark.parametrize("quote", [
    "„Das ist erst der Anfang, sagte Keller. ",  # never closed
    "»Wir prüfen « das » weiter, sagte Keller. ",  # one mark too many
    "Keller sagte: „„Wir prüfen das“ ",  # doubled opening
    "„Wir prüfen ‚das“ weiter‘, sagte Keller. ",  # crossed nesting
])
def test_unbalanced_quotes_stay_inside_their_paragraph(quote: str) -> None:
    filler = " ".join(["Der Rat tagte bis in den Abend."] * 150)  # longer than MAX_CLAIM
    text, claims = _claims(f"{LEAD}\n{quote}{filler}\n{CLAIM}")
    assert _has_ministerin_claim(text, claims)
    second_para = text.index("\n", len(LEAD) + 1)
    assert not any(c.span.start < second_para < c.span.end for c in claims)


def test_a_text_that_is_one_long_quote_is_no_claim_over_the_whole_article() -> None:
    body = " ".join([CLAIM] * 60)
    for text in (f"„{body}“, sagte Keller.", f"„{body}", f"Keller sagte: „{body}“"):
        text_out, claims = _claims(text)
        assert len(text_out) > MAX_CLAIM
        assert not any(c.span.end - c.span.start >= len(text_out) - 20 for c in claims)


def test_a_short_text_that_is_one_quote_keeps_its_claim() -> None:
    _text, claims = _claims("„Wir werden die Steuern nicht erhöhen und die Schulen ausbauen“, sagte Keller.")
    assert [(c.mode, c.source.text) for c in claims] == [("direct", "Keller")]


def test_flattened_tables_and_lists_give_no_claim_over_the_limit() -> None:
    row = " | ".join(["Kreis", "Einwohner", "„Quote", "sagte", "1.000", "12,5 %"])
    items = " • ".join(f"Punkt {i}: {CLAIM}" for i in range(40))
    text, claims = _claims(f"{LEAD}\n{' '.join([row] * 200)}\n{items}\n{CLAIM}")
    assert _has_ministerin_claim(text, claims)


def test_english_and_french_passages_inside_german_text() -> None:
    text, claims = _claims(f"{LEAD}\n{ENGLISH}\n{FRENCH}\n{CLAIM}")
    assert _has_ministerin_claim(text, claims)


def _stage_times(text: str):
    """CPU seconds of this process per pipeline stage (other processes on the machine do not count).

    The garbage collector is off while a stage runs: its full collections walk every live object,
    more of them the longer the text, and once made a linear stage measure 10.7x; what this test
    guards is the stages' own work.
    """
    pipeline = default_pipeline()
    doc = Document(raw=RawInput("<bad>", text, "text"))
    times = {}
    gc.collect()
    gc.disable()
    try:
        for name, stage in pipeline.stages:
            t = time.process_time()
            doc = stage(doc)
            times[name] = time.process_time() - t
    finally:
        gc.enable()
    return doc, times


LINEAR_BOUND = 10  # times the time for 4x the text


@pytest.mark.slow
def test_time_is_linear_in_text_length() -> None:
    """1 MB of generated bad input against 0.25 MB of the same mix, measured in this test.

    4x the text may take at most 10x the time (quadratic would be 16x), in all and in every
    stage that takes a tenth of the time or more: a scan over all mentions per mention made
    the entities stage 40x, a scan over all figures and persons per claim the claims stage
    8.3x, before they became binary searches. Linear code measures about 3x here; the bound
    leaves room for a machine shared with other work (8x was once exceeded at 8.1x under a
    load average of 10). The figures themselves: ``python benchmarks/bad_input.py``.
    """
    analyze(LEAD + " " + CLAIM)  # models loaded before either measurement
    small, large = bad_german_text(250_000), bad_german_text(1_000_000)
    assert 3.9 < len(large) / len(small) < 4.1
    doc_small, t_small = _stage_times(small)
    doc_large, t_large = _stage_times(large)
    for doc in (doc_small, doc_large):
        assert doc.claims and all(c.span.end - c.span.start <= MAX_CLAIM for c in doc.claims)
    assert 3 < len(doc_large.claims) / len(doc_small.claims) < 5  # the same mix, so about 4x the claims
    total_small, total_large = sum(t_small.values()), sum(t_large.values())
    assert total_large / total_small <= LINEAR_BOUND, f"1 MB took {total_large / total_small:.1f}x the time of 0.25 MB"
    for name, took in t_large.items():
        if took >= total_large / 10:
            ratio = took / max(t_small[name], 1e-3)
            assert ratio <= LINEAR_BOUND, f"stage {name}: 1 MB took {ratio:.1f}x the time of 0.25 MB"
