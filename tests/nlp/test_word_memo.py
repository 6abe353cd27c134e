"""Answers of HanTa and simplemma for single words are kept between processes (nlp/wordmemo.py):
a later process gives the same output without loading either library, and the memo follows
the installed library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from quellenlage.nlp import wordmemo

ROOT = Path(__file__).resolve().parent.parent.parent
PROBE = """
import json, sys
from quellenlage.cli import app
try:
    app(["analyze", "--format", "json", sys.argv[1]], prog_name="quellenlage")
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"HanTa", "numpy", "simplemma"})))
"""
# a counted noun simplemma lemmatises ("Gießkannen") and a Konjunktiv form HanTa tags ("verteile")
PAGE = ("Die Gemeinde Obertal plant neue Gärten am Fluss. Die Sprecherin der Gemeinde, Marlene Kuttner, "
        "sagte am Dienstag, man verteile 120 Gießkannen an alle Vereine, die sich um Beete kümmern. "
        "Der Verein für Gartenkunde erklärte, er begrüße den Schritt und hoffe auf mehr Blumen im Sommer.\n")


def _analyze(page: Path, cache: Path) -> tuple[list[str], dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QUELLENLAGE_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(page)], capture_output=True, text=True,
                          env=env, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1]), json.loads(done.stdout)


def test_a_later_process_answers_from_the_memo_without_loading_hanta_or_simplemma(tmp_path):
    page, cache = tmp_path / "page.txt", tmp_path / "cache"
    page.write_text(PAGE, encoding="utf-8")
    first, out = _analyze(page, cache)
    assert first == ["HanTa", "numpy", "simplemma"]  # an empty memo: both libraries are asked
    assert [q["unit_lemma"] for c in out["claims"] for q in c["quantities"]] == ["Gießkanne"]
    again, out_again = _analyze(page, cache)
    assert again == []
    assert out_again == out


def test_memo_keeps_answers_and_a_new_install_starts_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path))
    memo = wordmemo.word_memo("lib", "k1")
    assert memo.get("Wort") is None
    memo.put("Wort", "wort\x1fNN")
    assert wordmemo.word_memo("lib", "k1").get("Wort") == "wort\x1fNN"
    fresh = wordmemo.WordMemo(tmp_path / "words-lib-k1.sqlite")  # another process, same install
    assert fresh.get("Wort") == "wort\x1fNN"
    assert wordmemo.word_memo("lib", "k2").get("Wort") is None
    assert wordmemo.word_memo("lib", None).get("Wort") is None  # library not installed: no memo


def test_install_key_follows_the_installed_files(tmp_path, monkeypatch):
    package = tmp_path / "fakelib_for_memo"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "model.bin").write_bytes(b"one")
    monkeypatch.syspath_prepend(str(tmp_path))
    first = wordmemo.install_key.__wrapped__("fakelib_for_memo", ("model.bin",))
    (package / "model.bin").write_bytes(b"other model")
    assert wordmemo.install_key.__wrapped__("fakelib_for_memo", ("model.bin",)) not in (first, None)
    assert wordmemo.install_key.__wrapped__("fakelib_for_memo", ("missing.bin",)) is None
    assert wordmemo.install_key.__wrapped__("no_such_package_anywhere", ("x",)) is None


def test_a_memo_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    memo = wordmemo.WordMemo(blocker / "cache" / "words-lib-k.sqlite")
    memo.put("Wort", "x")
    assert memo.get("Wort") is None
