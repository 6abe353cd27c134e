"""``/api/stories`` filters as the home and stories pages do: outlet, language, dates, disagreements,
one-article stories hidden, sorted by date, size or disagreements; a bad value is a JSON 422.

Run on SQLite and (with ``QUELLENLAGE_TEST_PG_URL``) on PostgreSQL.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from tests.store.conftest import store_url  # noqa: F401  (the fixture, once per backend)
from tests.store.docs import event_story, make_doc

LONE = "Leuchtturm auf Hiddensee wird neu gestrichen"
PAIR = "Fährhafen Lütjensand bekommt neuen Anleger"
ARMS = "North Korea ships munitions to Russia"  # the event story, titled by its earliest article

FERRY = ("Lütjensand", "LOC", "Lütjensand", "loc:luetjensand")
HARBOUR = ("Hafenamt Lütjensand", "ORG", "Lütjensand port authority", "org:hafenamt-luetjensand")


def _ferry(text: str, outlet: str, published: str, title: str):
    return make_doc(text, outlet, published, url=f"https://{outlet}/{published}", title=title,
                    entities=[FERRY, HARBOUR])


@pytest.fixture
def served(store_url):  # noqa: F811
    from quellenlage.store import open_store

    store = open_store(store_url)
    store.save_documents(event_story())
    store.save_documents([
        make_doc("Ein Maler sagte, der Turm werde weiß.", outlet="Inselblatt", published="2026-05-01", title=LONE),
        _ferry("Das Hafenamt Lütjensand baut in Lütjensand einen neuen Anleger für die Fähre.", "Kuestenbote",
               "2025-03-02", PAIR),
        _ferry("In Lütjensand entsteht ein neuer Anleger, teilte das Hafenamt Lütjensand mit.", "Nordwelle",
               "2025-03-04", "Neuer Anleger in Lütjensand")])
    store.update_stories()
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c
    store.close()


def api_titles(c: TestClient, query: str) -> list[str]:
    answer = c.get(f"/api/stories?{query}")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["total"] == len(body["items"]) + body["offset"] or body["limit"] == len(body["items"])
    return [s["title"] for s in body["items"]]


def page_titles(c: TestClient, query: str) -> list[str]:
    return re.findall(r'<span class="card-title">([^<]*)</span>', c.get(f"/stories?{query}").text)


def test_the_fixture_has_three_stories_of_different_sizes(served):
    titles = api_titles(served, "")
    assert len(titles) == 3 and ARMS in titles and LONE in titles


@pytest.mark.parametrize(("api", "page", "expected"), [
    ("min_articles=2", "", {ARMS, PAIR}),  # the page hides one-article stories unless all=true
    ("", "all=true", {ARMS, PAIR, LONE}),
    ("outlet=Inselblatt", "all=true&outlet=Inselblatt", {LONE}),
    ("outlet=zeit.de&min_articles=2", "outlet=zeit.de", {ARMS}),
    ("language=en", "all=true&language=en", {ARMS}),
    ("since=2025-01-01", "all=true&since=2025-01-01", {LONE, PAIR}),
    ("until=2025-03-02", "all=true&until=2025-03-02", {ARMS, PAIR}),
    ("since=2025-03-03&until=2025-12-31", "all=true&since=2025-03-03&until=2025-12-31", {PAIR}),
    ("disputed=true", "all=true&disputed=true", {ARMS}),
])
def test_filters_answer_what_the_page_shows(served, api, page, expected):
    got = api_titles(served, api)
    assert set(got) == expected
    assert got == page_titles(served, page)


def test_sorted_by_date_size_and_disagreements_as_the_page_sorts(served):
    by_date, by_size, by_dispute = (api_titles(served, f"sort={s}") for s in ("date", "size", "disagreements"))
    assert by_date == [LONE, PAIR, ARMS]
    assert by_size == [ARMS, PAIR, LONE]
    assert by_dispute[0] == ARMS and set(by_dispute) == {ARMS, PAIR, LONE}
    for sort, listed in (("date", by_date), ("size", by_size), ("disagreements", by_dispute)):
        assert page_titles(served, f"all=true&sort={sort}") == listed
    assert api_titles(served, "sort=size&limit=1&offset=1") == [PAIR]
    assert served.get("/api/stories?sort=size&limit=1&offset=1").json()["total"] == 3


@pytest.mark.parametrize("query", [
    "since=2025-02-30", "until=yesterday", "since=2025-05-01&until=2025-01-01", "language=deutsch",
    "sort=newest", "min_articles=0", "disputed=perhaps", "outlet=" + "x" * 600,
])
def test_bad_values_are_json_422(served, query):
    answer = served.get(f"/api/stories?{query}")
    assert answer.status_code == 422
    body = answer.json()
    assert body["status"] == 422 and body["error"] and "Traceback" not in answer.text
