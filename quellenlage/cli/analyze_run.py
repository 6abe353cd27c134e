"""The analysis behind ``quellenlage analyze``: inputs read in order, analysed here or in worker
processes, results yielded in input order.

Pages are read in the main process (feeds and WARC files entry by entry, with the
readers ``ingest`` uses); with ``jobs`` > 1 the analysis runs in a pool of forked worker
processes that inherit the built pipeline, with at most ``jobs × AHEAD`` pages in flight,
so memory stays bounded however many inputs there are. A worker ends with its parent
(Linux: ``PR_SET_PDEATHSIG``), and a worker that dies fails only the pages it held.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..document import RawInput
from ..errors import one_line
from ..memory import freeze_loaded

AHEAD = 4  # pages per worker handed out ahead of the one being written
Result = tuple[str, dict[str, Any] | None, str | None]  # input name, contract, failure reason

_pipeline: Any = None
_replace: dict[str, str] = {}


def analysed(items: Iterable[tuple[str, str]], pipeline: Any, replace: dict[str, str], jobs: int,
             debug: bool = False) -> Iterator[Result]:
    """(name, contract or None, reason or None) for every input, in input order."""
    global _pipeline, _replace
    _pipeline, _replace = pipeline, dict(replace)
    inputs = _read(items)
    if jobs == 0:
        jobs = _cores()
    if jobs <= 1:
        for n, raw in enumerate(inputs):
            yield raw if isinstance(raw, tuple) else analyse_one(raw, debug)
            if n == 0:
                freeze_loaded()  # the first page loaded the models: the collector need not walk them again
        return
    yield from _pooled(inputs, jobs)


def analyse_one(raw: RawInput, debug: bool = False) -> Result:
    from ..extract.language import UnsupportedLanguage

    try:
        return raw.name, _pipeline(raw).to_dict(), None
    except UnsupportedLanguage as exc:  # still show what was extracted, but say so and fail
        why = one_line(exc, raw.name).removesuffix("; not analysed")
        return raw.name, exc.doc.to_dict(), f"{why}; only its text and metadata are printed"
    except Exception as exc:  # one bad input must not stop the others
        if debug:
            raise
        return raw.name, None, one_line(exc, raw.name)


def _read(items: Iterable[tuple[str, str]]) -> Iterator[RawInput | Result]:
    """Each input read (a RawInput), or its failure as a finished result."""
    from ..ingest.readers import InputError, read_file

    for name, kind in items:
        path = Path(name)
        if kind == "warc":  # imported here: warcio and feedparser cost a page a tenth of a second
            from ..ingest.warc import iter_warc

            entries: Iterable[Any] = iter_warc(path)
        elif kind == "feed":
            from ..ingest.feeds import iter_feed

            entries = iter_feed(path)
        else:
            try:
                entries = [read_file(path)]
            except InputError as exc:
                entries = [exc]
        for entry in entries:
            if isinstance(entry, RawInput):
                yield entry
            elif isinstance(entry, InputError):
                yield entry.name, None, entry.reason
            # a WARC record that is no page (request, redirect, image) is passed over


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker() -> None:
    """In a worker: end with the parent, leave Ctrl-C to it, and have a pipeline."""
    global _pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: the kernel ends us with our parent
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown must do
        pass
    if _pipeline is None:  # a spawned (not forked) worker builds its own
        from ..pipeline import Pipeline

        _pipeline = Pipeline(replace=_replace)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_init_worker)


def _warm() -> None:
    """Load in the parent what the stages load on first use, so each forked worker starts with it
    (shared copy-on-write) instead of loading it again; the texts are ingest's warm-up samples."""
    import contextlib
    import tomllib

    from ..ingest.warm import SAMPLES, preload_libraries

    with contextlib.suppress(Exception):
        for text in tomllib.loads(SAMPLES.read_text(encoding="utf-8"))["texts"].values():
            with contextlib.suppress(Exception):
                _pipeline.analyze_text(text, name="<warm-up>")
    preload_libraries()


def _pooled(inputs: Iterator[RawInput | Result], jobs: int) -> Iterator[Result]:
    _warm()
    freeze_loaded()
    pool = _new_pool(jobs)
    window: deque[tuple[str, Future | Result]] = deque()
    try:
        for item in inputs:
            if isinstance(item, tuple):
                window.append((item[0], item))
            else:
                window.append((item.name, pool.submit(analyse_one, item)))
            while len(window) > jobs * AHEAD:
                result, pool = _take(window, pool, jobs)
                yield result
        while window:
            result, pool = _take(window, pool, jobs)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(window: deque, pool: ProcessPoolExecutor, jobs: int) -> tuple[Result, ProcessPoolExecutor]:
    """The oldest result; a broken pool is replaced (the pages it held fail, the rest go on)."""
    name, job = window.popleft()
    if not isinstance(job, Future):
        return job, pool
    try:
        return job.result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        fresh = _new_pool(jobs)
        for i, (other, pending) in enumerate(window):
            if isinstance(pending, Future):
                window[i] = (other, (other, None, "a worker process died while analysing it"))
        return (name, None, "a worker process died while analysing it (try it alone with --jobs 1)"), fresh
