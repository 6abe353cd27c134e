"""What a Dask worker does with one task: read its records, analyse them, store them in batches.

Every worker process builds its :class:`~quellenlage.pipeline.Pipeline` once (the first
task pays for loading word lists and models; later tasks reuse it) and keeps one
connection pool per database. A task then works like a single-machine ingest
(:mod:`quellenlage.ingest.run`) on its share of the inputs, with the same rules and keys:

* inputs whose name or URL is stored are counted as known before they are analysed
  (one indexed lookup per ``LOOKAHEAD`` inputs), so a task that runs a second time —
  after its worker died, or in a rerun of the command — only reads its records again;
* analysed articles are written ``batch_size`` at a time through
  :meth:`Store.save_documents <quellenlage.store.Store.save_documents>`, one transaction
  per batch, where the content hash and URL decide what is new;
* a batch the database refuses (a value it cannot hold, not an outage) is written again
  page by page, and a page refused alone is a failed input;
* a failed input is recorded in the store's errors table (once per name and reason) and
  the task goes on;
* database errors are waited out (:mod:`.retry`).

Memory stays bounded: records are read one at a time, at most ``LOOKAHEAD`` pages and
one batch of analyses are held at once.
"""

from __future__ import annotations

import json
import os
import resource
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..document import RawInput
from ..ingest.parallel import Analysed, one_line
from ..ingest.readers import MAX_BYTES, InputError
from ..ingest.sources import iter_files
from ..ingest.warc import Skipped, iter_warc
from ..store.db import one_line as db_line
from .plan import Task
from .retry import transient, with_retries

LOOKAHEAD = 32  # inputs looked up in the store at once (and the most raw pages held in memory) …
LOOKAHEAD_CHARS = 32_000_000  # … unless they are large: then fewer, so memory stays bounded with 20 MB pages
MAX_REPORTED = 100  # failures sent back per task (all are recorded in the store)


@dataclass(frozen=True)
class Settings:
    """What every task of a run needs besides its inputs (small: it travels with each task)."""

    db_url: str
    batch_size: int = 50
    replace: tuple[tuple[str, str], ...] = ()  # stage replacements, as --stage gives them
    max_bytes: int = MAX_BYTES
    patience: float = 120.0  # seconds to wait out an unreachable database before the task fails


@dataclass
class TaskReport:
    """What one task did; the driver adds these up."""

    label: str
    added: int = 0
    known: int = 0
    failed: int = 0
    ignored: int = 0
    batches: int = 0
    db_retries: int = 0  # database errors waited out
    seconds: float = 0.0
    worker_pid: int = 0
    peak_rss_mb: float = 0.0  # of the worker process over its life so far
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return self.added + self.known + self.failed


_lock = threading.Lock()  # the pipeline is built once and used by one thread at a time
_pipelines: dict[str, Any] = {}
_stores: dict[str, Any] = {}


def worker_pipeline(replace: tuple[tuple[str, str], ...]) -> Any:
    """This process's pipeline for these stage replacements, built on first use."""
    key = json.dumps(replace)
    if key not in _pipelines:
        from ..pipeline import Pipeline

        _pipelines[key] = Pipeline(replace=dict(replace))
    return _pipelines[key]


def worker_store(url: str, patience: float) -> Any:
    """This process's store for ``url`` (migrated by the driver before any task runs)."""
    if url not in _stores:
        from ..store import open_store

        _stores[url] = with_retries(open_store, url, False, patience=patience)
    return _stores[url]


