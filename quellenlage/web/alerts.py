"""Alerts on the web: Atom feeds of all alerts and of one story's (``/alerts.atom``,
``/stories/{id}/alerts.atom``), rendered from the store's alerts with a Jinja template
(autoescaped: titles and details are text from articles)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from .render import render

router = APIRouter(include_in_schema=False)

FEED_SIZE = 50
ATOM = "application/atom+xml; charset=utf-8"
KIND_WORDS = {
    "disagreement": "A new disagreement in the story",
    "revision": "A source revised its own figure",
    "denial": "A denial of a claim already reported",
    "new_outlet": "A claim carried by a new outlet",
    "entity": "A new story mentioning a watched entity",
}


def _feed(request: Request, alerts: list[Any], title: str, feed_id: str, page_path: str) -> Response:
    updated = alerts[0].created if alerts else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    base = str(request.base_url)
    xml = render("alerts.xml", alerts=alerts, title=title, feed_id=feed_id, updated=updated,
                 self_url=str(request.url), page_url=base + page_path.lstrip("/"), base_url=base,
                 kind_words=KIND_WORDS)
    return Response(xml, media_type=ATOM)


@router.get("/alerts.atom")
def all_alerts(request: Request) -> Response:
    alerts = request.app.state.store.alerts(limit=FEED_SIZE)
    return _feed(request, alerts, "Quellenlage alerts", "tag:quellenlage,2026:alerts", "/stories")


@router.get("/stories/{story_id}/alerts.atom")
def story_alerts(request: Request, story_id: str = Path(..., max_length=200)) -> Response:
    from .pages import NotFound

    store = request.app.state.store
    detail = store.story(story_id)
    if detail is None:
        raise NotFound(f"story {story_id}")
    alerts = store.alerts(story=detail.story.id, limit=FEED_SIZE)
    return _feed(request, alerts, f"Alerts: {detail.story.title or 'story ' + str(detail.story.id)}",
                 f"tag:quellenlage,2026:story:{detail.story.id}:alerts", f"/stories/{detail.story.id}")
