"""The story pages in Chromium with the written three-month story: links, filters and the revision display."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.test_browser import base_url, browser, page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

ARC = Path(__file__).resolve().parent.parent / "fixtures" / "arc"


@pytest.fixture(scope="module")
def built(tmp_path_factory, browser):  # noqa: F811  (the browser fixture skips first when there is no Chromium)
    from quellenlage.pipeline import analyze
    from quellenlage.store import open_store
    from tests.store.docs import make_doc

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('arcweb') / 'arc.db'}")
    store.save_documents([analyze(p) for p in sorted(ARC.glob("*.html"))])
    store.save_documents([make_doc("Ein Maler sagte, der Turm werde weiß.", outlet="Inselblatt",
                                   published="2026-05-01", title="Leuchtturm in Weiß")])
    store.update_stories()
    yield store, {}
    store.close()


def test_filters_hide_and_show_stories(page, base_url):  # noqa: F811
    page.goto(base_url + "/")
    cards = page.locator(".story-card .card-title")
    assert "Leuchtturm in Weiß" not in cards.all_inner_texts()  # one-article stories hidden by default
    page.locator("input[name=all]").check()
    page.locator(".story-filters button").click()
    page.wait_for_url("**/?*all=true*")
    assert "Leuchtturm in Weiß" in page.locator(".story-card .card-title").all_inner_texts()
    page.locator("input[name=disputed]").check()
    page.locator(".story-filters button").click()
    page.wait_for_url("**disputed=true*")
    titles = page.locator(".story-card .card-title").all_inner_texts()
    assert titles and "Leuchtturm in Weiß" not in titles
    page.locator("input[name=outlet]").fill("Heimatbote")  # an outlet that carried the wire text
    page.locator(".story-filters button").click()
    page.wait_for_url("**outlet=Heimatbote*")
    assert page.locator(".story-card").count() == 1


def test_article_to_story_with_revision_and_entity_to_stories(page, base_url):  # noqa: F811
    page.goto(base_url + "/articles")
    page.locator("a", has_text="Norway raises its estimate").first.click()
    page.locator("a.story-link").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("#revisions .rev").first.inner_text().count("revised 2,000 → 3,000 tonnes") == 1
    ring = page.locator("svg.timeline .tl-revision")
    assert ring.count() == 1 and ring.first.bounding_box()["width"] > 0
    page.locator("details.carried summary").click()
    assert page.locator("details.carried[open] li").count() >= 9
    page.goto(base_url + "/entities/gov:ru")
    assert page.locator("#stories-h").is_visible()
    page.locator("section[aria-labelledby=stories-h] .story-card a").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("#revisions").is_visible()
