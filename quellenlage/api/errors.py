"""Clear answers for everything that goes wrong: JSON for the API, a page for people.

Every error under ``/api`` (and ``/openapi.json``) is ``{"error": "...", "status": N}``;
every other path gets the HTML error page. A failure inside the server is logged
with its traceback on the server side and answered with one line — the traceback
never reaches the client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import one_line
from ..store import FilterError, StoreError
from ..web.pages import NotFound
from ..web.render import render

log = logging.getLogger("quellenlage.api")

HEADINGS = {400: "That request cannot be read", 401: "Sign-in needed", 403: "Not allowed",
            404: "Not found", 405: "Method not allowed", 413: "Too large", 422: "Invalid request",
            500: "Something went wrong", 503: "The database is not available"}


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json"


def error_response(request: Request, status: int, message: str, detail: list[dict] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_json(request):
        body: dict[str, Any] = {"error": message, "status": status}
        if detail:
            body["detail"] = detail
        return JSONResponse(body, status_code=status, headers=headers)
    html = render("error.html", request_path=request.url.path, q="", writes=False, status=status,
                  heading=HEADINGS.get(status, "Error"), message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


def _validation_detail(exc: RequestValidationError) -> list[dict]:
    """Where and what, without echoing the (possibly huge) input back."""
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()[:20]]


def _validation_message(detail: list[dict]) -> str:
    if not detail:
        return "invalid request"
    first = detail[0]
    where = ".".join(p for p in first["loc"] if p not in ("query", "path", "body")) or "request"
    return f"{where}: {first['msg']}"


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HEADINGS.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = _validation_detail(exc)
        status = 422 if wants_json(request) else 400
        return error_response(request, status, _validation_message(detail), detail)

    @app.exception_handler(FilterError)
    async def bad_filter(request: Request, exc: FilterError) -> Response:
        status = 422 if wants_json(request) else 400
        return error_response(request, status, str(exc), [{"loc": ["query", exc.name], "msg": exc.reason}])

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, f"There is no {exc.what} in this database.")

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 503, one_line(exc, default="database unavailable"))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error while answering %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal error; the server log has the details")
