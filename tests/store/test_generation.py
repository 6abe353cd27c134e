"""The write generation: every committed write raises it, reads and no-op writes leave it alone."""

from __future__ import annotations

import pytest

from quellenlage.store import open_store

from .docs import C, container_story, make_doc


def test_a_new_store_starts_at_zero_and_saving_raises_it(store):
    assert store.generation() == 0
    store.save_documents(container_story()[:1])
    first = store.generation()
    assert first > 0
    store.save_documents(container_story()[1:])
    assert store.generation() > first


def test_reads_and_known_documents_leave_it_alone(store):
    docs = container_story()
    store.save_documents(docs)
    store.update_stories()
    before = store.generation()
    store.save_documents(docs)  # all known: nothing written
    store.update_stories()  # nothing new to place
    store.articles()
    store.story(store.stories().items[0].id)
    store.search("Container")
    with store.session():  # a transaction that only opened
        pass
    assert store.generation() == before


def test_placing_stories_and_recording_errors_raise_it(store):
    store.save_documents(container_story())
    saved = store.generation()
    store.update_stories()
    placed = store.generation()
    assert placed > saved
    store.record_error("broken.html", "no article text")
    assert store.generation() > placed


def test_a_failed_batch_leaves_it_alone(store):
    broken = make_doc("Ein Text ohne Fehler.", claims=[C(None, "Ein Text")]).to_dict()
    del broken["claims"][0]["id"]
    with pytest.raises(KeyError):
        store.save_documents([container_story()[0], broken])
    assert store.generation() == 0


def test_another_connection_sees_the_change(store_url):
    """What a server in another process relies on: a writer elsewhere raises the number it reads."""
    reader, writer = open_store(store_url), open_store(store_url)
    try:
        before = reader.generation()
        writer.save_documents(container_story()[:1])
        assert reader.generation() > before
    finally:
        reader.close()
        writer.close()


def test_planner_statistics_follow_the_growth_of_the_store(store):
    """SQLite learns the table sizes after an ingest, again only when the articles grew by a tenth."""
    from sqlalchemy import text

    from quellenlage.store import statistics

    if store.dialect != "sqlite":
        assert statistics.refresh(store.engine) is False  # PostgreSQL keeps its own
        return
    docs = container_story()
    store.save_documents(docs[:2])
    store.update_stories()
    with store.engine.connect() as conn:
        analysed = conn.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'")).scalar()
    assert analysed > 0
    before = store.generation()
    assert statistics.refresh(store.engine) is False  # nothing new since
    store.save_documents(docs[2:])
    assert statistics.refresh(store.engine) is True  # 3 articles > 2 * 1.1
    assert store.generation() == before + 1  # the save raised it; taking statistics did not
