"""The single-machine ingest: files, folders, feeds and WARC files into a sink, with the local executor.

:class:`Runner` is the :class:`~quellenlage.ingest.engine.IngestEngine` (batches,
per-page fallback, the errors table, crash safety: see there) fed with everything under
the given paths (:func:`~quellenlage.ingest.sources.iter_sources`) and analysed by the
local executor (:func:`~quellenlage.ingest.parallel.process_pool`: ``jobs`` worker
processes, or this process with ``jobs=1``). Another source of inputs (fetched URLs, say)
runs the same way through :meth:`Runner.run_items`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from .engine import IngestEngine, Summary
from .parallel import default_jobs, process_pool
from .readers import MAX_BYTES
from .sink import Sink
from .sources import Item, iter_sources

Progress = Callable[[Summary], None]

__all__ = ["Progress", "Runner", "Summary", "ingest"]


class Runner:
    """One ingest run into ``sink``; :meth:`run` (or :meth:`run_items`) may be called once."""

    def __init__(self, sink: Sink, jobs: int | None = None, batch_size: int = 50, flush_seconds: float = 10.0,
                 replace: Mapping[str, str] | None = None, max_bytes: int = MAX_BYTES,
                 on_progress: Progress | None = None, on_failure: Callable[[str, str], None] | None = None
                 ) -> None:
        self.jobs = jobs if jobs and jobs > 0 else default_jobs()
        self.max_bytes = max_bytes
        self.engine = IngestEngine(sink, process_pool(self.jobs, replace), batch_size=batch_size,
                                   flush_seconds=flush_seconds, on_progress=on_progress, on_failure=on_failure)

    @property
    def summary(self) -> Summary:
        return self.engine.summary

    def run(self, paths: Iterable[str | Path]) -> Summary:
        """Ingest every page, feed entry and WARC record under ``paths``."""
        return self.engine.run(iter_sources(paths, self.max_bytes))

    def run_items(self, items: Iterable[Item]) -> Summary:
        """Ingest inputs read elsewhere (a ``RawInput``, or the ``InputError`` saying why one cannot be read)."""
        return self.engine.run(items)


def ingest(paths: Iterable[str | Path], sink: Sink, jobs: int | None = None, batch_size: int = 50,
           replace: Mapping[str, str] | None = None, on_progress: Progress | None = None) -> Summary:
    """Analyse everything under ``paths`` into ``sink``; see :class:`Runner` for the options."""
    return Runner(sink, jobs=jobs, batch_size=batch_size, replace=replace, on_progress=on_progress).run(paths)
