"""Distributed ingest on Dask: pages/s with 1 and 2 local workers, against single-process ingest.

usage: python benchmarks/distributed.py [--shared ../shared] [--pg URL] [--pages N] [--memory-gb G]

The corpus pages (``shared/corpora``: 933 real pages) are packed into one WARC.gz and
ingested, each time by a fresh ``quellenlage ingest`` process into a fresh PostgreSQL
database (created on the ``--pg`` server, dropped afterwards):

* ``--jobs 1`` without a scheduler: single-process ingest, the reference;
* ``--scheduler local:1`` and ``--scheduler local:2``: a LocalCluster of 1 and 2 workers.

Besides wall-clock time, the CPU seconds of each command and all its processes are
measured (``getrusage`` of the finished children): on a machine shared with other work,
wall-clock rates say more about the neighbours than about the code, while CPU seconds per
page stay meaningful and give the worker-hours (one worker keeps one core busy).

Times are wall-clock times of the whole command (cluster start, model loading, scanning,
analysis, writing; not the stories step). Printed: pages/s of each run, the overhead
local:1 ÷ single process, the scaling efficiency rate(2) ÷ (2 × rate(1)) (target ≥ 0.8 on
two cores), the load average before each run (other processes share the machine), and
from these the worker-hours one month of CC-NEWS (10 million German and English pages)
would take. The corpus has pages in other languages, which fail fast; the cost per
*analysed* page is therefore also given (worker-seconds ÷ articles stored).

With ``--memory-gb G`` the corpus pages are also repeated (under new URLs) into an
uncompressed WARC of about G GB, ingested with ``local:2`` (``--memory-extract-only``: with
the extraction stage alone, so 1 GB takes minutes, not an hour), and the workers' peak RSS
(``ru_maxrss``, reported by every task) is printed beside the peak of the corpus run:
memory that does not grow with the file is what "bounded" means.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ingest import corpus_pages, write_warc  # noqa: E402

CC_NEWS_PAGES = 10_000_000


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


class Databases:
    """Fresh databases on one PostgreSQL server, dropped at the end."""

    def __init__(self, server: str) -> None:
        from sqlalchemy import create_engine

        from quellenlage.store.db import normalize_url

        self.server = server
        self.engine = create_engine(normalize_url(server), isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def new(self, label: str) -> str:
        from sqlalchemy import text

        name = f"ql_bench_{os.getpid()}_{label}"
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.names.append(name)
        return self.server.rsplit("/", 1)[0] + "/" + name

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            for name in self.names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


def ingest(target: Path, db: str, *options: str, env: dict[str, str] | None = None) -> tuple[float, dict]:
    cmd = [sys.executable, "-m", "quellenlage", "ingest", str(target), "--db", db, "--no-stories", "--quiet",
           "--json", *options]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    cpu_before = cpu_of_children()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env)
        samples = sample_rss(proc)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode not in (0, 1) or not stdout.strip() or "rerun" in stderr:  # a store error ends a run early
        sys.exit(f"ingest {' '.join(options)} failed ({proc.returncode}): {stderr.strip()[-800:]}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    summary["rss_curve_mb"] = samples
    summary["cpu_seconds"] = cpu_of_children() - cpu_before
    return seconds, summary


def cpu_of_children() -> float:
    """User + system CPU seconds of every finished child process and its descendants (the workers too)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sample_rss(proc: subprocess.Popen, every: float = 0.5) -> list[float]:
    """Until ``proc`` ends: the largest RSS among its child processes (the Dask workers) at each tenth of the run.

    A curve that flattens after the models are loaded is what bounded memory looks like.
    """
    import psutil

    curve: list[tuple[float, float]] = []
    start = time.perf_counter()
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = [c.memory_info().rss for c in parent.children(recursive=True)]
        except psutil.Error:
            rss = []
        curve.append((time.perf_counter() - start, max(rss, default=0) / 2**20))
        time.sleep(every)
    proc.wait()
    if not curve:
        return []
    end = curve[-1][0]
    return [round(max((r for t, r in curve if t <= end * k / 10), default=0.0)) for k in range(1, 11)]


