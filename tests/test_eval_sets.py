"""The team's gold sets in ``eval/``: every file is listed in ``splits.tsv`` under its batch,
every listed page has a file, and every anchor passes ``scripts/check_gold.py`` (found once
in the extracted text, at most 12 words) — so a batch can be scored on any clean clone."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"


def _file(lang: str, batch: str, doc: str) -> Path:
    """Where a page's gold file lies: named by its ``doc``, a space written as "-"."""
    return EVAL / lang / batch / f"{doc.replace(' ', '-')}.json"


def _rows() -> list[tuple[str, str, str, str]]:
    lines = (EVAL / "splits.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_splits_and_files_agree():
    listed = {_file(lang, batch, doc) for lang, batch, doc, _ in _rows()}
    on_disk = {p for p in EVAL.glob("*/*/*.json")}
    assert listed == on_disk
    assert len({doc for _, _, doc, _ in _rows()}) == len(_rows()), "a page in two batches"


def test_each_file_names_its_listed_input():
    for lang, batch, doc, page in _rows():
        gold = json.loads(_file(lang, batch, doc).read_text(encoding="utf-8"))
        assert (gold["doc"], gold["input"], gold["language"]) == (doc, page, lang)


def test_every_anchor_is_usable(shared):
    check_gold = _script("check_gold")
    assert check_gold.main([str(EVAL), "--shared", str(shared)]) == 0
