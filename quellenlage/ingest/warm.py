"""Warm the worker pool's fork server: load what the stages load lazily, once, before workers fork.

Imported by the fork server of :mod:`quellenlage.ingest.parallel` (through
``set_forkserver_preload``), never by user code. The stage replacements of the run are
passed in ``QUELLENLAGE_WARM_STAGES`` (JSON), so the server warms the pipeline the workers
will build. Each worker then starts with the language models and word lists already in
memory, shared copy-on-write, instead of spending seconds and hundreds of MB each; a
worker that replaces a crashed one starts warm as well. Warming is best effort: a failure
here only means the workers load things themselves.
"""

from __future__ import annotations

import contextlib
import json
import os
import tomllib
from pathlib import Path

ENV = "QUELLENLAGE_WARM_STAGES"
SAMPLES = Path(__file__).with_name("warmup.toml")


def warm(replace: dict[str, str]) -> None:
    from ..pipeline import Pipeline

    try:
        pipeline = Pipeline(replace=replace)
        texts = tomllib.loads(SAMPLES.read_text(encoding="utf-8"))["texts"]
    except Exception:
        return
    for text in texts.values():
        with contextlib.suppress(Exception):
            pipeline.analyze_text(text, name="<warm-up>")
    preload_libraries()


def preload_libraries() -> None:
    """Load what a process loads only when its caches cannot answer — lingua's models (for a
    paragraph the function words leave open), HanTa's models and simplemma (for a word the word
    memo does not hold), trafilatura's justext stop list (for a page its own extractor finds little
    on) — so that forked workers share one copy instead of each loading its own."""
    from ..extract.fallback import preload_justext
    from ..extract.language import _detector
    from ..lang import available_languages
    from ..nlp.lemmas import _lemmatizer
    from ..nlp.tagger import _hanta

    for load in (_detector, _lemmatizer, preload_justext,
                 *(lambda lang=lang: _hanta(lang) for lang in available_languages())):
        with contextlib.suppress(Exception):
            load()


if os.environ.get(ENV) is not None:
    with contextlib.suppress(ValueError):
        warm(json.loads(os.environ[ENV]))
