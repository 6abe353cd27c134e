"""``GET /api/alerts``: the watch's alerts as JSON with the CLI's filters (since, story), paged; a date
that is none is a JSON 422. Run on SQLite and (with ``QUELLENLAGE_TEST_PG_URL``) on PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from quellenlage.watch.run import Watcher
from tests.store.conftest import store, store_url  # noqa: F401  (the fixtures, once per backend)
from tests.stories.story_set import reports
from tests.watch.test_alerts import harbour


@pytest.fixture
def served(store):  # noqa: F811
    r = reports()
    store.save_documents(r[:3])
    store.update_stories()
    watch = Watcher(store, [], 60, entities=["Kleinmünde"])
    store.save_documents([r[3], harbour()])
    store.update_stories()
    found = watch.raise_alerts()
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c, found


def test_alerts_are_listed_newest_first_in_the_cli_shape(served):
    c, found = served
    body = c.get("/api/alerts").json()
    assert body["total"] == len(found) == len(body["items"]) and body["offset"] == 0
    assert [a["id"] for a in body["items"]] == sorted((a.id for a in found), reverse=True)
    assert body["items"] == [a.to_dict() for a in sorted(found, key=lambda a: -a.id)]  # as `alerts --json`
    assert {"disagreement", "denial", "entity"} <= {a["kind"] for a in body["items"]}


def test_alerts_filter_by_story_and_time_and_page(served):
    c, found = served
    harbour_story = next(a.story for a in found if a.kind == "entity")
    key = next(a.story_key for a in found if a.kind == "entity")
    for story in (harbour_story, key):
        assert [a["kind"] for a in c.get(f"/api/alerts?story={story}").json()["items"]] == ["entity"]
    assert c.get("/api/alerts?story=424242").json() == {"items": [], "total": 0, "limit": 100, "offset": 0}
    assert c.get("/api/alerts?since=2999-01-01").json()["total"] == 0
    assert c.get("/api/alerts?since=2000-01-01T08:00Z").json()["total"] == len(found)
    second = c.get("/api/alerts?limit=1&offset=1").json()
    assert second["total"] == len(found) and [a["id"] for a in second["items"]] == [sorted(a.id for a in found)[-2]]


@pytest.mark.parametrize("query", ["since=gestern", "since=2026-13-01", "limit=0", "offset=-1", "story=" + "9" * 200])
def test_bad_values_are_json_422(served, query):
    c, _ = served
    answer = c.get(f"/api/alerts?{query}")
    assert answer.status_code == 422 and answer.json()["status"] == 422
    assert "Traceback" not in answer.text


def test_the_endpoint_is_in_the_schema_and_the_reference(served):
    c, _ = served
    assert "/api/alerts" in c.get("/openapi.json").json()["paths"]
    assert "/api/alerts" in c.get("/docs").text
