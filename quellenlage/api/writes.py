"""The write endpoints: analyse and store an article, delete one. Both need the token.

``POST /api/articles`` takes the article in whichever form is at hand:

- JSON ``{"html": "<html>…"}`` or ``{"text": "…"}`` (optionally ``"url"``);
- a raw body with ``Content-Type: text/html`` or ``text/plain``;
- a multipart upload with a ``file`` field (``.html``/``.htm`` read as HTML).

The text runs through the same pipeline as ``quellenlage analyze`` and is stored like
``quellenlage ingest`` stores it: the same text twice is stored once, and a new article
is placed into a story (``Store.update_stories``) before the answer is sent.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..document import RawInput
from ..errors import one_line
from .auth import require_token
from .models import Deleted, ErrorBody, Stored

router = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(require_token)],
                   responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody}})

_pipeline_lock = threading.Lock()
_pipeline: Any = None

BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {
                "type": "object",
                "properties": {"html": {"type": "string"}, "text": {"type": "string"},
                               "url": {"type": "string", "maxLength": 2048}},
                "description": "Exactly one of html or text."}},
            "text/html": {"schema": {"type": "string"}},
            "text/plain": {"schema": {"type": "string"}},
            "multipart/form-data": {"schema": {"type": "object",
                                               "properties": {"file": {"type": "string", "format": "binary"}}}},
        },
    }
}


def analyse(raw: RawInput) -> Any:
    """Run the pipeline (built once, on first use; stages are not assumed to be thread-safe)."""
    global _pipeline
    with _pipeline_lock:
        if _pipeline is None:
            from ..pipeline import Pipeline

            _pipeline = Pipeline()
        return _pipeline(raw)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise HTTPException(400, "the body is not text in any encoding I recognise") from None
        return str(best)


async def read_input(request: Request) -> RawInput:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise HTTPException(400, "multipart upload needs a 'file' field")
        name = upload.filename or "upload"
        content = _decode(await upload.read())
        kind = "html" if name.lower().endswith((".html", ".htm")) or content.lstrip()[:1] == "<" else "text"
        return RawInput(name=f"upload:{name}", content=content, kind=kind)
    body = await request.body()
    if not body.strip():
        raise HTTPException(400, "empty body: send JSON {\"html\": …} or {\"text\": …}, or the page itself")
    if ctype in ("application/json", ""):
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise HTTPException(400, "the body is not valid JSON") from None
        except RecursionError:  # json nests by recursion: 100,000 open brackets exhaust the stack
            raise HTTPException(400, "the JSON body is nested too deeply (send {\"html\": …} or "
                                     "{\"text\": …})") from None
        if not isinstance(data, dict):
            raise HTTPException(400, "the JSON body must be an object with 'html' or 'text'")
        html, text, url = data.get("html"), data.get("text"), data.get("url")
        if (html is None) == (text is None) or not isinstance(html or text, str):
            raise HTTPException(422, "give exactly one of 'html' or 'text', as a string")
        if url is not None and (not isinstance(url, str) or len(url) > 2048):
            raise HTTPException(422, "'url' must be a string of at most 2048 characters")
        return RawInput(name=url or "api", content=html if html is not None else text,
                        kind="html" if html is not None else "text", url=url)
    if ctype in ("text/html", "application/xhtml+xml"):
        return RawInput(name="api", content=_decode(body), kind="html")
    if ctype == "text/plain":
        return RawInput(name="api", content=_decode(body), kind="text")
    raise HTTPException(415, f"cannot read {ctype!r}: send JSON, text/html, text/plain or a multipart file")


@router.post("/articles", response_model=Stored, status_code=201, openapi_extra=BODY_DOC,
             summary="Analyse an article and store it (token needed)",
             responses={200: {"model": Stored, "description": "Already stored"}, 400: {"model": ErrorBody}})
async def post_article(request: Request) -> Any:
    raw = await read_input(request)
    try:
        doc = await run_in_threadpool(analyse, raw)
    except Exception as exc:  # the input is at fault far more often than the pipeline
        raise HTTPException(422, f"cannot analyse this input: {one_line(exc)}") from None
    if not doc.article.text.strip():
        raise HTTPException(422, "no article text found in the input")
    store = request.app.state.store
    result = await run_in_threadpool(store.save_documents, [doc])
    if result.added and hasattr(store, "update_stories"):
        await run_in_threadpool(store.update_stories)  # place it into a story now, as ingest does
    body = Stored(id=doc.article.id, added=bool(result.added), url=f"/api/articles/{doc.article.id}",
                  claims=len(doc.claims))
    return JSONResponse(body.model_dump(), status_code=201 if result.added else 200)


@router.delete("/articles/{article_id}", response_model=Deleted, summary="Delete a stored article (token needed)",
               responses={404: {"model": ErrorBody}})
def remove_article(request: Request, article_id: str = Path(..., max_length=128)) -> Any:
    if not request.app.state.store.delete_article(article_id):
        raise HTTPException(404, f"no article {article_id!r}")
    return {"id": article_id, "deleted": True}
