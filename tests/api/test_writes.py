"""Writes need the token; without one configured, they are refused; bad bodies store nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app

TOKEN = "test-token-5f1c"
TEXT = ("Der Hafenmeister sagte, die Fähre habe 40 Minuten Verspätung gehabt.\n"
        "Die Reederei teilte mit, alle Fahrten fänden wieder statt.")


@pytest.fixture
def writable(tmp_path):
    from quellenlage.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    with TestClient(create_app(store=store, token=TOKEN, max_body=1024 * 1024),
                    raise_server_exceptions=False) as c:
        yield c, store
    store.close()


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def test_read_only_server_refuses_writes(client):
    r = client.post("/api/articles", json={"text": TEXT}, headers=auth())
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    assert client.delete("/api/articles/whatever", headers=auth()).status_code == 403


def test_post_stores_once_and_delete_removes(writable):
    c, store = writable
    r = c.post("/api/articles", json={"text": TEXT}, headers=auth())
    assert r.status_code == 201, r.text
    aid = r.json()["id"]
    assert c.get(f"/api/articles/{aid}").json()["article"]["text"].startswith("Der Hafenmeister")
    again = c.post("/api/articles", content=TEXT.encode(), headers={**auth(), "Content-Type": "text/plain"})
    assert again.status_code == 200 and again.json() == {**r.json(), "added": False}
    assert store.counts()["articles"] == 1
    assert c.delete(f"/api/articles/{aid}", headers=auth()).json() == {"id": aid, "deleted": True}
    assert c.get(f"/api/articles/{aid}").status_code == 404
    assert c.delete(f"/api/articles/{aid}", headers=auth()).status_code == 404


def test_html_upload_is_analysed(writable):
    c, store = writable
    html = f"<html><head><title>Fähre</title></head><body><article><p>{TEXT}</p></article></body></html>"
    r = c.post("/api/articles", files={"file": ("page.html", html.encode(), "text/html")}, headers=auth())
    assert r.status_code == 201, r.text
    assert store.counts()["articles"] == 1


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"},
                                     {"X-Quellenlage-Token": TOKEN + "x"}])
def test_missing_or_wrong_token_stores_nothing(writable, headers):
    c, store = writable
    r = c.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert r.status_code in (401, 403) and r.json()["error"]
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize("body,ctype", [(b"{not json", "application/json"), (b"[1, 2]", "application/json"),
                                        (b'{"text": 5}', "application/json"),
                                        (b'{"text": "a", "html": "b"}', "application/json"),
                                        (b"", "text/plain"), (b"\x00\x01", "image/png")])
def test_bad_bodies_are_clear_4xx(writable, body, ctype):
    c, store = writable
    r = c.post("/api/articles", content=body, headers={**auth(), "Content-Type": ctype})
    assert 400 <= r.status_code < 500 and r.json()["error"]
    assert store.counts()["articles"] == 0


def test_a_20_mb_post_is_refused_and_the_server_keeps_serving(writable):
    c, store = writable
    big = b"a" * (20 * 1024 * 1024)
    r = c.post("/api/articles", content=big, headers={**auth(), "Content-Type": "text/plain"})
    assert r.status_code == 413 and "larger than" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b"b" * (1024 * 1024)

    r = c.post("/api/articles", content=chunks(), headers={**auth(), "Content-Type": "text/plain"})
    assert r.status_code == 413
    assert store.counts()["articles"] == 0
    assert c.get("/api/articles").status_code == 200


def test_posted_articles_are_placed_into_stories(writable):
    from tests.web.fixtures import documents

    c, store = writable
    for doc in documents()[:4]:
        r = c.post("/api/articles", json={"text": doc.article.text}, headers=auth())
        assert r.status_code == 201
    stories = c.get("/api/stories").json()
    assert stories["total"] >= 1
    story = c.get(f"/api/stories/{stories['items'][0]['id']}")
    assert story.status_code == 200
    assert c.get(f"/stories/{stories['items'][0]['id']}").status_code == 200


def test_deeply_nested_json_is_a_400_with_a_json_error(writable, caplog):
    c, store = writable
    body = b"[" * 100_000 + b"]" * 100_000
    r = c.post("/api/articles", content=body, headers={**auth(), "Content-Type": "application/json"})
    assert r.status_code == 400 and "nested too deeply" in r.json()["error"]
    assert "Traceback" not in caplog.text and store.counts()["articles"] == 0
