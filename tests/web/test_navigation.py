"""Navigation: article -> its stories, entity -> its articles and stories, story filters and sorting."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from tests.store.docs import container_story, make_doc

LONE = "Leuchtturm auf Hiddensee wird neu gestrichen"
ARMS = "North Korea ships arms"  # the container story, titled by its earliest article


@pytest.fixture(scope="module")
def nav(tmp_path_factory):
    from quellenlage.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('nav') / 'n.db'}")
    docs = container_story()
    store.save_documents(docs)
    store.save_documents([make_doc("Ein Maler sagte, der Turm werde weiß.", outlet="Inselblatt",
                                   published="2026-05-01", title=LONE)])
    store.update_stories()
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c, store, [d.article.id for d in docs]
    store.close()


def titles(html: str) -> list[str]:
    return re.findall(r'<span class="card-title">([^<]*)</span>', html)


def test_home_hides_one_article_stories_unless_asked(nav):
    c, _, _ = nav
    assert LONE not in titles(c.get("/").text)
    assert LONE in titles(c.get("/?all=true").text)
    assert 'name="all" value="true" checked' in c.get("/?all=true").text


@pytest.mark.parametrize(("query", "lone", "containers"), [
    ("all=true&outlet=Inselblatt", True, False),
    ("all=true&outlet=zeit.de", False, True),
    ("all=true&language=en", False, True),
    ("all=true&since=2026-01-01", True, False),
    ("all=true&until=2023-12-31", False, True),
    ("all=true&disputed=true", False, False),
])
def test_home_filters_by_outlet_language_dates_and_disagreements(nav, query, lone, containers):
    c, store, ids = nav
    shown = titles(c.get(f"/?{query}").text)
    assert (LONE in shown) is lone
    assert (ARMS in shown) is containers


def test_the_story_list_sorts_by_size_date_and_disagreements(nav):
    c, _, _ = nav
    by_size = titles(c.get("/stories?all=true&sort=size").text)
    by_date = titles(c.get("/stories?all=true&sort=date").text)
    assert by_size == [ARMS, LONE] and by_date == [LONE, ARMS]
    assert c.get("/stories?sort=nonsense").status_code == 400  # the pages answer a bad parameter with 400


def test_the_article_page_links_its_story(nav):
    c, store, ids = nav
    (story,) = store.stories(article=ids[0]).items
    html = c.get(f"/articles/{ids[0]}").text
    assert f'<a class="story-link" href="/stories/{story.id}">' in html


def test_the_entity_page_lists_its_stories_and_articles(nav):
    c, _, ids = nav
    html = c.get("/entities/iso3166:KP").text
    assert "Stories naming North Korea" in html and ARMS in html
    assert "Articles naming North Korea" in html and f"/articles/{ids[0]}" in html
