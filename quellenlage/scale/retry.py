"""Riding out a database that goes away for a while (a restart, a failover, a network blip).

A worker that cannot reach PostgreSQL waits and tries again, with exponential backoff
(0.5 s, 1 s, 2 s … at most 15 s between tries) for up to ``patience`` seconds; only then
does its task fail, and Dask retries the task on some worker. Nothing is lost in between:
the batch being written is one transaction, so it is either stored whole or not at all,
and writing it again stores only what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ..store.db import transient

T = TypeVar("T")
FIRST_WAIT = 0.5
MAX_WAIT = 15.0


def with_retries(call: Callable[..., T], *args: Any, patience: float = 120.0,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 on_retry: Callable[[BaseException], None] | None = None) -> T:
    """``call(*args)``, tried again after transient database errors until ``patience`` seconds have passed.

    ``on_retry(error)`` is told of every error that is waited out (tasks count them).
    """
    deadline = clock() + patience
    wait = FIRST_WAIT
    while True:
        try:
            return call(*args)
        except Exception as exc:
            if not transient(exc) or clock() + wait > deadline:
                raise
            if on_retry is not None:
                on_retry(exc)
        sleep(wait)
        wait = min(wait * 2, MAX_WAIT)


class RetryingSink:
    """A sink (a store) whose every call waits out transient database errors, as :func:`with_retries` does."""

    def __init__(self, sink: Any, patience: float = 120.0,
                 on_retry: Callable[[BaseException], None] | None = None) -> None:
        self.sink = sink
        self.patience = patience
        self.on_retry = on_retry

    def _call(self, method: str, *args: Any) -> Any:
        return with_retries(getattr(self.sink, method), *args, patience=self.patience, on_retry=self.on_retry)

    def known_input_names(self, names: Iterable[str]) -> set[str]:
        return self._call("known_input_names", names)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        return self._call("known_urls", urls)

    def recorded_errors_of(self, names: Iterable[str]) -> set[tuple[str, str]]:
        return self._call("recorded_errors_of", names)

    def save_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> Any:
        return self._call("save_documents", docs, input_names)

    def replace_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> Any:
        return self._call("replace_documents", docs, input_names)

    def record_error(self, input_name: str, reason: str) -> None:
        self._call("record_error", input_name, reason)
