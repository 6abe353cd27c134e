"""The driver of a distributed ingest: submit the tasks, follow them as they complete, add up.

The driver reads no page and writes no article; it walks the given paths, submits a
scan task per WARC file and an ingest task per group of other files, and as each scan
completes submits the range tasks it found (scans go first, so the cluster learns early
how much work there is). Results arrive with :class:`distributed.as_completed`, in any
order; each is a small :class:`~quellenlage.scale.worker.TaskReport`, which feeds the
summary and the progress display.

Failure behaviour, in Dask's terms:

* a task that raises (its worker could not reach the database within its patience) is
  retried ``retries`` times, on whichever worker is free;
* a worker that dies takes its running task with it; the scheduler gives that task to
  another worker (up to ``distributed.scheduler.allowed-failures`` times). The rerun skips
  what the dead worker had committed;
* a task that still fails is reported as one failure naming its file and range, the others
  go on; rerunning the command picks it up again;
* a cluster left without workers for ``no_workers_timeout`` seconds (a LocalCluster whose
  workers keep dying) ends the run the same way; a remote cluster is waited for, since
  its workers may still be queued on a batch system;
* losing the scheduler ends the run with :class:`~quellenlage.scale.cluster.ClusterError`;
  everything committed is kept and a rerun (with a scheduler) goes on from there.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import one_line
from ..ingest.engine import Summary
from .cluster import ClusterError
from .plan import RECORDS_PER_TASK, Task, expand_inputs, split_warc
from .worker import Settings, TaskReport, run_task

SCAN_PRIORITY = 10  # scans before ingest tasks
POLL_SECONDS = 0.25  # how often the driver looks when no task has finished
WORKERS_EVERY = 2.0
_FAILED = object()  # seconds between asking the scheduler how many workers there are


@dataclass
class ClusterSummary(Summary):
    """A :class:`~quellenlage.ingest.engine.Summary` with the tasks and the workers' peak memory."""

    tasks_total: int = 0
    tasks_done: int = 0
    tasks_failed: int = 0
    tasks_rerun: int = 0  # finished on a worker that died before its result was fetched
    peak_rss_mb: float = 0.0
    workers: int = 0
    db_retries: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "tasks": self.tasks_total, "tasks_failed": self.tasks_failed,
                "tasks_rerun": self.tasks_rerun, "workers": self.workers, "db_retries": self.db_retries, "worker_peak_rss_mb": round(self.peak_rss_mb, 1)}


