"""What a Dask worker does with one task: the ingest engine over the task's records, in the worker.

Dask is the second executor of the one ingest engine (:mod:`quellenlage.ingest.engine`):
the driver hands out tasks, and each task runs the engine on its share of the inputs,
with the same rules and keys as a single-machine ingest — inputs already stored are
counted as known before analysis, batches are transactions keyed by content hash and URL,
a refused batch is written page by page, failures go to the store's errors table once per
name and reason. So a task that runs a second time (after its worker died, or in a rerun
of the command) only reads its records again. What differs is plugged in:

* the analysis runs in the worker process (:func:`~quellenlage.ingest.parallel.in_process`),
  whose :class:`~quellenlage.pipeline.Pipeline` is built once (the first task pays for
  loading word lists and models; later tasks reuse it), as is one connection pool per
  database;
* every store call waits out database errors (:class:`.retry.RetryingSink`), and a task
  reports at most ``MAX_REPORTED`` failures back (all are recorded in the store).
"""

from __future__ import annotations

import json
import os
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest.engine import IngestEngine, Summary
from ..ingest.parallel import in_process
from ..ingest.readers import MAX_BYTES
from ..ingest.sources import Item, iter_files
from ..ingest.warc import iter_warc
from .plan import Task
from .retry import RetryingSink, with_retries

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
class TaskReport(Summary):
    """What one task did (the engine's summary of its run, and where it ran); the driver adds these up."""

    label: str = ""
    db_retries: int = 0  # database errors waited out
    worker_pid: int = 0
    peak_rss_mb: float = 0.0  # of the worker process over its life so far

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
    report = TaskReport(label=task.label)

    def count_retry(_error: BaseException) -> None:
        report.db_retries += 1

    with _lock:
        pipeline = worker_pipeline(settings.replace)
        store = worker_store(settings.db_url, settings.patience)
        engine = IngestEngine(RetryingSink(store, settings.patience, on_retry=count_retry), in_process(pipeline),
                              batch_size=settings.batch_size, summary=report, max_failures=MAX_REPORTED)
        engine.run(_items(task, settings.max_bytes))
    report.seconds = time.monotonic() - started
    report.worker_pid = os.getpid()
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def _items(task: Task, max_bytes: int) -> Iterator[Item]:
    if task.is_warc:
        return iter_warc(Path(task.files[0][0]), max_bytes=max_bytes, start=task.start, end=task.end)
    return iter_files(((Path(p), kind) for p, kind in task.files), max_bytes)
