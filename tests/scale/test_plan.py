"""Cutting WARC files into record ranges: together the ranges read exactly what a whole-file reading reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage.document import RawInput
from quellenlage.ingest.readers import InputError
from quellenlage.ingest.warc import iter_warc, record_offsets
from quellenlage.scale.cluster import ClusterError, parse_scheduler
from quellenlage.scale.plan import Task, expand_inputs, split_warc
from tests.ingest.pages import many_pages, write_pages, write_warc
from tests.scale.helpers import ROOT


def described(items) -> list[tuple[str, str, str | None]]:
    out = []
    for x in items:
        if isinstance(x, RawInput):
            out.append(("page", x.name, x.url))
        elif isinstance(x, InputError):
            out.append(("error", x.name, x.reason))
        else:
            out.append(("skipped", x.name, x.reason))
    return out


def read_ranges(tasks: list[Task]) -> list:
    items = []
    for t in tasks:
        items.extend(iter_warc(Path(t.files[0][0]), start=t.start, end=t.end))
    return items


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("per_task", [1, 3, 7, 1000])
def test_ranges_read_what_the_whole_file_reads(tmp_path, compressed, per_task):
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    write_warc(path, many_pages(9))
    tasks = split_warc(str(path), per_task)
    records = len(list(record_offsets(path)))
    assert len(tasks) == -(-records // per_task)
    assert tasks[0].start == 0 and tasks[-1].end is None
    assert all(a.end == b.start for a, b in zip(tasks, tasks[1:], strict=False))
    assert described(read_ranges(tasks)) == described(iter_warc(path))


def test_a_corrupt_record_is_reported_once_across_ranges(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, many_pages(8), extras=False)
    data = bytearray(path.read_bytes())
    data[offsets[3] + 20:offsets[3] + 60] = b"\x00" * 40  # inside the fourth page's gzip member
    path.write_bytes(bytes(data))
    whole = described(iter_warc(path))
    assert [x for x in whole if x[0] == "error"] and len([x for x in whole if x[0] == "page"]) == 7
    for per_task in (1, 2, 5):
        assert described(read_ranges(split_warc(str(path), per_task))) == whole


def test_not_a_warc_is_one_task_that_reports_it(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("hello, I am not a crawl\n")
    tasks = split_warc(str(path), 10)
    assert len(tasks) == 1
    [item] = read_ranges(tasks)
    assert isinstance(item, InputError) and "not a WARC file" in item.reason


def test_other_files_are_grouped_and_warcs_scanned(tmp_path):
    write_pages(tmp_path / "pages", many_pages(45))
    write_warc(tmp_path / "crawl.warc.gz")
    warcs, tasks = expand_inputs([tmp_path])
    assert warcs == [str(tmp_path / "crawl.warc.gz")]
    files = [f for t in tasks for f, _ in t.files]
    assert len(files) == 45 == len(set(files)) and len(tasks) == 3
    assert len({t.key("run1") for t in tasks}) == 3


def test_scheduler_addresses():
    assert parse_scheduler("local:3").local_workers == 3
    assert parse_scheduler("tcp://10.0.0.5:8786").address == "tcp://10.0.0.5:8786"
    assert parse_scheduler("node7:8786").address == "tcp://node7:8786"
    for bad in ("local:0", "local:x", "node7"):
        with pytest.raises(ClusterError):
            parse_scheduler(bad)


def test_sqlite_with_a_scheduler_is_refused_in_one_line(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz")
    proc = subprocess.run([sys.executable, "-m", "quellenlage", "ingest", str(tmp_path), "--db",
                           f"sqlite:///{tmp_path / 'x.db'}", "--scheduler", "local:2"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "SQLite" in lines[0] and "PostgreSQL" in lines[0], proc.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_quoted_glob_pattern_finds_the_crawl_files(tmp_path):
    for day in ("01", "02", "03"):
        write_warc(tmp_path / "crawl" / f"CC-NEWS-202611{day}.warc.gz", many_pages(2))
    write_warc(tmp_path / "crawl" / "other.warc.gz", many_pages(2))
    warcs, tasks = expand_inputs([str(tmp_path / "crawl" / "CC-NEWS-*.warc.gz"), str(tmp_path / "nothing-*.warc")])
    assert [Path(w).name for w in warcs] == [f"CC-NEWS-202611{d}.warc.gz" for d in ("01", "02", "03")]
    assert [f for t in tasks for f, _ in t.files] == [str(tmp_path / "nothing-*.warc")]  # reported as not found
