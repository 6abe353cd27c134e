"""SIGTERM and kill -9 of a running ``ingest``: no worker process outlives it, and the store stays whole.

A real ``quellenlage ingest`` process with two workers and a slow stand-in extraction
stage is stopped once some batches are committed: with SIGTERM to it alone, with SIGTERM
to its whole process group (as ``systemctl stop`` does), and with SIGKILL to it alone (its
workers are not told; they must notice). Then every process it had started must be gone,
the store must hold whole articles only, and a rerun must complete it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.ingest.pages import many_pages, write_pages
from tests.ingest.test_crash import N, env, ingest_cmd, stored

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")]


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent pid, state, start time) of a process, from /proc; None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), fields[0], fields[19]


def descendants(root: int) -> set[tuple[int, str]]:
    """(pid, start time) of every process below ``root``."""
    stats = {int(p.name): _stat(int(p.name)) for p in Path("/proc").iterdir() if p.name.isdigit()}
    found: set[tuple[int, str]] = set()
    parents = {root}
    while parents:
        children = {pid for pid, st in stats.items() if st and st[0] in parents}
        found |= {(pid, stats[pid][2]) for pid in children}  # type: ignore[index]
        parents = children
        for pid in children:
            stats.pop(pid)
    return found


def survivors(processes: set[tuple[int, str]]) -> set[int]:
    """Those of ``processes`` still running (a zombie has ended; a reused pid is another process)."""
    alive = set()
    for pid, started in processes:
        st = _stat(pid)
        if st and st[2] == started and st[1] != "Z":
            alive.add(pid)
    return alive


def articles_whole(db: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*), count(DISTINCT id), count(DISTINCT input_name), "
                            "sum(length(text) > 0) FROM articles").fetchone()


@pytest.mark.parametrize("how", ["term", "term-group", "kill"])
def test_a_stopped_ingest_leaves_no_process_and_a_whole_store(tmp_path, how):
    folder, db = tmp_path / "pages", tmp_path / "claims.db"
    write_pages(folder, many_pages(N))
    proc = subprocess.Popen(ingest_cmd(folder, db, 2), env=env("0.25"), cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored(db) < 6 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, f"ingest ended before it could be stopped: {proc.stderr.read()}"
        started = descendants(proc.pid)
        assert len(started) >= 2, "the workers were not found"  # fork server and workers
        if how == "term-group":
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            os.kill(proc.pid, signal.SIGTERM if how.startswith("term") else signal.SIGKILL)
        err = proc.communicate(timeout=60)[1]
        deadline = time.monotonic() + 15
        while survivors(started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not survivors(started), f"processes outlived the ingest: {survivors(started)}"
    finally:  # whatever is left of the process group (the ingest, or workers that outlived it) goes
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    count, ids, inputs, with_text = articles_whole(db)
    assert count == ids == inputs == with_text and 6 <= count < N
    if how.startswith("term"):  # stopped as cleanly as by Ctrl-C: exit 143, what is stored said, then the summary
        assert proc.returncode == 128 + signal.SIGTERM
        stopped, summary = err.strip().splitlines()
        assert stopped == f"quellenlage: ingest: terminated; {count} articles stored, rerun the command to continue"
        assert summary.startswith(f"{count} added, 0 skipped as known, 0 failed")
    else:
        assert proc.returncode == -signal.SIGKILL

    rerun = subprocess.run(ingest_cmd(folder, db, 2) + ["--json"], env=env("0"), cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert articles_whole(db) == (N, N, N, N)
    assert f'"added": {N - count}' in rerun.stdout
