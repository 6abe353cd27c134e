"""The analysis behind ``quellenlage analyze``: inputs read in order, analysed here or in worker
processes, results yielded in input order.

Feeds and WARC files are read entry by entry in the main process, with the readers
``ingest`` uses. With ``jobs`` > 1 the main process analyses the first page itself (it loads
what the workers then share), then a pool of forked worker processes that inherit the built
pipeline does the rest, with at most ``jobs × AHEAD`` pages in flight, so memory stays
bounded however many inputs there are. A page file goes to a worker as its path and comes
back as the text to print (``encode``), so the main process neither reads nor serialises
pages and leaves both cores to the workers. A worker ends with its parent (Linux:
``PR_SET_PDEATHSIG``), and a worker that dies fails only the pages it held.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

from ..document import RawInput
from ..errors import one_line
from ..memory import freeze_loaded

AHEAD = 4  # pages per worker handed out ahead of the one being written
# From this many inputs on, a one-process run readies trafilatura's justext stop list from the user
# cache after its first page (0.1 s) rather than letting trafilatura join it at the first page its
# own extractor finds little on (0.2-0.3 s; one German corpus page in eight; extract/fallback.py).
MANY_INPUTS = 8
Result = tuple[str, Any, str | None]  # input name, contract (or what ``encode`` made of it) or None, failure reason
Encode = Callable[[str, dict[str, Any]], Any]

_pipeline: Any = None
_replace: dict[str, str] = {}
_encode: Encode | None = None


def analysed(items: Iterable[tuple[str, str]], pipeline: Any, replace: dict[str, str], jobs: int,
             debug: bool = False, encode: Encode | None = None) -> Iterator[Result]:
    """(name, contract or None, reason or None) for every input, in input order; with ``encode``,
    ``encode(name, contract)`` in place of the contract, made where the page was analysed (in a
    worker with ``jobs`` > 1, so the main process only writes what it gets)."""
    global _pipeline, _replace, _encode
    _pipeline, _replace, _encode = pipeline, dict(replace), encode
    if jobs == 0:
        jobs = _cores()
    if jobs <= 1:
        many = isinstance(items, Sized) and len(items) >= MANY_INPUTS
        for n, raw in enumerate(_read(items)):
            yield raw if isinstance(raw, tuple) else analyse_one(raw, debug)
            if n == 0:
                if many:  # one of them will most likely need trafilatura's justext fallback
                    _preload_justext()
                freeze_loaded()  # the first page loaded the models: the collector need not walk them again
        return
    yield from _pooled(_read(items, defer_pages=True), jobs, debug)


def analyse_one(raw: RawInput | str, debug: bool = False) -> Result:
    """One input analysed: a RawInput, or the path of a page file to read first."""
    from ..extract.language import UnsupportedLanguage

    if isinstance(raw, str):
        from ..inputs import InputError, read_file

        try:
            raw = read_file(Path(raw))
        except InputError as exc:
            return exc.name, None, exc.reason
    try:
        return raw.name, _encoded(raw.name, _pipeline(raw).to_dict()), None
    except UnsupportedLanguage as exc:  # still show what was extracted, but say so and fail
        why = one_line(exc, raw.name).removesuffix("; not analysed")
        return raw.name, _encoded(raw.name, exc.doc.to_dict()), f"{why}; only its text and metadata are printed"
    except Exception as exc:  # one bad input must not stop the others
        if debug:
            raise
        return raw.name, None, one_line(exc, raw.name)


def _encoded(name: str, result: dict[str, Any]) -> Any:
    return result if _encode is None else _encode(name, result)


def _read(items: Iterable[tuple[str, str]], defer_pages: bool = False) -> Iterator[RawInput | Result | str]:
    """Each input read (a RawInput), or its failure as a finished result; with ``defer_pages``, a
    page file as its path (a str), read where it is analysed."""
    from ..ingest.readers import InputError, read_file

    for name, kind in items:
        path = Path(name)
        if kind == "warc":  # imported here: warcio and feedparser cost a page a tenth of a second
            from ..ingest.warc import iter_warc

            entries: Iterable[Any] = iter_warc(path)
        elif kind == "feed":
            from ..ingest.feeds import iter_feed

            entries = iter_feed(path)
        elif defer_pages and name != "-":
            entries = [name]
        else:
            try:
                entries = [read_file(path)]
            except InputError as exc:
                entries = [exc]
        for entry in entries:
            if isinstance(entry, (RawInput, str)):
                yield entry
            elif isinstance(entry, InputError):
                yield entry.name, None, entry.reason
            # a WARC record that is no page (request, redirect, image) is passed over


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init_worker(replace: dict[str, str], encode: Encode | None) -> None:
    """In a worker: end with the parent, leave Ctrl-C to it, and have a pipeline."""
    global _pipeline, _encode
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: the kernel ends us with our parent
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown must do
        pass
    _encode = encode
    if _pipeline is None:  # a spawned (not forked) worker builds its own
        from ..pipeline import Pipeline

        _pipeline = Pipeline(replace=replace)


def _new_pool(jobs: int) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_init_worker,
                               initargs=(_replace, _encode))


def _warm() -> None:
    """After the first page: ingest's warm-up samples, cheap once that page has loaded the common
    data, load what a run of many pages soon needs in every worker — lingua's models (0.3 s of CPU
    at the first short or mixed paragraph), the other language's word lists and trafilatura's justext
    stop list (0.2–0.3 s at the first page its own extractor finds little on, ``extract/fallback.py``)
    — once, shared, instead of once per worker. HanTa and simplemma are not preloaded: the word memo answers for
    them on most runs, and a worker that needs one loads it itself."""
    import contextlib
    import tomllib

    from ..ingest.warm import SAMPLES

    with contextlib.suppress(Exception):
        for text in tomllib.loads(SAMPLES.read_text(encoding="utf-8"))["texts"].values():
            with contextlib.suppress(Exception):
                _pipeline.analyze_text(text, name="<warm-up>")
    _preload_justext()


def _preload_justext() -> None:
    """trafilatura's justext stop list, from the user cache (``extract/fallback.py``); best effort."""
    import contextlib

    from ..extract.fallback import preload_justext

    with contextlib.suppress(Exception):
        preload_justext()


def _pooled(inputs: Iterator[RawInput | Result | str], jobs: int, debug: bool) -> Iterator[Result]:
    """Results from a pool of ``jobs`` workers. The first page is analysed here, before the pool
    forks: what it loads (trafilatura, the word lists, the gazetteer) the workers then share,
    and it is a page the run needed anyway, not a warm-up sample; ``_warm`` adds what the
    first page may not have needed."""
    for item in inputs:
        if isinstance(item, tuple):  # an input that failed to be read
            yield item
            continue
        yield analyse_one(item, debug)
        break
    _warm()
    freeze_loaded()
    yield from _through_pool(inputs, jobs, debug)


def _through_pool(inputs: Iterator[RawInput | Result | str], jobs: int, debug: bool) -> Iterator[Result]:
    from concurrent.futures import Future

    pool = _new_pool(jobs)
    window: deque[tuple[str, Future | Result]] = deque()
    try:
        for item in inputs:
            if isinstance(item, tuple):
                window.append((item[0], item))
            else:
                window.append((item if isinstance(item, str) else item.name, pool.submit(analyse_one, item, debug)))
            while len(window) > jobs * AHEAD:
                result, pool = _take(window, pool, jobs)
                yield result
        while window:
            result, pool = _take(window, pool, jobs)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(window: deque, pool: Any, jobs: int) -> tuple[Result, Any]:
    """The oldest result; a broken pool is replaced (the pages it held fail, the rest go on)."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

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
