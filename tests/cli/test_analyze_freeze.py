"""``analyze`` moves what its first page loaded (models, word lists) out of the garbage collector's
sight (``memory.freeze_loaded``), so later full collections do not walk it again, and collects the
youngest generation less often from then on; the results are those of an unfrozen run."""

from __future__ import annotations

import gc
from pathlib import Path

from quellenlage.cli.analyze_run import analysed
from quellenlage.ingest.readers import read_file
from quellenlage.memory import YOUNG_THRESHOLD
from quellenlage.pipeline import Pipeline

TEXTS = ["Die Bürgermeisterin von Seetal sagte am Montag, der neue Steg werde im Juni fertig.",
         "Der Vorsitzende des Fischereivereins erklärte, man freue sich über 40 neue Mitglieder."]


def _pages(tmp_path):
    out = []
    for i, text in enumerate(TEXTS):
        page = tmp_path / f"p{i}.txt"
        page.write_text(text + "\n", encoding="utf-8")
        out.append((str(page), "page"))
    return out


def test_the_heap_is_frozen_after_the_first_page_and_results_stay_the_same(tmp_path):
    pages = _pages(tmp_path)
    pipeline = Pipeline()
    gc.unfreeze()
    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        plain = [pipeline(read_file(Path(name))).to_dict() for name, _ in pages]
        assert gc.get_freeze_count() == 0
        frozen_after, young = [], []
        results = []
        for _name, result, _reason in analysed(pages, pipeline, {}, jobs=1):
            results.append(result)
            frozen_after.append(gc.get_freeze_count())
            young.append(gc.get_threshold()[0])
        assert frozen_after == [0, frozen_after[1]] and frozen_after[1] > 0  # frozen once the first page is done
        assert young == [700, YOUNG_THRESHOLD]
        assert results == plain
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
