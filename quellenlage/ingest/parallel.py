"""The local executor of the ingest engine: analysis across worker processes, fed from a stream.

:func:`process_pool` gives the :mod:`.engine` an executor that analyses on ``jobs``
worker processes of this machine (``jobs=1``: in the calling process itself, no start-up
cost, the timing equals ``analyze``'s); :func:`in_process` one that analyses with a given
pipeline in the calling process (what a Dask task uses on its worker).

Each worker builds its :class:`~quellenlage.pipeline.Pipeline` once (loading word
lists and models is the expensive part) and then analyses one page per task. The
main process keeps reading inputs and writing results; it hands out at most
``jobs × IN_FLIGHT`` pages at a time, so memory stays bounded however large the input
(``multiprocessing.Pool.imap`` would read the whole input stream ahead).

A worker returns the analysis contract (plain data, cheap to send back) or the one-line
reason its page failed; an exception in a stage never takes the run down. A worker
process that dies (out of memory, a crash in a C extension) takes the whole pool with
it; the pool is replaced and the pages that were in flight are tried again one at a
time, alone, so the page that kills a worker is found and reported as failed while the
others are analysed. Workers leave Ctrl-C and SIGTERM to the main process, which stops
the pool cleanly, and end as soon as the main process has ended, however it ended
(:func:`.lifeline.follow`): no worker outlives a killed ``ingest``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..document import RawInput
from ..errors import one_line
from .engine import Analysed, Executor
from .lifeline import follow

WARM_ENV = "QUELLENLAGE_WARM_STAGES"
IN_FLIGHT = 4  # pages per worker handed out ahead: keeps workers busy while the main process writes

_pipeline: Any = None


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def init_worker(replace: Mapping[str, str] | None = None, main_pid: int | None = None) -> None:
    """Build this process's pipeline once; a worker (``main_pid`` given) leaves Ctrl-C and SIGTERM to the
    main process and ends when it ends."""
    global _pipeline
    if main_pid is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        follow(main_pid)
    from ..pipeline import Pipeline

    _pipeline = Pipeline(replace=dict(replace or {}))


def analyse(pipeline: Any, raw: RawInput) -> Analysed:
    """Analyse one input with ``pipeline``; any failure becomes a one-line reason."""
    from ..store.write import as_contract

    try:
        return Analysed(raw.name, contract=as_contract(pipeline(raw)))
    except Exception as exc:  # one bad page must not stop the others
        return Analysed(raw.name, reason=one_line(exc, raw.name, f"{type(exc).__name__} (an error without a message)"))


def analyze_one(raw: RawInput) -> Analysed:
    """Analyse one input with this process's pipeline (built by :func:`init_worker`)."""
    return analyse(_pipeline, raw)


def in_process(pipeline: Any) -> Executor:
    """The executor that analyses each input with ``pipeline`` here, in input order."""
    def execute(inputs: Iterator[RawInput]) -> Iterator[Analysed]:
        for raw in inputs:
            yield analyse(pipeline, raw)
    return execute


def process_pool(jobs: int, replace: Mapping[str, str] | None = None) -> Executor:
    """The executor that analyses on ``jobs`` worker processes (``jobs=1``: here)."""
    return lambda inputs: analyze_stream(inputs, jobs, replace)


def analyze_stream(inputs: Iterable[RawInput], jobs: int, replace: Mapping[str, str] | None = None
                   ) -> Iterator[Analysed]:
    """Results in completion order (not input order) for every input."""
    if jobs <= 1:
        init_worker(replace)
        for raw in inputs:
            yield analyze_one(raw)
        return
    yield from _pooled(iter(inputs), jobs, replace)


def _new_pool(jobs: int, replace: Mapping[str, str] | None) -> ProcessPoolExecutor:
    from ..pipeline import STAGES

    ctx = multiprocessing.get_context("forkserver")
    # the fork server imports the stage modules and warms a pipeline once (quellenlage.ingest.warm);
    # each worker forks from it with models and word lists already loaded
    os.environ[WARM_ENV] = json.dumps(dict(replace or {}))  # read when the fork server starts
    ctx.set_forkserver_preload([*sorted({spec.target.partition(":")[0] for spec in STAGES.values()}),
                                "quellenlage.ingest.warm"])
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=init_worker,
                               initargs=(dict(replace or {}), os.getpid()))


def _pooled(inputs: Iterator[RawInput], jobs: int, replace: Mapping[str, str] | None) -> Iterator[Analysed]:
    pool = _new_pool(jobs, replace)
    pending: dict[Future, RawInput] = {}
    suspects: list[RawInput] = []  # in flight when a worker died: retried one at a time, alone
    alone: RawInput | None = None  # the suspect now running by itself
    exhausted = False
    try:
        while True:
            if suspects:
                if not pending:
                    alone = suspects.pop(0)
                    pending[pool.submit(analyze_one, alone)] = alone
            else:
                while len(pending) < jobs * IN_FLIGHT and not exhausted:
                    try:
                        raw = next(inputs)
                    except StopIteration:
                        exhausted = True
                        break
                    pending[pool.submit(analyze_one, raw)] = raw
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                raw = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    pending[fut] = raw  # handled below with the others in flight
                    continue
                yield result
            if broken:
                lost = list(pending.values())
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(jobs, replace)
                if alone is not None and [r.name for r in lost] == [alone.name]:
                    yield Analysed(alone.name, reason="the worker process died while analysing it")
                else:
                    suspects.extend(lost)
            if not pending:
                alone = None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
