"""The one ingest engine: inputs in, analyses into a sink in batches, failures recorded, a summary out.

Where the analysis runs is an **executor**, a function from a stream of
:class:`~quellenlage.document.RawInput` to a stream of :class:`Analysed` results (in any
order). Two plug into this engine:

* the local executor (:mod:`.parallel`): a pool of worker processes on this machine, or
  the calling process itself with ``jobs=1`` — the single-machine ``ingest``
  (:class:`~quellenlage.ingest.run.Runner`);
* the Dask executor (:mod:`quellenlage.scale`): the driver cuts the inputs into tasks, and
  each task runs this engine on a Dask worker over its share of the inputs, analysing in
  the worker process (:func:`.parallel.in_process`) and writing through a sink that waits
  out database outages (:class:`quellenlage.scale.retry.RetryingSink`).

Crash safety comes from three rules, so that after ``kill -9`` at any moment a rerun of
the same inputs completes the store with nothing lost and nothing stored twice:

1. **Batches are transactions.** Analysed articles are written ``batch_size`` at a
   time (or every ``flush_seconds``, whichever comes first) through
   ``Sink.save_documents``, one transaction each; a killed run loses at most the batch it was
   collecting, never half a batch. Ctrl-C, SIGTERM (see :mod:`.lifeline`) or a bug still
   write the batch collected so far before the run ends.
2. **Known inputs are skipped before analysis.** Inputs are looked up in the sink
   ``LOOKAHEAD`` at a time, by name and by URL; those already stored are counted as known
   and not analysed again, so a rerun is fast.
3. **The sink's keys decide.** An article whose content hash (or URL) is stored is
   counted as known by the sink itself, inside the batch's transaction, so the same
   text under another name or a batch retried after a crash is never duplicated.

A batch the database refuses (a value it cannot hold, not an outage) is written again
page by page, and a page refused alone is a failed input. An input that fails
(unreadable, no article text, unsupported language, a stage error, refused by the
database) is recorded in the sink's errors with its reason, once per name and reason
however often the run is repeated; the run goes on. A database outage ends the run
(a rerun resumes). Memory stays bounded: at most ``LOOKAHEAD`` raw pages (fewer if they
are large), what the executor holds in flight and one batch of analyses at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..document import RawInput
from ..errors import one_line
from ..store.db import transient
from .readers import InputError
from .sink import Sink
from .sources import Item, Refetched
from .warc import Skipped

LOOKAHEAD = 32  # inputs looked up in the sink at once (and the most raw pages held in memory) …
LOOKAHEAD_CHARS = 32_000_000  # … unless they are large: then fewer, so memory stays bounded with 20 MB pages


@dataclass
class Analysed:
    """The result of one input: its contract, or why it failed."""

    name: str
    contract: dict[str, Any] | None = None
    reason: str | None = None


Executor = Callable[[Iterator[RawInput]], Iterator[Analysed]]


@dataclass
class Summary:
    """What a run did: articles added, skipped as already stored, failed, and records passed over."""

    added: int = 0
    known: int = 0
    appearances: int = 0  # known texts on new pages, stored as further appearances of their article
    replaced: int = 0  # refetched pages whose changed text replaced what was stored for them
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
        return {"added": self.added, "known": self.known, "appearances": self.appearances,
                "replaced": self.replaced, "failed": self.failed,
                "ignored": self.ignored,
                "batches": self.batches, "seconds": round(self.seconds, 3),
                "articles_per_second": round(self.rate, 2)}


def chunks(items: Iterator[Item]) -> Iterator[list[Item]]:
    """Consecutive items, at most ``LOOKAHEAD`` of them and about ``LOOKAHEAD_CHARS`` characters of pages."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        raw = item.raw if isinstance(item, Refetched) else item
        size += len(raw.content) if isinstance(raw, RawInput) else 0
        if len(chunk) >= LOOKAHEAD or size >= LOOKAHEAD_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class IngestEngine:
    """One ingest run of a stream of inputs into ``sink``, analysed by ``executor``; :meth:`run` once."""

    def __init__(self, sink: Sink, executor: Executor, batch_size: int = 50, flush_seconds: float = 10.0,
                 summary: Summary | None = None, max_failures: int = Summary.MAX_FAILURES,
                 on_progress: Callable[[Summary], None] | None = None,
                 on_failure: Callable[[str, str], None] | None = None) -> None:
        self.sink = sink
        self.executor = executor
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.summary = summary if summary is not None else Summary()
        self.max_failures = max_failures
        self.on_progress = on_progress or (lambda _s: None)
        self.on_failure = on_failure or (lambda _n, _r: None)
        self._recorded: set[tuple[str, str]] = set()
        self._refetched: set[str] = set()  # names of refetched pages: stored replacing what they held
        self._batch: list[Analysed] = []
        self._last_flush = self._started = time.monotonic()

    def run(self, items: Iterable[Any]) -> Summary:
        """Ingest ``items``: pages (``RawInput``), the reasons unreadable ones failed (``InputError``),
        records to pass over (``Skipped``); any other item names a page its source knows is stored
        (a fetched URL not fetched again) and is counted as known."""
        self._last_flush = self._started = time.monotonic()
        stopped: BaseException | None = None
        try:
            for result in self.executor(self._todo(iter(items))):
                self._take(result)
                self._tick()
        except BaseException as exc:
            stopped = exc
            raise
        finally:  # Ctrl-C, SIGTERM or a bug: what is analysed and whole is still written (not when the db is gone)
            try:
                if stopped is None or not transient(stopped):
                    self.flush()
            finally:
                self._tick()
        return self.summary

    def flush(self) -> None:
        """Write the collected analyses in one transaction; if the database refuses it, each page alone.

        A refusal that is not about the connection (a value the database cannot store) would
        stop every rerun at the same batch; written alone, the page it is about costs only
        itself and becomes a failed input. Connection errors end the run: a rerun resumes.
        The batch is let go only once it is written, so a flush interrupted by Ctrl-C or
        SIGTERM (its transaction rolled back) is done again by the run's last flush.
        """
        self._last_flush = time.monotonic()
        batch = self._batch
        if not batch:
            return
        try:
            self._save(batch)
        except SQLAlchemyError as exc:
            if transient(exc):
                raise
            while batch:
                try:
                    self._save(batch[:1])
                except SQLAlchemyError as error:
                    if transient(error):
                        raise
                    self._fail(batch[0].name, f"cannot be stored: {one_line(error)}")
                batch.pop(0)
        self._batch = []
        self.summary.pending = 0

    def _save(self, batch: list[Analysed]) -> None:
        done = [r for r in batch if r.contract is not None]
        for replacing, save in ((False, self.sink.save_documents), (True, self.sink.replace_documents)):
            part = [r for r in done if (r.name in self._refetched) is replacing]
            if part or not replacing:
                contracts = [r.contract for r in part]
                result = save(contracts, {c["article"]["id"]: r.name for r, c in zip(part, contracts, strict=True)})
                self.summary.added += result.added
                self.summary.known += result.known
                self.summary.appearances += result.appearances
                self.summary.replaced += getattr(result, "replaced", 0)
        self.summary.batches += 1

    def _take(self, result: Analysed) -> None:
        if result.contract is None:
            self._fail(result.name, result.reason or "failed")
            return
        self._batch.append(result)
        self.summary.pending = len(self._batch)
        if len(self._batch) >= self.batch_size or time.monotonic() - self._last_flush >= self.flush_seconds:
            self.flush()

    def _todo(self, items: Iterator[Item]) -> Iterator[RawInput]:
        """The inputs still to analyse; errors are recorded and known inputs counted on the way."""
        for chunk in chunks(items):
            for x in chunk:
                if isinstance(x, Refetched):  # analysed although stored: it may have changed
                    self._refetched.add(x.raw.name)
            raws = [x for x in chunk if isinstance(x, RawInput)]
            names = [x.name for x in raws]
            urls = [x.url for x in raws if x.url]
            known_names = self.sink.known_input_names(names) if names else set()
            known_urls = self.sink.known_urls(urls) if urls else set()
            self._recorded |= self.sink.recorded_errors_of([x.name for x in chunk if not isinstance(x, Skipped)])
            for item in chunk:
                if isinstance(item, Refetched):
                    yield item.raw
                    continue
                if isinstance(item, Skipped):
                    self.summary.ignored += 1
                elif isinstance(item, InputError):
                    self._fail(item.name, item.reason)
                elif (not isinstance(item, RawInput)  # a source that knows the page is stored (fetch's Known)
                      or item.name in known_names or (item.url and item.url in known_urls)):
                    self.summary.known += 1
                else:
                    yield item
                    continue
                self._tick()

    def _fail(self, name: str, reason: str) -> None:
        self.summary.failed += 1
        if len(self.summary.failures) < self.max_failures:
            self.summary.failures.append((name, reason))
        if (name, reason) not in self._recorded:
            self.sink.record_error(name, reason)
            self._recorded.add((name, reason))
        self.on_failure(name, reason)

    def _tick(self) -> None:
        self.summary.seconds = time.monotonic() - self._started
        self.on_progress(self.summary)
