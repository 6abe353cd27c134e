"""The watch loop: read feeds and sitemaps on a schedule, ingest what is new, update stories, raise alerts.

One **cycle** is: every watched URL fetched politely and conditionally (ETag,
Last-Modified from the store: an unchanged feed costs one 304), the links not stored yet
fetched and ingested by the ingest engine (batches, errors table), the stories updated,
and the alert rules (:mod:`.alerts`) run over the articles stored since the last look.
New alerts are stored once each, handed to ``on_alert`` and queued for the webhook.

Everything a restart needs is in the store: the fetch state per URL (what was read
when, with which validators) and the last article looked at for alerts. A restart waits
for the rest of the interval when the feeds were read less than ``every`` ago.

:meth:`Watcher.stop` (the CLI calls it on SIGTERM and Ctrl-C) lets the current cycle
finish its batch — no new request, the pages fetched are analysed and stored, stories and
alerts brought up to date — and ends the loop.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..fetch import FetchConfig, Fetcher
from ..fetch.into_store import store_source
from ..store.watch import Alert, FetchStates
from .alerts import rules

DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?", re.I)
UNIT = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """``15m``, ``1h30m``, ``90s``, ``2h`` or a number of seconds -> seconds; ValueError otherwise."""
    text = text.strip()
    pos, total = 0, 0.0
    for m in DURATION.finditer(text):
        if m.start() != pos and text[pos:m.start()].strip():
            raise ValueError(f"not a duration: {text!r} (write 15m, 1h, 90s)")
        total += float(m.group(1)) * UNIT[(m.group(2) or "s").lower()]
        pos = m.end()
    if not text or text[pos:].strip() or total <= 0:
        raise ValueError(f"not a duration: {text!r} (write 15m, 1h, 90s)")
    return total


@dataclass
class Cycle:
    """What one cycle did."""

    added: int = 0
    known: int = 0
    failed: int = 0
    listings: int = 0
    unchanged: int = 0
    alerts: list[Alert] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


class Watcher:
    """Watches ``urls`` (feeds, sitemaps) into ``store``."""

    def __init__(self, store: Any, urls: Iterable[str], every: float, config: FetchConfig | None = None,
                 entities: Iterable[str] = (), jobs: int = 1, replace: Mapping[str, str] | None = None,
                 warc: Any = None, on_alert: Callable[[Alert], None] | None = None,
                 on_failure: Callable[[str, str], None] | None = None) -> None:
        self.store = store
        self.urls = list(dict.fromkeys(urls))
        self.every = every
        self.config = config or FetchConfig()
        self.entities = [e for e in entities if e.strip()]
        self.jobs, self.replace, self.warc = jobs, dict(replace or {}), warc
        self.on_alert = on_alert or (lambda _a: None)
        self.on_failure = on_failure or (lambda _n, _r: None)
        self._stop = False  # a plain flag: set from a signal handler, which must take no lock
        self.states = FetchStates(store)
        self._fetcher: Fetcher | None = None
        store.start_alerts()  # the first watch of a store alerts only on articles stored from now on

    @property
    def stopped(self) -> bool:
        return self._stop

    def stop(self) -> None:
        """End the loop after the current batch; safe to call from a signal handler."""
        self._stop = True
        if self._fetcher is not None:
            self._fetcher.stop()

    def run(self, cycles: int | None = None, on_cycle: Callable[[Cycle], None] | None = None) -> int:
        """Cycles until stopped (or ``cycles`` of them); the number of cycles run."""
        done = 0
        self._wait(self.due_in())
        while not self._stop:
            started = time.monotonic()
            result = self.cycle()
            done += 1
            if on_cycle:
                on_cycle(result)
            if cycles is not None and done >= cycles:
                break
            self._wait(self.every - (time.monotonic() - started))
        return done

    def due_in(self) -> float:
        """Seconds until the next cycle is due, by when the watched URLs were last read (0: now)."""
        read = self.states.read_at(self.urls)
        if len(read) < len(self.urls):
            return 0.0
        now = datetime.now(UTC).replace(tzinfo=None)
        return max(0.0, self.every - (now - min(read.values())).total_seconds())

    def cycle(self) -> Cycle:
        from ..ingest.run import Runner

        started = time.monotonic()
        result = Cycle()
        with Fetcher(self.config, warc=self.warc) as fetcher:
            self._fetcher = fetcher
            if self._stop:
                fetcher.stop()
            source = store_source(self.store, fetcher, listings_only=True)
            runner = Runner(self.store, jobs=self.jobs, replace=self.replace, on_failure=self.on_failure)
            try:
                summary = runner.run_items(source.items(self.urls))  # the engine counts known pages
            finally:
                self._fetcher = None
        result.added, result.known, result.failed = summary.added, summary.known, summary.failed
        result.failures = list(summary.failures)
        result.listings, result.unchanged = source.listings_read, source.not_modified
        self.store.update_stories()
        result.alerts = self.raise_alerts()
        for alert in result.alerts:
            self.on_alert(alert)
        result.seconds = time.monotonic() - started
        return result

    def raise_alerts(self) -> list[Alert]:
        """Run the alert rules over the articles and pages stored since the last look; store and return the
        new alerts."""
        return self.store.find_alerts(rules(self.entities))

    def _wait(self, seconds: float) -> None:
        """Sleep in short steps, so that a stop (a signal) ends the wait within a fraction of a second."""
        end = time.monotonic() + seconds
        while not self._stop and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.2))
