"""Kill -9 in the middle of an ingest, rerun, and check the store: complete, no duplicates, intact.

The ingest runs as a real ``quellenlage ingest`` process (in its own process group, so
its workers die with it, as on a power cut); a slow stand-in extraction stage makes it
take long enough to be killed after some batches are committed and before the end.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ingest import stages
from tests.ingest.pages import many_pages, write_pages

ROOT = Path(__file__).resolve().parents[2]
N = 24


def ingest_cmd(folder: Path, db: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "quellenlage", "ingest", str(folder), "--db", f"sqlite:///{db}",
            "--jobs", str(jobs), "--batch-size", "3", "--no-stories", "--quiet"]


def env(delay: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QUELLENLAGE_TEST_DELAY": delay,
            "QUELLENLAGE_STAGES": stages.env_value(extract="tests.ingest.stages:slow_extract")}


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_mid_ingest_then_rerun_completes_the_store(tmp_path, jobs):
    folder, db = tmp_path / "pages", tmp_path / "claims.db"
    write_pages(folder, many_pages(N))
    proc = subprocess.Popen(ingest_cmd(folder, db, jobs), env=env("0.25"), cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while stored(db) < 6 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    before = stored(db)
    assert 6 <= before < N

    rerun = subprocess.run(ingest_cmd(folder, db, jobs) + ["--json"], env=env("0"), cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*), count(DISTINCT id), count(DISTINCT input_name) FROM articles"
                            ).fetchone() == (N, N, N)
        names = {r[0] for r in conn.execute("SELECT input_name FROM articles")}
        assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0
    assert names == {str(p) for p in sorted(folder.iterdir())}
    assert f'"added": {N - before}' in rerun.stdout
