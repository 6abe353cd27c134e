"""The ingest run: inputs in, analyses into the store in batches, a summary out.

Crash safety comes from three rules, so that after ``kill -9`` at any moment a rerun of
the same command completes the store with nothing lost and nothing stored twice:

1. **Batches are transactions.** Analysed articles are written ``batch_size`` at a
   time (or every ``flush_seconds``, whichever comes first) through
   ``Sink.save_documents``, one transaction each; a killed run loses at most the batch it was
   collecting, never half a batch.
2. **Known inputs are skipped before analysis.** At the start the names of inputs
   already stored are read once, and URLs are looked up as inputs stream by; those
   are counted as known and not analysed again, so a rerun is fast.
3. **The store's keys decide.** An article whose content hash (or URL) is stored is
   counted as known by the store itself, inside the batch's transaction, so the same
   text under another name or a batch retried after a crash is never duplicated.

An input that fails (unreadable, no article text, unsupported language, a stage
error) is recorded with its reason and skipped; the run goes on. A failure already
recorded with the same reason is not recorded again by a rerun.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..document import RawInput
from ..store.db import one_line as db_line
from ..store.db import transient
from .parallel import Analysed, analyze_stream, default_jobs
from .readers import MAX_BYTES, InputError
from .sink import Sink
from .sources import iter_sources
from .warc import Skipped

LOOKAHEAD = 64  # inputs whose URLs are checked against the store in one query


@dataclass
class Summary:
    """What a run did: articles added, skipped as already stored, failed, and records passed over."""

    added: int = 0
    known: int = 0
    appearances: int = 0  # known texts on new pages, stored as further appearances of their article
    failed: int = 0
    ignored: int = 0  # WARC records that are not article pages (requests, redirects, images)
    pending: int = 0  # analysed, waiting in the open batch
    batches: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # the first MAX_FAILURES (name, reason)

    MAX_FAILURES = 1000

    @property
    def processed(self) -> int:
        return self.added + self.known + self.appearances + self.failed + self.pending

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "known": self.known, "appearances": self.appearances, "failed": self.failed, "ignored": self.ignored,
                "batches": self.batches, "seconds": round(self.seconds, 3),
                "articles_per_second": round(self.rate, 2)}


Progress = Callable[[Summary], None]


class Runner:
    """One ingest run into ``sink``; :meth:`run` may be called once."""

    def __init__(self, sink: Sink, jobs: int | None = None, batch_size: int = 50, flush_seconds: float = 10.0,
                 replace: Mapping[str, str] | None = None, max_bytes: int = MAX_BYTES,
                 on_progress: Progress | None = None, on_failure: Callable[[str, str], None] | None = None
                 ) -> None:
        self.sink = sink
        self.jobs = jobs if jobs and jobs > 0 else default_jobs()
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.replace = dict(replace or {})
        self.max_bytes = max_bytes
        self.on_progress = on_progress or (lambda _s: None)
        self.on_failure = on_failure or (lambda _n, _r: None)
        self.summary = Summary()
        self._recorded: set[tuple[str, str]] = set()
        self._known_inputs: set[str] = set()
        self._batch: list[Analysed] = []
        self._last_flush = time.monotonic()
        self._started = time.monotonic()

    def run(self, paths: Iterable[str | Path]) -> Summary:
        self._started = time.monotonic()
        self._known_inputs = self.sink.known_inputs()
        self._recorded = self.sink.recorded_errors()
        try:
            for result in analyze_stream(self._todo(iter_sources(paths, self.max_bytes)), self.jobs, self.replace):
                if result.contract is None:
                    self._fail(result.name, result.reason or "failed")
                else:
                    self._batch.append(result)
                    self.summary.pending = len(self._batch)
                    if (len(self._batch) >= self.batch_size
                            or time.monotonic() - self._last_flush >= self.flush_seconds):
                        self.flush()
                self._tick()
        finally:  # Ctrl-C or a store error: what is analysed and whole is still written
            try:
                self.flush()
            finally:
                self._tick()
        return self.summary

    def flush(self) -> None:
        """Write the collected analyses in one transaction; if the database refuses it, each page alone.

        A refusal that is not about the connection (a value the database cannot store) would
        stop every rerun at the same batch; written alone, the page it is about costs only
        itself and becomes a failed input. Connection errors end the run: a rerun resumes.
        """
        self._last_flush = time.monotonic()
        if not self._batch:
            return
        batch, self._batch = self._batch, []
        try:
            self._save(batch)
        except SQLAlchemyError as exc:
            if transient(exc):
                raise
            for one in batch:
                try:
                    self._save([one])
                except SQLAlchemyError as error:
                    if transient(error):
                        raise
                    self._fail(one.name, f"cannot be stored: {db_line(error)}")

    def _save(self, batch: list[Analysed]) -> None:
        names = {r.contract["article"]["id"]: r.name for r in batch}
        result = self.sink.save_documents([r.contract for r in batch], names)
        self.summary.pending = len(self._batch)
        self.summary.added += result.added
        self.summary.known += result.known
        self.summary.appearances += result.appearances
        self.summary.batches += 1
        self._known_inputs.update(names.values())

    def _todo(self, items: Iterator[RawInput | InputError | Skipped]) -> Iterator[RawInput]:
        """The inputs still to analyse; errors are recorded and known inputs counted on the way."""
        while chunk := list(islice(items, LOOKAHEAD)):
            urls = {x.url for x in chunk if isinstance(x, RawInput) and x.url}
            known_urls = self.sink.known_urls(urls) if urls else set()
            for item in chunk:
                if isinstance(item, Skipped):
                    self.summary.ignored += 1
                elif isinstance(item, InputError):
                    self._fail(item.name, item.reason)
                elif item.name in self._known_inputs or (item.url and item.url in known_urls):
                    self.summary.known += 1
                else:
                    yield item
                    continue
                self._tick()

    def _fail(self, name: str, reason: str) -> None:
        self.summary.failed += 1
        if len(self.summary.failures) < Summary.MAX_FAILURES:
            self.summary.failures.append((name, reason))
        if (name, reason) not in self._recorded:
            self.sink.record_error(name, reason)
            self._recorded.add((name, reason))
        self.on_failure(name, reason)

    def _tick(self) -> None:
        self.summary.seconds = time.monotonic() - self._started
        self.on_progress(self.summary)


def ingest(paths: Iterable[str | Path], sink: Sink, jobs: int | None = None, batch_size: int = 50,
           replace: Mapping[str, str] | None = None, on_progress: Progress | None = None) -> Summary:
    """Analyse everything under ``paths`` into ``sink``; see :class:`Runner` for the options."""
    return Runner(sink, jobs=jobs, batch_size=batch_size, replace=replace, on_progress=on_progress).run(paths)
