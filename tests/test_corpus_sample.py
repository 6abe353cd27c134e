"""25 real corpus pages through the full pipeline: each is analysed or refused with a reason, none crashes.

The whole corpus (933 pages) is run by ``python benchmarks/corpus.py``; this is a
deterministic sample of it (spread evenly over the sorted file list) for every test
run. The pages are read from ``../shared/corpora`` at run time, never copied.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from benchmarks.corpus import classify, corpus_pages, sample
from quellenlage.pipeline import Pipeline

SHARED = Path(os.environ.get("QUELLENLAGE_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
SAMPLE_SIZE = 25
PAGES = sample(corpus_pages(SHARED), SAMPLE_SIZE) if (SHARED / "corpora").is_dir() else []


@cache
def pipeline() -> Pipeline:
    return Pipeline()


@cache
def outcome_of(path: Path) -> tuple[str, str]:
    """Each page is run once per session; the summary test reuses the outcomes."""
    return classify(pipeline(), path)


def test_the_sample_is_drawn():
    if not PAGES:
        pytest.skip(f"corpus not found under {SHARED}/corpora (set QUELLENLAGE_SHARED)")
    assert len(PAGES) == SAMPLE_SIZE
    assert {p.parent.name for p in PAGES} >= {"html"}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name[:60])
def test_page_is_analysed_or_refused_with_a_reason(path):
    outcome, reason = outcome_of(path)
    assert outcome != "crashed", f"{path}:\n    {reason}"
    if outcome == "rejected":
        assert reason, path


def test_most_sampled_pages_are_analysed():
    if not PAGES:
        pytest.skip(f"corpus not found under {SHARED}/corpora (set QUELLENLAGE_SHARED)")
    outcomes = [outcome_of(p)[0] for p in PAGES]
    assert outcomes.count("analysed") >= SAMPLE_SIZE // 2, outcomes
