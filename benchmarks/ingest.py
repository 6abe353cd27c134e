"""Ingest throughput on the corpus pages, against ``analyze`` on the same pages.

usage: python benchmarks/ingest.py [--shared ../shared] [--pages N] [--warc] [--jobs 1,2]

Runs the real commands as a user would, each in a fresh process, on the same pages
(the 933 pages of ``shared/corpora``, or the first ``--pages`` of them, linked into a
temporary folder):

* ``quellenlage analyze DIR --format jsonl > /dev/null``: the reference;
* ``quellenlage ingest DIR --db sqlite:///tmp.db --jobs N --no-stories`` for each N
  of ``--jobs``, each into a new database.

Printed: seconds and inputs/s of each run, ingest(jobs=1) ÷ analyze (the cost of the
store and the runner; target ≤ 1.2), and the scaling efficiency
rate(jobs=2) ÷ (2 × rate(jobs=1)), which on a 2-core machine also tells how much the
main process (reading, writing) and other load take from the workers. With
``--warc`` the pages are also packed into one WARC.gz file and ingested from there.
Pages in languages without analysis (French, Polish …) fail fast in every run alike.
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


def corpus_pages(shared: Path, limit: int | None) -> list[Path]:
    folders = [shared / "corpora" / "trafilatura-eval" / "html", shared / "corpora" / "trafilatura-cache"]
    files = sorted(f for folder in folders if folder.is_dir() for f in folder.rglob("*")
                   if f.is_file() and f.suffix.lower() in (".html", ".htm"))
    return files[:limit] if limit else files


def link_pages(files: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True)
    for i, f in enumerate(files):
        (folder / f"{i:04d}-{f.name}").symlink_to(f)


def write_warc(files: list[Path], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, f in enumerate(files):
            body = f.read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://corpus.invalid/{i}/{f.name}", "response",
                                                          payload=io.BytesIO(body), length=len(body),
                                                          http_headers=headers))


def timed(cmd: list[str], stdout=subprocess.DEVNULL) -> tuple[float, subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env, text=True)
    return time.perf_counter() - start, proc


def ingest(target: Path, db: Path, jobs: int) -> tuple[float, dict]:
    seconds, proc = timed([sys.executable, "-m", "quellenlage", "ingest", str(target), "--db", f"sqlite:///{db}",
                           "--jobs", str(jobs), "--no-stories", "--quiet", "--json"], stdout=subprocess.PIPE)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        sys.exit(f"ingest failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return seconds, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pages", type=int, default=None, help="only the first N pages (default: all)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts for ingest")
    ap.add_argument("--warc", action="store_true", help="also ingest the pages packed into one WARC.gz")
    args = ap.parse_args()
    files = corpus_pages(args.shared, args.pages)
    if not files:
        sys.exit(f"no corpus pages under {args.shared / 'corpora'}")
    jobs = [int(j) for j in args.jobs.split(",")]
    print(f"{len(files)} pages, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="ql-bench-") as tmp:
        tmp = Path(tmp)
        pages = tmp / "pages"
        link_pages(files, pages)
        seconds, proc = timed([sys.executable, "-m", "quellenlage", "analyze", str(pages), "--format", "jsonl"])
        analyze_s = seconds
        print(f"analyze         {analyze_s:8.1f} s  {len(files) / analyze_s:6.2f} pages/s")
        rates: dict[int, float] = {}
        for j in jobs:
            seconds, summary = ingest(pages, tmp / f"j{j}.db", j)
            rates[j] = len(files) / seconds
            print(f"ingest --jobs {j} {seconds:8.1f} s  {rates[j]:6.2f} pages/s  "
                  f"(added {summary['added']}, known {summary['known']}, failed {summary['failed']})")
            if j == 1:
                print(f"  ingest ÷ analyze = {seconds / analyze_s:.2f}  (target ≤ 1.2)")
        if 1 in rates and 2 in rates:
            print(f"  scaling efficiency rate(2) ÷ (2 × rate(1)) = {rates[2] / (2 * rates[1]):.2f}")
        if args.warc:
            warc = tmp / "corpus.warc.gz"
            write_warc(files, warc)
            j = max(jobs)
            seconds, summary = ingest(warc, tmp / "warc.db", j)
            print(f"ingest WARC.gz --jobs {j} {seconds:6.1f} s  {len(files) / seconds:6.2f} pages/s  "
                  f"(added {summary['added']}, failed {summary['failed']}, {warc.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
