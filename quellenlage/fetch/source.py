"""URLs as an ingest source: pages, feeds and sitemaps in, one item per article page out.

:meth:`WebSource.items` turns the URLs given into the same stream the file readers give —
a :class:`~quellenlage.document.RawInput` per page, an
:class:`~quellenlage.ingest.readers.InputError` per failure (one line each) — plus
:class:`Known` for a page already in the store, which is not fetched again unless
``refetch``: then it is asked for conditionally (ETag, Last-Modified of its last answer), an
unchanged page (304) stays :class:`Known`, and a page sent again comes as
:class:`~quellenlage.ingest.sources.Refetched`, whose text replaces the stored one when it
changed (``Store.replace_documents``). A given URL may be a page, a feed or a sitemap (index, news sitemap); feeds
and sitemaps are expanded into their links, which are crawled politely (see
:mod:`.crawl`). Where a feed entry's page cannot be fetched (robots.txt, an error), the
entry's own content stands in for it, as for feed files.

Each page is named by its URL as linked, so a rerun recognises it; its ``url`` is where
the redirects ended. What each URL's response said (ETag, Last-Modified, when, status) is
handed to ``state`` so that the next run asks conditionally.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from ..document import RawInput
from ..ingest.readers import InputError, read_bytes
from ..ingest.sources import Refetched
from .client import Fetched, Fetcher
from .crawl import Crawl, Job
from .discover import body_of, expect_listing, feed_links, kind_of, page_input, sitemap_links
from .urls import BadURL, check_url

KNOWN_CHUNK = 64


@dataclass
class Known:
    """A page already stored (or unchanged since it was), not fetched or not analysed again."""

    name: str
    url: str | None = None


class FetchState(Protocol):
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) the last response for ``url`` gave."""

    def record(self, url: str, kind: str, got: Fetched) -> None:
        """Remember a response (its validators, status and time)."""


Item = RawInput | InputError | Known | Refetched


class WebSource:
    """The pages behind a list of URLs, fetched with ``fetcher``."""

    def __init__(self, fetcher: Fetcher, known: Callable[[set[str]], set[str]] | None = None,
                 refetch: bool = False, state: FetchState | None = None, listings_only: bool = False) -> None:
        self.fetcher = fetcher
        self.known = known or (lambda _urls: set())
        self.refetch = refetch
        self.state = state
        self.listings_only = listings_only  # `watch`: every URL given must be a feed or a sitemap
        self.max_bytes = fetcher.config.max_bytes
        self.listings_read = 0
        self._queued: set[str] = set()  # URLs taken into this run's crawl
        self.not_modified = 0

    def items(self, urls: Iterable[str]) -> Iterator[Item]:
        crawl = Crawl(self.fetcher)
        refused: list[Item] = []
        jobs = self._given(urls, refused)
        for job, got in crawl.run(self._unknown(jobs, refused)):
            yield from refused
            refused.clear()
            yield from self._handle(crawl, job, got, refused)
        yield from refused

    def _given(self, urls: Iterable[str], refused: list[Item]) -> Iterator[Job]:
        for url in urls:
            try:
                url = check_url(url)
            except BadURL as exc:
                refused.append(InputError(exc.url, exc.reason))
                continue
            etag, modified = self.state.validators(url) if self.state else (None, None)
            yield Job(url, "listing" if self.listings_only else "given", etag, modified)

    def _unknown(self, jobs: Iterator[Job], out: list[Item]) -> Iterator[Job]:
        """Jobs for pages not stored yet (all of them with ``refetch``); listings are always read."""
        while chunk := list(islice(jobs, KNOWN_CHUNK)):
            chunk = [j for j in chunk if j.url not in self._queued]  # in a feed and a sitemap: fetched once
            self._queued.update(j.url for j in chunk)
            candidates = {j.url for j in chunk if j.role in ("given", "page")}
            known = self.known(candidates) if candidates else set()
            for job in chunk:
                if job.url in known and not self.refetch:
                    out.append(Known(job.url, job.url))
                    continue
                if job.url in known:  # fetched again, conditionally: a changed page replaces what is stored
                    job.extra["stored"] = True
                    if job.etag is None and job.last_modified is None and self.state is not None:
                        job.etag, job.last_modified = self.state.validators(job.url)
                yield job

    def _handle(self, crawl: Crawl, job: Job, got: Fetched, out: list[Item]) -> Iterator[Item]:
        if got.not_modified:
            self._record(job.url, job.role, got)
            self.not_modified += job.role in ("given", "listing", "sitemap")
            if job.role in ("given", "page"):
                yield Known(job.url, got.final_url)
            return
        if not got.ok:
            yield from self._failed(job, got.error or f"HTTP {got.status}")
            return
        try:
            data = body_of(got, self.max_bytes)
            kind = kind_of(got, data)
            if job.role in ("listing", "sitemap"):
                expect_listing(got, kind)
        except InputError as exc:
            yield from self._failed(job, exc.reason)
            return
        self._record(job.url, kind, got)
        if kind == "page":
            if job.role == "sitemap":
                yield InputError(job.url, "not a sitemap: the server sent a page")
                return
            try:
                raw = page_input(got, data, job.url, self.max_bytes)
                yield Refetched(raw) if job.extra.get("stored") else raw
            except InputError as exc:
                yield InputError(job.url, exc.reason)
            return
        self.listings_read += 1
        links = feed_links(got, data) if kind == "feed" else sitemap_links(got, data)
        crawl.add(self._unknown(self._link_jobs(links, out), out))

    def _link_jobs(self, links: Iterator, out: list[Item]) -> Iterator[Job]:
        for link in links:
            if isinstance(link, InputError):
                out.append(link)
            elif link.kind == "entry":  # a feed entry without a link: its own content is the page
                out.append(self._entry(link.url, link.entry_page, None) or InputError(link.url, "empty entry"))
            elif link.kind == "sitemap":
                etag, modified = self.state.validators(link.url) if self.state else (None, None)
                yield Job(link.url, "sitemap", etag, modified)
            else:
                yield Job(link.url, "page", extra={"entry_page": link.entry_page})

    def _failed(self, job: Job, reason: str) -> Iterator[Item]:
        fallback = job.extra.get("entry_page")
        if fallback:  # the page cannot be had; the feed's entry still tells its content
            item = self._entry(job.url, fallback, job.url)
            if item is not None:
                yield item
                return
        yield InputError(job.url, reason)

    def _entry(self, name: str, page: str | None, url: str | None) -> RawInput | InputError | None:
        if not page:
            return None
        try:
            return read_bytes(page.encode("utf-8"), name, url=url, max_bytes=self.max_bytes)
        except InputError as exc:
            return exc

    def _record(self, url: str, kind: str, got: Fetched) -> None:
        if self.state is not None:
            self.state.record(url, kind, got)