def run_task(task: Task, settings: Settings) -> TaskReport:
    """Ingest the inputs of ``task`` into the store; failures of single inputs are recorded, not raised."""
    started = time.monotonic()
    with _lock:
        pipeline = worker_pipeline(settings.replace)
        store = worker_store(settings.db_url, settings.patience)
        run = _TaskRun(task, settings, pipeline, store)
        run.ingest(_items(task, settings.max_bytes))
    report = run.report
    report.seconds = time.monotonic() - started
    report.worker_pid = os.getpid()
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def _items(task: Task, max_bytes: int) -> Iterator[RawInput | InputError | Skipped]:
    if task.is_warc:
        return iter_warc(Path(task.files[0][0]), max_bytes=max_bytes, start=task.start, end=task.end)
    return iter_files(((Path(p), kind) for p, kind in task.files), max_bytes)


def _chunks(items: Iterator[RawInput | InputError | Skipped]) -> Iterator[list[RawInput | InputError | Skipped]]:
    """Consecutive items, at most ``LOOKAHEAD`` of them and about ``LOOKAHEAD_CHARS`` characters of pages."""
    chunk: list[RawInput | InputError | Skipped] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.content) if isinstance(item, RawInput) else 0
        if len(chunk) >= LOOKAHEAD or size >= LOOKAHEAD_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _TaskRun:
    def __init__(self, task: Task, settings: Settings, pipeline: Any, store: Any) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.store = store
        self.report = TaskReport(task.label)
        self.batch: list[Analysed] = []
        self.recorded: set[tuple[str, str]] = set()

    def retry(self, call: Any, *args: Any) -> Any:
        return with_retries(call, *args, patience=self.settings.patience, on_retry=self._count_retry)

    def _count_retry(self, _error: BaseException) -> None:
        self.report.db_retries += 1

    def ingest(self, items: Iterator[RawInput | InputError | Skipped]) -> None:
        for chunk in _chunks(items):
            raws = [x for x in chunk if isinstance(x, RawInput)]
            names = [x.name for x in raws]
            urls = [x.url for x in raws if x.url]
            known_names = self.retry(self.store.known_input_names, names) if names else set()
            known_urls = self.retry(self.store.known_urls, urls) if urls else set()
            named = [x.name for x in chunk if not isinstance(x, Skipped)]
            self.recorded = self.retry(self.store.recorded_errors_of, named)
            for item in chunk:
                if isinstance(item, Skipped):
                    self.report.ignored += 1
                elif isinstance(item, InputError):
                    self.fail(item.name, item.reason)
                elif item.name in known_names or (item.url and item.url in known_urls):
                    self.report.known += 1
                else:
                    self.analyse(item)
        self.flush()

    def analyse(self, raw: RawInput) -> None:
        from ..store.write import as_contract

        try:
            result = Analysed(raw.name, contract=as_contract(self.pipeline(raw)))
        except Exception as exc:  # one bad page must not stop the others
            result = Analysed(raw.name, reason=one_line(exc, raw.name))
        if result.contract is None:
            self.fail(raw.name, result.reason or "failed")
            return
        self.batch.append(result)
        if len(self.batch) >= self.settings.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the batch in one transaction; if the database refuses it, each page alone, so one costs one."""
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        try:
            self.save(batch)
        except SQLAlchemyError as exc:
            if transient(exc):
                raise  # waited out for its patience already: the task fails and Dask retries it
            for one in batch:
                try:
                    self.save([one])
                except SQLAlchemyError as error:
                    if transient(error):
                        raise
                    self.fail(one.name, f"cannot be stored: {db_line(error)}")

    def save(self, batch: list[Analysed]) -> None:
        contracts = [r.contract for r in batch if r.contract is not None]
        names: Mapping[str, str] = {c["article"]["id"]: r.name for r, c in zip(batch, contracts, strict=True)}
        saved = self.retry(self.store.save_documents, contracts, names)
        self.report.added += saved.added
        self.report.known += saved.known
        self.report.batches += 1

    def fail(self, name: str, reason: str) -> None:
        self.report.failed += 1
        if len(self.report.failures) < MAX_REPORTED:
            self.report.failures.append((name, reason))
        if (name, reason) not in self.recorded:
            self.retry(self.store.record_error, name, reason)
            self.recorded.add((name, reason))
