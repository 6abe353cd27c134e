"""URLs into the store: what ``ingest URL…`` and ``watch`` share around :class:`~.source.WebSource`.

The ingest engine takes the source's pages and failures as it takes files' (batches,
errors table, known inputs skipped), and the pages the source already knows to be stored
(:class:`~.source.Known`, never fetched): it counts them as known. The store answers which
links are stored (by URL or by input name) and keeps each URL's fetch state, so a second run
asks conditionally.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from .client import Fetcher
from .source import WebSource
from .urls import looks_like_url


def split_inputs(args: Iterable[str]) -> tuple[list[str], list[str]]:
    """(URLs, paths) of a command line: anything with a scheme (``https:``, ``file:``, ``ftp:``) is a URL."""
    urls, paths = [], []
    for arg in args:
        (urls if looks_like_url(arg) else paths).append(arg)
    return urls, paths


def store_source(store: Any, fetcher: Fetcher, refetch: bool = False, listings_only: bool = False) -> WebSource:
    """A WebSource that skips links the store holds and keeps fetch state in it."""
    from ..store.watch import FetchStates

    def known(urls: set[str]) -> set[str]:
        return store.known_urls(urls) | store.known_input_names(urls)

    return WebSource(fetcher, known=known, refetch=refetch, state=FetchStates(store), listings_only=listings_only)


@contextmanager
def ingest_inputs(store: Any, urls: list[str], paths: list[str], config: Any = None,
                  refetch: bool = False, warc_out: str | None = None) -> Iterator[Iterator[Any]]:
    """Everything ``ingest`` was given as one stream for the engine: the files, then the URLs' pages.

    The fetcher (and the WARC file) stay open while the stream is read and are closed after.
    """
    from ..ingest.sources import iter_sources
    from .warcout import WarcOut

    files = iter_sources(paths) if paths else iter(())
    if not urls:
        yield files
        return
    warc = WarcOut(warc_out) if warc_out else None
    try:
        with Fetcher(config, warc=warc) as fetcher:
            source = store_source(store, fetcher, refetch=refetch)
            try:
                yield chain(files, source.items(urls))
            finally:
                fetcher.stop()  # on Ctrl-C: no new request; those in flight end with their timeouts
    finally:
        if warc is not None:
            warc.close()
