"""DELETE /api/articles/{id} leaves no ghost in its story: articles, outlets, claims, timeline, page links."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from tests.store.docs import container_story, make_doc

TOKEN = "test-token-delete-7a2"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def served(tmp_path):
    from quellenlage.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    store.save_documents(container_story())
    store.save_documents([make_doc("Ein Leuchtturm auf Hiddensee wird neu gestrichen.", outlet="Inselblatt",
                                   published="2026-05-01", title="Leuchtturm in Weiß")])
    store.update_stories()
    with TestClient(create_app(store=store, token=TOKEN), raise_server_exceptions=False) as c:
        yield c
    store.close()


def story_with(c, outlet):
    for s in c.get("/api/stories").json()["items"]:
        detail = c.get(f"/api/stories/{s['id']}").json()
        if any(a["outlet"] == outlet for a in detail["articles"]):
            return detail
    return None


def test_the_story_page_and_api_forget_the_deleted_article(served):
    before = story_with(served, "bbc.co.uk")
    gone = next(a for a in before["articles"] if a["outlet"] == "bbc.co.uk")
    assert served.delete(f"/api/articles/{gone['id']}", headers=AUTH).status_code == 200
    after = served.get(f"/api/stories/{before['story']['id']}").json()
    assert after["story"]["articles"] == before["story"]["articles"] - 1
    assert gone["id"] not in {a["id"] for a in after["articles"]}
    assert all(gone["id"] not in ln["article_ids"] for ln in after["sources"])
    assert all("bbc.co.uk" not in p["outlets"] for p in after["timeline"])
    page = served.get(f"/stories/{before['story']['id']}").text
    assert gone["id"] not in page and "bbc.co.uk" not in page


def test_deleting_the_only_article_removes_the_story(served):
    lonely = story_with(served, "Inselblatt")
    (art,) = lonely["articles"]
    assert served.delete(f"/api/articles/{art['id']}", headers=AUTH).status_code == 200
    assert served.get(f"/api/stories/{lonely['story']['id']}").status_code == 404
    assert served.get(f"/stories/{lonely['story']['id']}").status_code == 404
    assert "Leuchtturm in Weiß" not in served.get("/").text
