"""``GET /api/alerts``: the alerts ``watch`` recorded, as JSON — the filters of ``quellenlage alerts``
(``--since``, ``--story``), one page at a time, newest first. The alert's shape is the store's
:class:`~quellenlage.store.watch.Alert` (the CLI's ``--json``, the Atom feeds and the webhook post
the same fields)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request

from ..store.watch import Alert
from .models import ErrorBody, Paged, model_of
from .routes import Offset, answer, paged

router = APIRouter(prefix="/api", tags=["read"], responses={422: {"model": ErrorBody}})

AlertOut = model_of(Alert, "AlertOut")


@router.get("/alerts", response_model=Paged[AlertOut], summary="Alerts of the watch, newest first")
def list_alerts(request: Request,
                since: str | None = Query(None, max_length=40, description="Recorded from this date or time on "
                                          "(2026-12-01, 2026-12-01T08:00, UTC unless an offset is given)."),
                story: str | None = Query(None, max_length=128, description="Only this story's alerts (id or key); "
                                          "an unknown story has none."),
                limit: int = Query(100, ge=1, le=1000, description="Items per page (1–1000)."),
                offset: int = Offset) -> Any:
    page = request.app.state.store.alert_page(since=since or None, story=story or None, limit=limit, offset=offset)
    return answer(paged(page))
