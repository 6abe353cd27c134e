"""Deleting an article updates every story it was in, in the same transaction; an empty story disappears."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store
from quellenlage.store.models import AppearanceRow, ClaimGroupMemberRow, StoryRow, TimelinePointRow
from tests.store.docs import container_story, make_doc


def count(store, model) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def filled(store):
    docs = container_story()
    store.save_documents(docs)
    store.update_stories()
    return store, [d.article.id for d in docs]


def the_story(store):
    (summary,) = [s for s in store.stories().items if s.articles > 1]
    return store.story(summary.id)


def test_the_story_loses_the_article_its_claims_and_its_figures(filled):
    store, ids = filled
    before = the_story(store)
    gone = next(a for a in before.articles if a.outlet == "bbc.co.uk")
    points_before = count(store, TimelinePointRow)
    assert store.delete_article(gone.id)
    after = store.story(before.story.id)
    assert gone.id not in {a.id for a in after.articles}
    assert after.story.articles == before.story.articles - 1
    assert "bbc.co.uk" not in after.carried_by and after.story.outlets == before.story.outlets - 1
    assert all(gone.id not in line.article_ids and "bbc.co.uk" not in line.outlets for line in after.sources)
    assert all(p.outlet != "bbc.co.uk" for p in after.timeline)
    assert count(store, TimelinePointRow) < points_before
    assert store.article(gone.id) is None
    assert not store.delete_article(gone.id)  # a second time: nothing to delete


def test_an_emptied_story_disappears(store):
    store.save_documents([make_doc("Ein Leuchtturm auf Hiddensee wird neu gestrichen.", outlet="Inselblatt",
                                   published="2026-05-01")])
    store.update_stories()
    (only,) = store.stories().items
    (art,) = store.story(only.id).articles
    assert store.delete_article(art.id)
    assert store.stories().items == [] and count(store, StoryRow) == 0
    assert count(store, AppearanceRow) == 0 and count(store, ClaimGroupMemberRow) == 0


def test_a_later_article_is_still_placed_after_a_deletion(filled):
    store, ids = filled
    story = the_story(store)
    assert store.delete_article(ids[0])
    store.save_documents([make_doc("Ein weiterer Bericht: Nordkorea und der Kreml.", outlet="ndr.de",
                                   published="2023-11-03",
                                   entities=[("Nordkorea", "GPE", "North Korea", "iso3166:KP"),
                                             ("Kreml", "ORG", "Kremlin", "org:kremlin")])])
    store.update_stories()
    assert store.story(story.story.id) is not None


def test_the_cli_deletes_and_updates_the_story(store_url):
    with open_store(store_url) as store:
        store.save_documents(container_story())
        store.update_stories()
        before = the_story(store)
    gone = before.articles[-1].id
    result = CliRunner().invoke(app, ["delete", gone, "--db", store_url])
    assert result.exit_code == 0, result.output
    with open_store(store_url) as store:
        assert store.story(before.story.id).story.articles == before.story.articles - 1
    again = CliRunner().invoke(app, ["delete", gone, "--db", store_url])
    assert again.exit_code == 1 and "no such article" in again.output and "Traceback" not in again.output