def write_big_warc(files: list[Path], path: Path, gigabytes: float) -> int:
    """The pages repeated under new URLs into an uncompressed WARC of about ``gigabytes``; returns the pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    limit = gigabytes * 1e9
    count = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        while fh.tell() < limit:
            for f in files:
                body = f.read_bytes()
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                                      ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://corpus.invalid/{count}/{f.name}", "response",
                                                              payload=io.BytesIO(body), length=len(body),
                                                              http_headers=headers))
                count += 1
                if fh.tell() >= limit:
                    break
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pg", default=os.environ.get("QUELLENLAGE_TEST_PG_URL",
                                                   "postgresql://postgres@127.0.0.1:55432/postgres"),
                    help="a PostgreSQL server URL whose user may create databases")
    ap.add_argument("--pages", type=int, default=None, help="only the first N corpus pages (default: all)")
    ap.add_argument("--task-records", default="25", help="records per task (933 pages in 100s would leave one "
                                                        "worker alone with the last task)")
    ap.add_argument("--memory-gb", type=float, default=0.0, help="also measure worker RSS on a WARC of this size")
    ap.add_argument("--memory-extract-only", action="store_true",
                    help="in the memory run, only the extraction stage (the others do nothing): the reading, "
                         "extraction, batching and writing of every page, in a fraction of the time")
    args = ap.parse_args()
    files = corpus_pages(args.shared, args.pages)
    if not files:
        sys.exit(f"no corpus pages under {args.shared / 'corpora'}")
    dbs = Databases(args.pg)
    print(f"{len(files)} pages, {os.cpu_count()} CPUs, {load()}")
    try:
        with tempfile.TemporaryDirectory(prefix="ql-dist-") as tmp:
            warc = Path(tmp) / "corpus.warc.gz"
            write_warc(files, warc)
            print(f"WARC.gz {warc.stat().st_size / 1e6:.0f} MB")
            per_task = ("--task-records", args.task_records)
            runs = [("single", ("--jobs", "1")), ("local1", ("--scheduler", "local:1", *per_task)),
                    ("local2", ("--scheduler", "local:2", *per_task))]
            results: dict[str, tuple[float, dict]] = {}
            for label, options in runs:
                before = load()
                seconds, summary = ingest(warc, dbs.new(label), *options)
                done = summary["added"] + summary["known"] + summary["failed"]
                if done != len(files) or summary.get("tasks_failed"):
                    sys.exit(f"ingest {' '.join(options)} did not process every page ({done} of {len(files)}): "
                             "a timing would mean nothing")
                results[label] = (seconds, summary)
                print(f"{' '.join(options):22s} {seconds:7.1f} s  {len(files) / seconds:6.2f} pages/s  "
                      f"CPU {summary['cpu_seconds']:6.1f} s  "
                      f"(added {summary['added']}, known {summary['known']}, failed {summary['failed']}"
                      + (f", {summary['tasks']} tasks, worker peak RSS {summary['worker_peak_rss_mb']:.0f} MB"
                         if "tasks" in summary else "") + f")  [{before} before]")
            print(f"  local:2 largest worker RSS so far, at each tenth of the run (MB): "
                  f"{results['local2'][1]['rss_curve_mb']}")
            single, one, two = (results[k][0] for k in ("single", "local1", "local2"))
            cpu = {k: results[k][1]["cpu_seconds"] for k in results}
            rate1, rate2 = len(files) / one, len(files) / two
            print(f"  overhead local:1 ÷ single process = {one / single:.2f} wall, "
                  f"{cpu['local1'] / cpu['single']:.2f} CPU")
            print(f"  scaling efficiency rate(2) ÷ (2 × rate(1)) = {rate2 / (2 * rate1):.2f}  (target ≥ 0.8; "
                  "wall clock, meaningful only on an otherwise idle machine)")
            print(f"  CPU efficiency CPU(local:1) ÷ CPU(local:2) = {cpu['local1'] / cpu['local2']:.2f}  (what a "
                  "second worker costs in CPU: a second model load, more scheduling; 1.0 is ideal)")
            stored = results["local2"][1]["added"]
            worker_s_page = cpu["local2"] / len(files)  # one worker = one core kept busy
            worker_s_article = cpu["local2"] / max(stored, 1)
            print(f"  2 workers: {worker_s_page:.3f} CPU-s per page, {worker_s_article:.3f} per stored article "
                  f"(wall: {2 * two / len(files):.3f} worker-s per page at this load)")
            print(f"  CC-NEWS month ({CC_NEWS_PAGES:,} pages): {CC_NEWS_PAGES * worker_s_page / 3600:,.0f} "
                  f"worker-hours at this corpus's mix, {CC_NEWS_PAGES * worker_s_article / 3600:,.0f} if every "
                  "page is a German or English article")
            if args.memory_gb > 0:
                big = Path(tmp) / "big.warc"
                count = write_big_warc(files, big, args.memory_gb)
                before = load()
                env = None
                if args.memory_extract_only:
                    from quellenlage.pipeline import STAGES

                    env = {"QUELLENLAGE_STAGES": ",".join(f"{name}=tests.ingest.stages:noop" for name in STAGES
                                                          if name != "extract")}
                seconds, summary = ingest(big, dbs.new("memory"), "--scheduler", "local:2", env=env)
                print(f"memory{' (extraction only)' if env else ''}: {big.stat().st_size / 1e9:.2f} GB WARC, {count} pages, {seconds:.0f} s "
                      f"({count / seconds:.2f} pages/s), {summary['tasks']} tasks: worker peak RSS "
                      f"{summary['worker_peak_rss_mb']:.0f} MB (corpus run: "
                      f"{results['local2'][1]['worker_peak_rss_mb']:.0f} MB)  [{before} before]")
                print(f"  largest worker RSS so far, at each tenth of the run (MB): {summary['rss_curve_mb']}")
    finally:
        dbs.drop_all()


if __name__ == "__main__":
    main()
