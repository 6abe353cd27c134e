"""The regex program cache: the same patterns as ``re.compile``, read back by a later process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage import regexcache

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = [
    (r"(?<!\w)(?:(?:sagte|erklärte)|(?:teilte\s+mit))(?!\w)", re.IGNORECASE),
    (r"(?P<lead>Foto|Bild)\s*:\s*(?P<credit>.+)$", re.I),
    (r"[ \u00a0]?(?:Millionen|Mrd\.?)(?!\w)", 0),
    (r"(?<!\w)(?=[\dA-Z])(?:(?P<num>\d+(?:\.\d{3})*)|(?P<word>zwei|drei))", 0),
]

# compiles the patterns given as Python literals on stdin; with "strict", re's own parser refuses
# to run, so a pattern can come only from the cache file
CHILD = """
import ast, sys
import re._parser
from quellenlage import regexcache
if sys.argv[1] == "strict":
    def refuse(*args, **kwargs):
        raise AssertionError("parsed again")
    re._parser.parse = refuse
for pattern, flags in ast.literal_eval(sys.stdin.read()):
    print(regexcache.compile(pattern, flags).flags)
"""


def _child(mode: str, cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QUELLENLAGE_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", CHILD, mode], input=repr([(p, int(f)) for p, f in PATTERNS]), capture_output=True,
                          text=True, env=env, timeout=60)


def test_same_program_as_re(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path))
    for pattern, flags in PATTERNS:
        ours = regexcache.compile(pattern, flags)
        theirs = re.compile(pattern, flags)
        assert ours == theirs  # equal patterns: same flags, same source, same program
        assert (ours.groups, ours.groupindex) == (theirs.groups, theirs.groupindex)
        assert ours is not theirs


def test_a_later_process_reads_the_programs(tmp_path: Path) -> None:
    first = _child("fill", tmp_path)
    assert first.returncode == 0, first.stderr
    assert len(list(tmp_path.glob("regex-*.sqlite"))) == 1
    later = _child("strict", tmp_path)
    assert later.returncode == 0, later.stderr
    assert later.stdout == first.stdout


def test_without_a_file_the_pattern_is_compiled(tmp_path: Path) -> None:
    empty = _child("strict", tmp_path)
    assert empty.returncode != 0 and "parsed again" in empty.stderr  # nothing cached: re's parser ran


def test_a_damaged_file_is_no_error(tmp_path: Path) -> None:
    assert _child("fill", tmp_path).returncode == 0
    (path,) = tmp_path.glob("regex-*.sqlite")
    path.write_bytes(b"not a database" * 100)
    again = _child("fill", tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout == _child("fill", tmp_path / "fresh").stdout  # compiled by re, the same patterns


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        regexcache.compile(r"(?P<x>a", 0)
