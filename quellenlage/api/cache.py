"""Answers to reads, kept in memory until the store changes.

Why: a story page is assembled from nine queries, a search ranks up to a thousand FTS
matches; under twenty concurrent readers that work, repeated for the same popular
story, is what made the server queue (``benchmarks/serve.py``). What a read returns
changes only when the store does, and the store says when: its *generation*
(:mod:`quellenlage.store.generation`) rises with every committed write, from this server
(POST/DELETE), another process or another machine. So a successful ``GET`` answer is
kept under its path and query string and served again while the generation is the
same; the first request after a change empties the cache.

The generation is read at most every ``check_every`` seconds (default 0.5), in a
thread, by one request at a time; after a successful write through this server the
next read checks it at once. So a change made elsewhere is visible within that interval, never later.

Kept: ``200`` answers to ``GET`` of pages and ``/api`` reads, up to ``max_entry`` bytes
each and ``max_bytes`` in all (least recently used out first). Not kept: exports
(streamed, large), static files (the browser caches them), documentation, errors,
anything that sets a cookie or says ``no-store``. Each answer says ``x-cache: hit`` or
``miss``, so a benchmark or an operator can see the hit rate.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any

import anyio.to_thread

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 1024 * 1024
CHECK_EVERY = 0.5  # seconds between reads of the store's generation
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NOT_CACHED = ("/api/export", "/static/", "/docs", "/openapi.json")

Entry = tuple[int, list[tuple[bytes, bytes]], bytes]


class AnswerCache:
    """The kept answers of one server process, and the store generation they belong to."""

    def __init__(self, store: Any, max_bytes: int = DEFAULT_MAX_BYTES, max_entry: int = MAX_ENTRY,
                 check_every: float = CHECK_EVERY) -> None:
        self.store = store
        self.max_bytes = max_bytes
        self.max_entry = min(max_entry, max_bytes)
        self.check_every = check_every
        self.entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self.size = 0
        self.generation: int | None = None
        self.checked_at = float("-inf")
        self.checking = False

    def after_write(self, send: Any) -> Any:
        """``send`` that makes the next read check the generation once a write succeeded."""

        async def watching(message: Any) -> None:
            if message["type"] == "http.response.start" and message["status"] < 400:
                self.checked_at = float("-inf")
            await send(message)

        return watching

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0

    def get(self, key: tuple[str, bytes]) -> Entry | None:
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    async def check_generation(self) -> None:
        """Empty the cache when the store's generation moved; at most every ``check_every`` s, one reader at a time."""
        now = time.monotonic()
        if self.checking or now - self.checked_at < self.check_every:
            return
        self.checking = True
        try:
            current = await anyio.to_thread.run_sync(self.store.generation)
        except Exception:  # the database is away: serve nothing from memory, let the request report it
            self.clear()
            self.generation = None
            return
        finally:
            self.checking = False
        self.checked_at = time.monotonic()
        if current != self.generation:
            self.clear()
            self.generation = current

    def put(self, key: tuple[str, bytes], entry: Entry) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old[2])
        self.entries[key] = entry
        self.size += len(entry[2])
        while self.size > self.max_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped[2])


class ResponseCache:
    """ASGI middleware: repeat ``GET`` answers from an :class:`AnswerCache` while the store's generation stands."""

    def __init__(self, app: Any, cache: AnswerCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        cache = self.cache
        if scope["type"] != "http" or not cache.max_bytes:
            await self.app(scope, receive, send)
            return
        if scope["method"] in WRITES:
            await self.app(scope, receive, cache.after_write(send))
            return
        path = scope["path"]
        if scope["method"] != "GET" or path.startswith(NOT_CACHED):
            await self.app(scope, receive, send)
            return
        await cache.check_generation()
        key = (path, scope.get("query_string", b""))
        entry = cache.get(key)
        if entry is not None:
            await self._replay(entry, send)
            return
        await self._record(key, scope, receive, send)

    async def _replay(self, entry: Entry, send: Any) -> None:
        status, headers, body = entry
        await send({"type": "http.response.start", "status": status, "headers": [*headers, (b"x-cache", b"hit")]})
        await send({"type": "http.response.body", "body": body})

    async def _record(self, key: tuple[str, bytes], scope: Any, receive: Any, send: Any) -> None:
        cache = self.cache
        generation = cache.generation
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        keep = True
        size = 0

        async def capture(message: Any) -> None:
            nonlocal keep, size
            if message["type"] == "http.response.start":
                start.update(message)
                headers = list(message.get("headers") or [])
                keep = message["status"] == 200 and _cacheable(headers)
                message = {**message, "headers": [*headers, (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                size += len(message.get("body", b""))
                keep = size <= cache.max_entry
                if keep:
                    chunks.append(message.get("body", b""))
                else:
                    chunks.clear()
                if keep and not message.get("more_body", False) and generation == cache.generation \
                        and generation is not None:
                    cache.put(key, (start["status"], list(start.get("headers") or []), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)


def _cacheable(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        name = name.lower()
        if name == b"set-cookie" or (name == b"cache-control" and (b"no-store" in value or b"private" in value)):
            return False
    return True
