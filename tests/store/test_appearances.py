"""Appearances: a text stored once, every page where it appeared kept (URL, outlet, date) and counted."""

from __future__ import annotations

from sqlalchemy import func, select

from quellenlage.store import db as storedb
from quellenlage.store import open_store
from quellenlage.store.models import AppearanceRow, ArticleRow
from tests.store.docs import C, make_doc
from tests.store.migrations import downgrade

BODY = ("Die Hafenbehörde von Kiel teilte mit, dass am Montag 40 Container von Bord eines Frachters gefallen "
        "seien. Ein Sprecher sagte, die Suche dauere an.")
SITES = [("Ostseebote", "https://ostseebote.example/a"), ("Kieler Welle", "https://kieler-welle.example/b"),
         ("Fördeblatt", "https://foerdeblatt.example/c")]


def copies():
    out = []
    for i, (outlet, url) in enumerate(SITES):
        out.append(make_doc(BODY, title="Container über Bord", outlet=outlet, published=f"2026-10-0{i + 1}", url=url,
                            claims=[C("Hafenbehörde von Kiel", "am Montag 40 Container von Bord eines Frachters "
                                      "gefallen seien", figures=[("40 Container", {"value": 40, "unit": "Container"})])]))
    return out


def count(store, model) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_the_same_text_on_three_sites_is_one_article_with_three_appearances(store):
    first = store.save_documents(copies()[:1])
    rest = store.save_documents(copies()[1:])
    assert (first.added, rest.added, rest.appearances, rest.known) == (1, 0, 2, 0)
    assert count(store, ArticleRow) == 1 and count(store, AppearanceRow) == 3
    assert store.known_urls([u for _, u in SITES] + ["https://other.example/x"]) == {u for _, u in SITES}
    again = store.save_documents(copies())  # a rerun: every page is known, nothing is added
    assert (again.added, again.appearances, again.known) == (0, 0, 3)
    assert count(store, AppearanceRow) == 3


def test_a_story_counts_and_lists_the_outlets_of_every_appearance(store):
    store.save_documents(copies()[:1])
    store.update_stories()
    (summary,) = store.stories().items
    assert summary.outlets == 1
    store.save_documents(copies()[1:])  # the copies come after the story was made
    store.update_stories()
    (summary,) = store.stories().items
    assert summary.outlets == 3
    detail = store.story(summary.id)
    assert detail.carried_by == [o for o, _ in SITES]
    assert [a.url for a in detail.appearances] == [u for _, u in SITES]
    assert {a.published for a in detail.appearances} == {"2026-10-01", "2026-10-02", "2026-10-03"}
    assert all(line.outlets == [o for o, _ in SITES] for line in detail.sources)


def test_two_copies_in_one_batch(store):
    result = store.save_documents(copies())
    assert (result.added, result.appearances) == (1, 2)


def test_the_migration_gives_every_stored_article_its_first_appearance(store_url):
    url = store_url
    with open_store(url) as store:
        store.save_documents([copies()[0], make_doc("Ein ganz anderer Text über einen Hafen in Rostock.",
                                                    outlet="Warnow-Echo")])
        downgrade(store.engine, "0007")  # as a store of revision 0007 looked: no appearances
    with open_store(url) as store:  # opening migrates
        assert storedb.current_revision(store.engine) == storedb.head_revision()
        with store.engine.connect() as conn:
            rows = conn.execute(select(AppearanceRow.outlet, AppearanceRow.url).order_by(AppearanceRow.pk)).all()
        assert [tuple(r) for r in rows] == [("Ostseebote", SITES[0][1]), ("Warnow-Echo", None)]
        assert store.save_documents(copies()[1:2]).appearances == 1


def test_without_urls_only_another_outlet_is_another_page(store):
    a = make_doc(BODY, outlet="Ostseebote")
    b = make_doc(BODY, outlet="Ostseebote")  # the same saved page again, from another folder
    c = make_doc(BODY, outlet="Kieler Welle")
    d = make_doc(BODY, outlet="Ostseebote", url="https://ostseebote.example/a")  # same outlet, one side no URL
    results = [store.save_documents([x]) for x in (a, b, c, d)]
    assert [(r.added, r.appearances, r.known) for r in results] == [(1, 0, 0), (0, 0, 1), (0, 1, 0), (0, 0, 1)]
