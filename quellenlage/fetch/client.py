"""Fetch one URL politely: robots.txt, per-host turns, retries, size and redirect limits.

:meth:`Fetcher.fetch` never raises for anything the network or the server does; it returns
a :class:`Fetched` whose ``error`` is one line (``HTTP 404 Not Found``, ``timed out``,
``redirect loop: …``, ``disallowed by robots.txt``, ``too large …``). Redirects are
followed by hand, hop by hop, so each hop is checked against ``robots.txt``, takes its
host's turn, and a loop is caught by the URLs already seen. Bodies are streamed and cut
off at ``max_bytes`` and ``max_seconds``, so an endless response costs a bounded amount.
Every response (redirects and errors too) can be written to a WARC file as it arrives.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

from .config import ROBOTS_TOKEN, FetchConfig
from .politeness import HostGates, RobotsRules
from .urls import BadURL, check_url, resolve

RETRY_STATUS = {429, 500, 502, 503, 504}
REDIRECT_STATUS = {301, 302, 303, 307, 308}


@dataclass
class Fetched:
    """What one fetch gave: the final response, or the one-line reason it gave nothing usable."""

    url: str  # as asked
    final_url: str = ""
    status: int | None = None
    reason: str = ""
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""
    error: str | None = None
    retry: bool = False  # the error may go away by itself (429, 5xx, timeout)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None

    @property
    def validators(self) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) to send back next time."""
        return self.headers.get("etag"), self.headers.get("last-modified")


class Fetcher:
    """A polite HTTP client for many hosts at once; thread-safe; use as a context manager."""

    def __init__(self, config: FetchConfig | None = None, warc=None, transport: httpx.BaseTransport | None = None
                 ) -> None:
        self.config = config or FetchConfig()
        self.warc = warc  # a WarcOut, or None
        c = self.config
        timeout = httpx.Timeout(c.read_timeout, connect=c.connect_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport, trust_env=False,
                                   headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate"})
        self.gates = HostGates(c.delay)
        self.robots = RobotsRules(self._robots_text, ROBOTS_TOKEN, self.gates, c.max_crawl_delay)
        self.stopping = threading.Event()
        self.requests = 0

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def stop(self) -> None:
        """No new request after this; a waiting one gives up (``stopped``)."""
        self.stopping.set()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` (conditionally, when validators are given), following redirects."""
        return self._fetch(url, etag, last_modified, check_robots=self.config.obey_robots)

    def _fetch(self, url: str, etag: str | None, last_modified: str | None, check_robots: bool) -> Fetched:
        try:
            current = check_url(url)
        except BadURL as exc:
            return Fetched(url, error=exc.reason)
        seen = [current]
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self.config.max_redirects + 1):
            if check_robots:
                robots = self.robots.file_for(current)
                if robots.unreachable is not None and robots.unreachable.startswith("cannot connect"):
                    return Fetched(url, current, error=robots.unreachable)  # the host, not its robots.txt
                if robots.unreachable is not None:
                    return Fetched(url, current, error=f"robots.txt cannot be read ({robots.unreachable}); not fetched")
                if not robots.allowed(current, ROBOTS_TOKEN):
                    return Fetched(url, current, error="disallowed by robots.txt; not fetched")
            got = self._attempts(url, current, headers)
            if got.error or got.status not in REDIRECT_STATUS:
                return got
            location = got.headers.get("location")
            if not location:
                return _failed(got, f"HTTP {got.status} redirect without a Location")
            try:
                target = check_url(resolve(current, location))
            except BadURL as exc:
                return _failed(got, f"redirect to a refused URL: {exc.reason}")
            if target in seen:
                return _failed(got, "redirect loop: " + " → ".join([*seen[seen.index(target):], target]))
            seen.append(target)
            current = target
        return Fetched(url, current, error=f"more than {self.config.max_redirects} redirects")

    def _attempts(self, url: str, current: str, headers: dict[str, str]) -> Fetched:
        """One request, retried on 429, 5xx and timeouts with backoff (Retry-After first)."""
        c = self.config
        gate = self.gates(current)
        got = Fetched(url, current, error="not fetched")
        for attempt in range(c.retries + 1):
            if self.stopping.is_set():
                return Fetched(url, current, error="stopped before it was fetched")
            with gate.turn(self._sleep):
                if self.stopping.is_set():
                    return Fetched(url, current, error="stopped before it was fetched")
                got = self._once(url, current, headers)
            if not got.retry:
                return got
            if attempt == c.retries:
                break
            wait = retry_after(got.headers.get("retry-after")) if got.status is not None else None
            if wait is None:
                wait = c.backoff * (2 ** attempt)
            if wait > c.max_wait:
                return _failed(got, f"{got.error} (asked to wait {wait:.0f} s, more than {c.max_wait:.0f} s)")
            gate.hold_off(wait)
        attempts = c.retries + 1
        return _failed(got, f"{got.error} (after {attempts} attempt{'s' if attempts > 1 else ''})")

    def _once(self, url: str, current: str, headers: dict[str, str]) -> Fetched:
        c = self.config
        self.requests += 1
        try:
            with self.client.stream("GET", current, headers=headers) as resp:
                got = Fetched(url, current, resp.status_code, resp.reason_phrase, resp.headers)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > c.max_bytes:
                    return _failed(got, too_large(int(declared), c.max_bytes))
                body = bytearray()
                deadline = time.monotonic() + c.max_seconds
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > c.max_bytes:
                        return _failed(got, too_large(None, c.max_bytes))
                    if time.monotonic() > deadline:
                        return _failed(got, f"the response took longer than {c.max_seconds:g} s")
                got.body = bytes(body)
        except httpx.TimeoutException as exc:
            return Fetched(url, current, error=f"timed out ({type(exc).__name__})", retry=True)
        except httpx.ConnectError as exc:
            return Fetched(url, current, error=f"cannot connect: {_line(exc)}")
        except httpx.HTTPError as exc:
            return Fetched(url, current, error=f"{type(exc).__name__}: {_line(exc)}", retry=True)
        if self.warc is not None:
            self.warc.write(got)
        if got.status in RETRY_STATUS:
            got.error, got.retry = f"HTTP {got.status} {got.reason}".strip(), True
        elif got.status >= 400:
            got.error = f"HTTP {got.status} {got.reason}".strip()
        return got

    def _sleep(self, seconds: float) -> None:
        self.stopping.wait(seconds)

    def _robots_text(self, url: str) -> tuple[int | None, str, str | None]:
        got = self._fetch(url, None, None, check_robots=False)
        if got.status is None:
            return None, "", got.error
        return got.status, got.body.decode("utf-8", "replace"), None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def too_large(size: int | None, limit: int) -> str:
    said = f"{size / 1e6:.1f} MB" if size is not None else "over the limit"
    return f"too large ({said}; the limit is {limit / 1e6:.0f} MB)"


def _failed(got: Fetched, error: str) -> Fetched:
    got.error, got.retry = error, False
    return got


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
