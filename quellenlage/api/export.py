"""``GET /api/export``: the whole claim base, streamed in the formats of ``quellenlage export``.

The serialisation is :mod:`quellenlage.export`'s, so the CLI and the API export the
same bytes; here it is only cut into chunks for a streaming response, so an export
of 100,000 articles never sits in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse

from .. import export as ex

router = APIRouter(prefix="/api", tags=["read"])

MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "jsonld": "application/ld+json"}


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    jsonld = "jsonld"


def _batched(pieces: Iterator[str], size: int = 64 * 1024) -> Iterator[bytes]:
    buf: list[str] = []
    n = 0
    for p in pieces:
        buf.append(p)
        n += len(p)
        if n >= size:
            yield "".join(buf).encode("utf-8")
            buf, n = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")


def _jsonl(store: Any) -> Iterator[str]:
    for data in store.iter_articles():
        yield json.dumps(data, ensure_ascii=False) + "\n"


def _csv(store: Any) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ex.CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in store.iter_claims():
        writer.writerows(ex.csv_rows(claim))
        if out.tell() > 16 * 1024:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


@router.get("/export", summary="Export every article (jsonl) or every claim (csv, JSON-LD schema.org Claim)",
            response_class=StreamingResponse,
            responses={200: {"content": {m: {} for m in MEDIA.values()}}})
def export(request: Request, format: ExportFormat = Query(ExportFormat.jsonl)) -> StreamingResponse:
    store = request.app.state.store
    if format is ExportFormat.jsonl:
        pieces = _jsonl(store)
    elif format is ExportFormat.csv:
        pieces = _csv(store)
    else:
        pieces = ex.iter_jsonld(store.iter_claims())
    name = f"quellenlage.{'json' if format is ExportFormat.jsonld else format.value}"
    return StreamingResponse(_batched(pieces), media_type=MEDIA[format.value],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/vocab", summary="The JSON-LD context document of the ql: vocabulary used by the JSON-LD export",
            response_class=Response, responses={200: {"content": {"application/ld+json": {}}}})
def vocab() -> Response:
    return Response(ex.VOCAB_FILE.read_bytes(), media_type="application/ld+json")
