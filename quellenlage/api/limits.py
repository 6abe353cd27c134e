"""Request size limits, enforced before a body is read into memory.

A declared ``Content-Length`` over the limit is refused at once with 413, without
reading the body; a body sent without a length (chunked) is counted as it arrives
and refused as soon as it passes the limit. Query strings are bounded too, so a
pathological URL costs nothing.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 5 * 1024 * 1024  # 5 MB: a very long article page as HTML
MAX_QUERY = 8 * 1024


class TooLarge(Exception):
    pass


class SizeLimit:
    """ASGI middleware answering 413 (body) or 414 (query string) with the API's JSON error."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY, max_query: int = MAX_QUERY) -> None:
        self.app = app
        self.max_body = max_body
        self.max_query = max_query

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > self.max_query:
            await _refuse(send, 414, f"query string longer than {self.max_query} bytes")
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _refuse(send, 400, "Content-Length is not a number")
                return
            if declared > self.max_body:
                await _refuse(send, 413, self._too_large())
                return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking_send)
        except TooLarge:
            if not started:
                await _refuse(send, 413, self._too_large())

    def _too_large(self) -> str:
        return f"request body larger than {self.max_body // (1024 * 1024)} MB"


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                          (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
