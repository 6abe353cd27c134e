"""Fetch throughput with the per-host politeness delay, against a local server with simulated latency.

usage: python benchmarks/fetch.py [--hosts 5] [--pages 8] [--latency 0.1] [--delay 1.0] [--parallel 8]

Starts ``--hosts`` HTTP servers on 127.0.0.1 (each its own host for politeness: its own
port), each answering every request after ``--latency`` seconds, and fetches
``--pages`` pages from each through :class:`~quellenlage.fetch.crawl.Crawl` (robots.txt
read once per host, one request at a time per host, ``--delay`` seconds between two
requests to one host, hosts in parallel), all URLs interleaved as a sitemap would give them.

Printed: pages/s measured; the two references of the same run — ``hosts ÷ delay`` (the
ceiling the issue names) and ``hosts ÷ (delay + latency)`` (the ceiling of this fetcher,
whose delay counts from the end of the previous answer, as a polite crawler's should) —
and measured ÷ each. A second run with one host shows that one host gets no faster
than 1 ÷ (delay + latency) however many threads there are.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quellenlage.fetch import FetchConfig, Fetcher  # noqa: E402
from quellenlage.fetch.crawl import Crawl, Job  # noqa: E402
from tests.fetch.server import Site, page  # noqa: E402


def run(hosts: int, pages: int, latency: float, delay: float, parallel: int) -> tuple[float, int]:
    sites = [Site() for _ in range(hosts)]
    try:
        for s in sites:
            s.latency = latency
            s.add("/robots.txt", "User-agent: *\nDisallow:\n", ctype="text/plain")
            for i in range(pages):
                s.add(f"/artikel/{i}.html", page(f"Meldung {i}", "Der Sprecher sagte, es gehe voran."))
        jobs = [Job(s.url(f"/artikel/{i}.html"), "page") for i in range(pages) for s in sites]
        config = FetchConfig(delay=delay, parallel=parallel, contact="benchmark@example.invalid")
        started = time.perf_counter()
        with Fetcher(config) as fetcher:
            ok = sum(1 for _job, got in Crawl(fetcher).run(jobs) if got.ok)
        return time.perf_counter() - started, ok
    finally:
        for s in sites:
            s.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hosts", type=int, default=5)
    ap.add_argument("--pages", type=int, default=8, help="pages per host")
    ap.add_argument("--latency", type=float, default=0.1, help="seconds each answer takes")
    ap.add_argument("--delay", type=float, default=1.0, help="politeness delay per host")
    ap.add_argument("--parallel", type=int, default=8)
    args = ap.parse_args()
    for hosts in (args.hosts, 1):
        seconds, ok = run(hosts, args.pages, args.latency, args.delay, args.parallel)
        rate = ok / seconds
        ceiling = hosts / args.delay
        own = hosts / (args.delay + args.latency)
        print(f"{hosts} host(s) × {args.pages} pages, latency {args.latency:g} s, delay {args.delay:g} s: "
              f"{ok} pages in {seconds:.2f} s = {rate:.2f} pages/s; hosts÷delay = {ceiling:.2f} "
              f"(measured ÷ it = {rate / ceiling:.2f}); hosts÷(delay+latency) = {own:.2f} "
              f"(measured ÷ it = {rate / own:.2f})")
        print("  (robots.txt is one more request per host, and the first page waits for it)")


if __name__ == "__main__":
    main()
