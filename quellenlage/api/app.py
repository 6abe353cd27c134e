"""The web application: REST API under ``/api``, pages everywhere else, one FastAPI app.

>>> app = create_app("sqlite:///claims.db", token="s3cret")    # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)               # doctest: +SKIP

Read-only unless a token is given; see :mod:`.auth`. The store is opened (and
migrated) once, when the app is created, so a bad database URL fails at start-up
with the store's one-line reason rather than on the first request.
"""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..web import alerts as web_alerts
from ..web import pages
from ..web.render import STATIC
from . import alerts, docs, errors, export, routes, writes
from .cache import CHECK_EVERY, DEFAULT_MAX_BYTES, AnswerCache, ResponseCache
from .limits import MAX_BODY, SizeLimit

TOKEN_ENV = "QUELLENLAGE_TOKEN"

DESCRIPTION = ("Who claims what in the news, how sure they are, with which figures, and where the sources "
               "disagree. Read endpoints are open; writes need the server's token.")


CSP = (b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: no sniffing, no framing, no referrer; pages may run only the shipped script.

    Plain ASGI rather than ``@app.middleware("http")``, which costs a task and a stream per request.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY")]
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html"):
                    extra.append((b"content-security-policy", CSP))
                headers.extend((k, v) for k, v in extra if k not in names)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class CachedStatic(StaticFiles):
    """Shipped CSS/JS/SVG with a cache lifetime, so page loads after the first fetch only HTML."""

    async def get_response(self, path: str, scope: Any) -> Any:
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["Cache-Control"] = "public, max-age=3600"
        return response


DEFAULT_THREADS = 4


def lifespan(threads: int | None, freeze_heap: bool = False) -> Any:
    """Lifespan that lets at most ``threads`` endpoint calls run at once, and freezes the start-up heap.

    Endpoints are synchronous (the store is), so Starlette runs each in a worker thread,
    by default up to 40 at a time. Under twenty concurrent readers those threads take
    turns at the GIL every few milliseconds, and every answer waits for all of them
    (``benchmarks/serve.py``: article p95 48 ms with 40 threads, 17 ms with 4, at the same
    throughput). A few threads still overlap the time SQLite or PostgreSQL spends
    outside the GIL.

    ``freeze_heap`` (for a serving process, not for tests that build many apps): the ~100,000
    objects of the imported libraries are moved out of the garbage collector's sight once
    started (``gc.freeze()``). Otherwise every full collection walks them all, a 30 ms
    pause every second or so under load that every request in flight waited through (the
    tail of every p95 in ``benchmarks/serve.py``); a frozen full collection takes 0.4 ms.
    """

    @asynccontextmanager
    async def run(_app: FastAPI) -> AsyncIterator[None]:
        if threads:
            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        if freeze_heap:
            gc.collect()
            gc.freeze()
        yield

    return run


def create_app(store_url: str | None = None, token: str | None = None, store: Any = None,
               max_body: int = MAX_BODY, cache_bytes: int = DEFAULT_MAX_BYTES,
               threads: int | None = DEFAULT_THREADS, cache_check_every: float = CHECK_EVERY,
               freeze_heap: bool = False) -> FastAPI:
    """The app for the store at ``store_url`` (or an open ``store``); writes allowed only with ``token``.

    ``token=None`` falls back to ``QUELLENLAGE_TOKEN``; an empty token means read-only.
    ``cache_bytes`` bounds the in-memory answer cache (0: none), which reads the store's
    generation at most every ``cache_check_every`` seconds (see :mod:`.cache`);
    ``threads`` bounds the threads that run the (synchronous) endpoints (None: anyio's 40);
    ``freeze_heap`` is for a serving process (see :func:`lifespan`).
    """
    if store is None:
        from ..store import open_store

        store = open_store(store_url)
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    app = FastAPI(title="Quellenlage", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan(threads, freeze_heap))
    app.state.store = store
    app.state.token = token or None
    errors.install(app)
    app.state.cache = AnswerCache(store, max_bytes=cache_bytes, check_every=cache_check_every)
    app.add_middleware(ResponseCache, cache=app.state.cache)
    app.add_middleware(SizeLimit, max_body=max_body)

    app.add_middleware(SecurityHeaders)
    app.include_router(routes.router)
    app.include_router(alerts.router)
    app.include_router(export.router)
    app.include_router(writes.router)
    app.include_router(docs.router)
    app.mount("/static", CachedStatic(directory=str(STATIC)), name="static")
    app.include_router(web_alerts.router)
    app.include_router(pages.router)
    return app
