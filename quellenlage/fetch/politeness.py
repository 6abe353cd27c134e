"""Per-host politeness: one request at a time per host with a delay between, and ``robots.txt``.

:class:`HostGates` hands out one gate per host. A request to a host holds its gate and
starts no earlier than ``delay`` seconds after the previous request to that host ended;
requests to other hosts do not wait for it, so several hosts are fetched in parallel.

:class:`RobotsRules` reads each host's ``robots.txt`` once (through the same gate, as one
more polite request) and answers with protego, following RFC 9309: a missing file (4xx)
allows everything, an unreachable one (5xx, a network error) allows nothing until it can be
read. A ``Crawl-delay`` for our product token raises that host's delay.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from protego import Protego

from .urls import host_of


class HostGate:
    """One host's turn: a lock and the earliest time of its next request."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.lock = threading.Lock()
        self.next_at = 0.0

    @contextmanager
    def turn(self, sleep: Callable[[float], None] = time.sleep) -> Iterator[None]:
        with self.lock:
            wait = self.next_at - time.monotonic()
            if wait > 0:
                sleep(wait)
            try:
                yield
            finally:
                self.next_at = time.monotonic() + self.delay

    def hold_off(self, seconds: float) -> None:
        """Push the next request back (a 429's Retry-After counts for every request to the host)."""
        self.next_at = max(self.next_at, time.monotonic() + seconds)


class HostGates:
    """A gate per host, created on first use; thread-safe."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._gates: dict[str, HostGate] = {}
        self._lock = threading.Lock()

    def __call__(self, url: str) -> HostGate:
        host = host_of(url)
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = HostGate(self.delay)
            return gate


@dataclass
class RobotsFile:
    """What a host's robots.txt says, or that it could not be read (then nothing is allowed)."""

    parser: Protego | None
    unreachable: str | None = None  # the reason, when the file could not be read

    def allowed(self, url: str, token: str) -> bool:
        if self.unreachable is not None:
            return False
        return self.parser is None or self.parser.can_fetch(url, token)


RobotsGetter = Callable[[str], tuple[int | None, str, str | None]]  # url -> (status, text, error)


class RobotsRules:
    """robots.txt per host, read once through ``get`` and cached for the run."""

    def __init__(self, get: RobotsGetter, token: str, gates: HostGates, max_crawl_delay: float) -> None:
        self.get = get
        self.token = token
        self.gates = gates
        self.max_crawl_delay = max_crawl_delay
        self._files: dict[str, RobotsFile] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def file_for(self, url: str) -> RobotsFile:
        host = host_of(url)
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one reading per host, even when several threads ask at once
            if host not in self._files:
                self._files[host] = self._read(host)
            return self._files[host]

    def allowed(self, url: str) -> bool:
        return self.file_for(url).allowed(url, self.token)

    def _read(self, host: str) -> RobotsFile:
        status, text, error = self.get(f"{host}/robots.txt")
        if error is not None or status is None or status >= 500:
            return RobotsFile(None, unreachable=error or f"HTTP {status}")
        if status >= 400:
            return RobotsFile(None)  # no robots.txt: everything is allowed
        if status >= 300:  # redirects were followed by the getter; a 3xx here is a loop or too many
            return RobotsFile(None)
        parser = Protego.parse(text)
        delay = parser.crawl_delay(self.token)
        if delay:
            gate = self.gates(host)
            gate.delay = max(gate.delay, min(float(delay), self.max_crawl_delay))
        return RobotsFile(parser)
