"""The answer cache: repeated reads come from memory, and never outlive a change of the store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from quellenlage.store import open_store
from tests.web import fixtures

TOKEN = "cache-token-9e2"
TEXT = ("Die Hafenbehörde sagte, der Kran sei 12 Meter hoch.\n"
        "Der Betreiber teilte mit, der Kran werde im Mai abgebaut.")


@pytest.fixture
def served(tmp_path):
    """A writable server on the oil-spill story; the generation is checked on every read."""
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    ids = fixtures.build(store)
    app = create_app(store=store, token=TOKEN, cache_check_every=0)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, store, ids
    store.close()


def save_elsewhere(db) -> None:
    """One more article, stored by a second store on the same file: an ingest in another process."""
    other = open_store(f"sqlite:///{db}")
    try:
        other.save_documents([fixtures.make_doc(TEXT, "Hafenblatt", "2024-05-02", "Der Kran")])
    finally:
        other.close()


def auth():
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("path", ["/api/articles", "/api/stories", "/api/search?q=Tonnen", "/stories", "/"])
def test_the_second_read_is_served_from_memory_unchanged(served, path):
    client, _, _ = served
    first, second = client.get(path), client.get(path)
    assert first.status_code == 200
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second.headers["content-type"] == first.headers["content-type"]


def test_pages_from_memory_keep_their_security_headers(served):
    client, _, ids = served
    client.get(f"/stories/{ids['story']}")
    hit = client.get(f"/stories/{ids['story']}")
    assert hit.headers["x-cache"] == "hit"
    assert "script-src 'self'" in hit.headers["content-security-policy"]
    assert hit.headers["x-frame-options"] == "DENY"


def test_a_write_through_the_api_is_seen_by_the_next_read(served):
    client, _, _ = served
    before = client.get("/api/articles").json()["total"]
    client.get("/api/articles")
    assert client.post("/api/articles", json={"text": TEXT}, headers=auth()).status_code == 201
    after = client.get("/api/articles")
    assert after.headers["x-cache"] == "miss" and after.json()["total"] == before + 1


def test_a_write_by_another_process_is_seen(served, tmp_path):
    """An ingest elsewhere (here: a second store on the same file) changes what the server answers."""
    client, _, _ = served
    assert client.get("/api/search?q=Hafenbehörde").json()["total"] == 0
    assert client.get("/api/search?q=Hafenbehörde").headers["x-cache"] == "hit"
    save_elsewhere(tmp_path / "c.db")
    fresh = client.get("/api/search?q=Hafenbehörde")
    assert fresh.headers["x-cache"] == "miss" and fresh.json()["total"] == 1


def test_a_refused_write_does_not_empty_the_cache(served):
    client, _, _ = served
    client.get("/api/stories")
    assert client.post("/api/articles", json={"text": TEXT}, headers={"Authorization": "Bearer no"}).status_code \
        in (401, 403)
    assert client.get("/api/stories").headers["x-cache"] == "hit"


def test_errors_exports_and_static_files_are_not_kept(served):
    client, _, _ = served
    for _ in range(2):
        missing = client.get("/api/stories/999999")
        assert missing.status_code == 404 and missing.headers["x-cache"] == "miss"
    for path in ("/api/export?format=jsonl", "/static/style.css", "/openapi.json"):
        assert "x-cache" not in client.get(path).headers, path


def test_memory_stays_within_its_bound(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'b.db'}")
    fixtures.build(store)
    app = create_app(store=store, token="", cache_bytes=20_000)
    try:
        with TestClient(app) as client:
            sizes = [len(client.get(f"/api/articles?limit={n}").content) for n in range(1, 30)]
            cache = app.state.cache
            assert cache.size <= 20_000 < sum(sizes)
            assert cache.size == sum(len(body) for _, _, body in cache.entries.values())
            assert client.get("/api/articles?limit=29").headers["x-cache"] == "hit"  # the newest is kept
            assert client.get("/api/articles?limit=1").headers["x-cache"] == "miss"  # the oldest went first
    finally:
        store.close()


def test_no_cache_when_switched_off(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'n.db'}")
    fixtures.build(store)
    try:
        with TestClient(create_app(store=store, token="", cache_bytes=0)) as client:
            assert [client.get("/api/stories").headers.get("x-cache") for _ in range(2)] == [None, None]
    finally:
        store.close()


def test_a_database_that_is_away_is_never_answered_from_memory(served, monkeypatch):
    client, store, _ = served
    client.get("/api/stories")
    assert client.get("/api/stories").headers["x-cache"] == "hit"

    def away():
        raise OSError("database unreachable")

    monkeypatch.setattr(store, "generation", away)
    assert client.get("/api/stories").headers["x-cache"] == "miss"
    assert client.get("/api/stories").headers["x-cache"] == "miss"


def test_the_home_page_counts_follow_a_write_elsewhere(served, tmp_path):
    client, store, _ = served
    before = store.counts()["articles"]
    assert f"{before} articles" in client.get("/").text
    save_elsewhere(tmp_path / "c.db")
    page = client.get("/")
    assert page.headers["x-cache"] == "miss" and f"{before + 1} articles" in page.text
