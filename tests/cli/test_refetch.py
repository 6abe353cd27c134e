"""``ingest URL --refetch``: a page that changed at a stored URL replaces what was stored for it (article,
claims, entities' mentions, figures, stories); an unchanged page is asked for conditionally and stays."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store
from tests.fetch.conftest import sites  # noqa: F401  (local HTTP servers)
from tests.fetch.server import Route

runner = CliRunner()
FAST = ["--delay", "0.01", "--jobs", "1", "--json", "--contact", "tests@example.invalid"]

BEFORE = ("Vor der Insel Hallsund ist ein Tanker leckgeschlagen. Das Hafenamt Hallsund teilte am Montag mit, "
          "es seien rund 200 Tonnen Öl ins Meer gelaufen. Die Bergung des Tankers soll am Dienstag beginnen.")
AFTER = ("Vor der Insel Hallsund ist ein Tanker leckgeschlagen. Das Hafenamt Hallsund teilte am Montag mit, "
         "es seien rund 350 Tonnen Öl ins Meer gelaufen. Die Bergung des Tankers soll am Dienstag beginnen.")


def _html(text: str) -> bytes:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Tanker vor Hallsund leck</title>"
            "<meta property='og:site_name' content='Küstenbote'>"
            "<meta property='article:published_time' content='2026-11-02T08:00:00Z'></head><body><article>"
            f"<h1>Tanker vor Hallsund leck</h1><p>{text}</p></article></body></html>").encode()


def versioned(text: str, etag: str) -> Route:
    """The page with its ETag; a request that names that ETag is answered 304 Not Modified."""
    body = _html(text)

    def answer(req):
        unchanged = req.headers.get("If-None-Match") == etag
        req.send_response(304 if unchanged else 200)
        req.send_header("ETag", etag)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", "0" if unchanged else str(len(body)))
        req.end_headers()
        if not unchanged:
            req.wfile.write(body)

    return Route(handler=answer)


@pytest.fixture
def news(sites):  # noqa: F811
    site = sites()
    site.routes["/tanker.html"] = versioned(BEFORE, '"v1"')
    return site


def ingest(*args: str) -> dict:
    result = runner.invoke(app, ["ingest", *args, *FAST])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def figures(store, article_id: str) -> list[str]:
    data = store.article(article_id)
    return [q["text"] for c in data["claims"] for q in c.get("quantities") or []]


def test_a_changed_page_replaces_the_stored_article_and_an_unchanged_one_stays(news, tmp_path):
    db = f"sqlite:///{tmp_path / 'web.db'}"
    url = news.url("/tanker.html")
    assert ingest(url, "--db", db)["added"] == 1
    with open_store(db) as store:
        (old,) = store.articles().items
        old_story = store.stories(article=old.id).items[0].id
        assert any("200 Tonnen" in f for f in figures(store, old.id))

    same = ingest(url, "--refetch", "--db", db)  # unchanged: one conditional request, answered 304
    assert (same["added"], same["replaced"], same["known"]) == (0, 0, 1)
    assert news.log[-1].headers.get("If-None-Match") == '"v1"'

    news.routes["/tanker.html"] = versioned(AFTER, '"v2"')
    assert ingest(url, "--db", db)["known"] == 1  # without --refetch a stored page is not asked for
    assert news.paths().count("/tanker.html") == 2
    changed = ingest(url, "--refetch", "--db", db)
    assert (changed["added"], changed["replaced"]) == (1, 1)
    with open_store(db) as store:
        (new,) = store.articles().items  # one article for the URL: the new text
        assert new.id != old.id and new.url == url and store.article(old.id) is None
        assert any("350 Tonnen" in f for f in figures(store, new.id))
        assert store.claims(text="200").total == 0 and store.claims(text="350").total == 1
        assert store.entity("Hafenamt Hallsund") is None or all(
            c.article.id == new.id for c in store.entity("Hafenamt Hallsund").claims_by)
        stories = store.stories().items
        assert [s.articles for s in stories] == [1]  # the old version left its story; the new one is placed
        detail = store.story(stories[0].id)
        assert [a.id for a in detail.articles] == [new.id]
        assert all("200" not in line.content for line in detail.sources)
        assert stories[0].id == old_story or store.story(old_story) is None  # no ghost of the old version
    again = ingest(url, "--refetch", "--db", db)  # and now unchanged again
    assert (again["added"], again["replaced"], again["known"]) == (0, 0, 1)
