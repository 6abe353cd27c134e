"""Faults during a distributed ingest: a worker dies, the scheduler dies, PostgreSQL restarts.

Each test runs the real command against real Dask processes with a slow stand-in
extraction stage (the analysis itself does not matter here), breaks something once some
batches are committed and before the end, and then checks the store: every page stored
exactly once, nothing recorded as failed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess

import pytest

from tests.ingest.pages import many_pages, write_warc
from tests.scale.helpers import DaskProcesses, PrivatePostgres, counts, env, ingest_cmd, run, stop, wait_for

pytestmark = pytest.mark.postgres
N = 40
DELAY = 0.15  # seconds per page: 40 pages on 2 workers take about 3 s, time enough to break something


def slow_crawl(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, many_pages(N), extras=False)  # a request and a response per page
    return warc


def args(*extra: str) -> tuple[str, ...]:
    return ("--task-records", "4", "--batch-size", "1", "--no-stories", *extra)  # 2 pages per task


def start_ingest(warc, url, scheduler, delay: float = DELAY) -> subprocess.Popen:
    return subprocess.Popen(ingest_cmd(warc, url, scheduler, *args()), env=env(delay), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def assert_complete(url: str) -> None:
    assert counts(url) == {"articles": N, "ids": N, "inputs": N, "errors": 0}


def test_a_worker_killed_mid_job_the_other_finishes_it(tmp_path, pg_url):
    warc = slow_crawl(tmp_path)
    dask = DaskProcesses(env(DELAY)).start(workers=2)
    try:
        proc = start_ingest(warc, pg_url, dask.address)
        wait_for(lambda: counts(pg_url)["articles"] >= 6 or proc.poll() is not None, 120, "the first batches")
        assert proc.poll() is None, f"the ingest ended before a worker could be killed: {proc.communicate()}"
        os.kill(dask.workers[0].pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=180)
        before_end = dask.count_workers()
    finally:
        dask.stop_all()
    assert proc.returncode == 0, err
    assert before_end == 1
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["failed"] == 0 and summary["tasks_failed"] == 0
    assert summary["added"] + summary["known"] == N
    assert_complete(pg_url)


def test_the_scheduler_killed_then_the_command_rerun_resumes(tmp_path, pg_url):
    warc = slow_crawl(tmp_path)
    dask = DaskProcesses(env(DELAY)).start(workers=2)
    try:
        proc = start_ingest(warc, pg_url, dask.address)
        wait_for(lambda: counts(pg_url)["articles"] >= 6 or proc.poll() is not None, 120, "the first batches")
        assert proc.poll() is None, f"the ingest ended before the scheduler could be killed: {proc.communicate()}"
        dask.stop_all()  # the scheduler dies (its workers with it, as when its machine goes down)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 1
        assert len(err.strip().splitlines()) == 1 and "scheduler" in err, err
        stored = counts(pg_url)
        assert 6 <= stored["articles"] < N and stored["articles"] == stored["ids"] == stored["inputs"]

        dask = DaskProcesses(env(DELAY)).start(workers=2)  # a new scheduler and workers; the same command again
        rerun = run(ingest_cmd(warc, pg_url, dask.address, *args()), env(DELAY))
    finally:
        dask.stop_all()
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["known"] >= stored["articles"] and summary["added"] == N - summary["known"]
    assert_complete(pg_url)


def test_postgresql_restarted_mid_ingest_the_workers_wait_and_finish(tmp_path):
    pg = PrivatePostgres()
    if not pg.available:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql (install Debian's postgresql)")
    warc = slow_crawl(tmp_path)
    pg.start()
    proc = None
    try:
        proc = start_ingest(warc, pg.url, "local:2", delay=0.25)  # the rest takes ~4 s: the restart falls inside
        wait_for(lambda: counts(pg.url)["articles"] >= 6 or proc.poll() is not None, 120, "the first batches")
        assert proc.poll() is None, f"the ingest ended before PostgreSQL could be restarted: {proc.communicate()}"
        pg.restart()
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        summary = json.loads(out.strip().splitlines()[-1])
        assert summary["failed"] == 0 and summary["added"] == N
        assert summary["db_retries"] > 0  # the workers did meet the server down, and waited
        assert_complete(pg.url)
    finally:
        if proc is not None and proc.poll() is None:
            stop(proc)
        pg.destroy()