class ClusterIngest:
    """One distributed ingest run through ``client`` (a :class:`distributed.Client`)."""

    def __init__(self, client: Any, settings: Settings, records_per_task: int = RECORDS_PER_TASK, retries: int = 2,
                 on_progress: Callable[[ClusterSummary], None] | None = None,
                 on_failure: Callable[[str, str], None] | None = None,
                 record_error: Callable[[str, str], None] | None = None,
                 no_workers_timeout: float | None = None) -> None:
        self.client = client
        self.no_workers_timeout = no_workers_timeout  # give up after this long without a worker (None: wait)
        self.settings = settings
        self.records_per_task = records_per_task
        self.retries = retries
        self.on_progress = on_progress or (lambda _s: None)
        self.on_failure = on_failure or (lambda _n, _r: None)
        self.record_error = record_error or (lambda _n, _r: None)
        self.summary = ClusterSummary()
        self.run_id = uuid.uuid4().hex[:8]
        self._started = time.monotonic()
        self._workers_asked = -WORKERS_EVERY

    def run(self, paths: Iterable[str | Path]) -> ClusterSummary:
        from distributed import as_completed

        self._started = time.monotonic()
        warcs, tasks = expand_inputs(paths)
        waiting: dict[Any, tuple[str, Any]] = {}
        done = as_completed()
        for path in warcs:
            self._submit_scan(path, waiting, done)
        for task in tasks:
            self._submit(task, waiting, done)
        self.summary.tasks_total = len(waiting)
        self._tick()
        last_worker_seen = time.monotonic()
        while waiting:
            batch = done.next_batch(block=False)
            if not batch:  # nothing finished: look after the workers, then wait a little
                time.sleep(POLL_SECONDS)
                self._tick()
                if self.summary.workers:
                    last_worker_seen = time.monotonic()
                elif self.no_workers_timeout is not None and \
                        time.monotonic() - last_worker_seen > self.no_workers_timeout:
                    raise ClusterError(f"no Dask worker for {self.no_workers_timeout:.0f} s (they keep dying, or "
                                       "none has joined); everything committed is kept, rerun to continue")
                continue
            for fut in batch:
                self._completed(fut, *waiting.pop(fut), waiting, done)
        return self.summary

    def _completed(self, fut: Any, kind: str, what: Any, waiting: dict[Any, tuple[str, Any]], done: Any) -> None:
        result: Any = _FAILED
        if fut.status == "finished":
            with contextlib.suppress(Exception, asyncio.CancelledError):  # lost meanwhile: see _lost
                result = fut.result()
        if result is _FAILED and self._lost(fut):
            self._again(kind, what, waiting, done)
            fut.release()
            return
        if result is _FAILED:
            self._task_failed(fut, kind, what)
        elif kind == "scan":
            ranges: list[Task] = result
            for task in ranges:
                self._submit(task, waiting, done)
            self.summary.tasks_total += len(ranges)
        else:
            self._add(result)
        self.summary.tasks_done += 1
        fut.release()
        self._tick()

    def _lost(self, fut: Any) -> bool:
        """A task that did not fail yet has no result: the scheduler is gone, or the worker holding it died.

        The client cancels every future when it loses the scheduler: that ends the run (a rerun
        resumes). With the scheduler still there, a result that finished on a worker killed before
        it was fetched is gone with that worker; tasks are idempotent, so it is simply run again.
        """
        if fut.status == "error":
            return False
        if self.client.status not in ("running", "connecting"):
            raise ClusterError("lost the connection to the Dask scheduler; everything committed is kept, "
                               "rerun the command to continue")
        return True

    def _again(self, kind: str, what: Any, waiting: dict[Any, tuple[str, Any]], done: Any) -> None:
        self.summary.tasks_rerun += 1
        if kind == "scan":
            self._submit_scan(what, waiting, done)
        else:
            self._submit(what, waiting, done, attempt=uuid.uuid4().hex[:6])

    def _submit_scan(self, path: Any, waiting: dict[Any, tuple[str, Any]], done: Any) -> None:
        fut = self.client.submit(split_warc, path, self.records_per_task, key=f"scan-{Path(path).name}-"
                                 f"{uuid.uuid4().hex[:6]}-{self.run_id}", retries=self.retries,
                                 priority=SCAN_PRIORITY, pure=False)
        waiting[fut] = ("scan", path)
        done.add(fut)

    def _submit(self, task: Task, waiting: dict[Any, tuple[str, Any]], done: Any, attempt: str = "") -> None:
        key = task.key(self.run_id) + (f"-again-{attempt}" if attempt else "")
        fut = self.client.submit(run_task, task, self.settings, key=key, retries=self.retries, pure=False)
        waiting[fut] = ("task", task)
        done.add(fut)

    def _add(self, report: TaskReport) -> None:
        s = self.summary
        s.added += report.added
        s.known += report.known
        s.appearances += report.appearances
        s.failed += report.failed
        s.ignored += report.ignored
        s.batches += report.batches
        s.db_retries += report.db_retries
        s.peak_rss_mb = max(s.peak_rss_mb, report.peak_rss_mb)
        for name, reason in report.failures:
            if len(s.failures) < Summary.MAX_FAILURES:
                s.failures.append((name, reason))
            self.on_failure(name, reason)

    def _task_failed(self, fut: Any, kind: str, what: Any) -> None:
        label = what if kind == "scan" else what.label
        exc = fut.exception()
        line = one_line(exc, default="")
        reason = f"{type(exc).__name__}: {line}" if line else type(exc).__name__
        reason = f"task failed after {self.retries} retries: {reason}"
        self.summary.tasks_failed += 1
        self.summary.failed += 1
        if len(self.summary.failures) < Summary.MAX_FAILURES:
            self.summary.failures.append((label, reason))
        self.record_error(label, reason)
        self.on_failure(label, reason)

    def _tick(self) -> None:
        now = time.monotonic()
        self.summary.seconds = now - self._started
        if now - self._workers_asked >= WORKERS_EVERY:
            self._workers_asked = now
            with contextlib.suppress(Exception):  # the count is for the display and the no-workers check
                self.summary.workers = len(self.client.nthreads())
        self.on_progress(self.summary)
