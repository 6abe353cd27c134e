"""Fetch a growing list of URLs: hosts in parallel, each host one request at a time.

:class:`Crawl` takes jobs from iterators (the URLs given, then the links of each feed or
sitemap as it is read, added with :meth:`Crawl.add` while the crawl runs) and yields each
job with its :class:`~quellenlage.fetch.client.Fetched` as it completes. At most
``parallel`` hosts are worked on at once and a host never has two jobs in flight; the
fetcher's host gates add the delay. Jobs are pulled from the iterators only ``lookahead``
ahead, so a sitemap of 100,000 links is read as the crawl proceeds, not up front.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from .client import Fetched, Fetcher
from .urls import host_of

LOOKAHEAD = 256


@dataclass
class Job:
    """One URL to fetch and what it is expected to be."""

    url: str
    role: str = "given"  # "given" (any kind) | "listing" (a feed or sitemap) | "page" | "sitemap"
    etag: str | None = None
    last_modified: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Crawl:
    """One crawl over a fetcher; iterate :meth:`run` once."""

    def __init__(self, fetcher: Fetcher, lookahead: int = LOOKAHEAD) -> None:
        self.fetcher = fetcher
        self.lookahead = max(1, lookahead)
        self._sources: deque[Iterator[Job]] = deque()
        self._queues: dict[str, deque[Job]] = {}
        self._queued = 0

    def add(self, jobs: Iterable[Job]) -> None:
        """More jobs, fetched after those already queued (a feed's entries, a sitemap's links)."""
        self._sources.append(iter(jobs))

    def run(self, jobs: Iterable[Job] = ()) -> Iterator[tuple[Job, Fetched]]:
        self.add(jobs)
        parallel = self.fetcher.config.parallel
        pending: dict[Future, tuple[str, Job]] = {}
        with ThreadPoolExecutor(parallel, thread_name_prefix="fetch") as pool:
            while True:
                if not self.fetcher.stopping.is_set():
                    self._fill()
                    busy = {host for host, _job in pending.values()}
                    for host, queue in self._queues.items():
                        if len(pending) >= parallel:
                            break
                        if queue and host not in busy:
                            job = queue.popleft()
                            self._queued -= 1
                            busy.add(host)
                            pending[pool.submit(self.fetcher.fetch, job.url, job.etag, job.last_modified)] = (host, job)
                if not pending:
                    if self.fetcher.stopping.is_set() or (not self._queued and not self._sources):
                        return
                    continue
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    _host, job = pending.pop(fut)
                    yield job, fut.result()
                self._queues = {h: q for h, q in self._queues.items() if q}

    def _fill(self) -> None:
        while self._queued < self.lookahead and self._sources:
            try:
                job = next(self._sources[0])
            except StopIteration:
                self._sources.popleft()
                continue
            self._queues.setdefault(host_of(job.url), deque()).append(job)
            self._queued += 1
