"""Full-text search: what a query finds (prefixes, folded accents), in which order, and the term list behind it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from quellenlage.store import db as storedb
from quellenlage.store import open_store
from quellenlage.store.search_terms import MAX_EXPANSION, terms_of_prefix
from tests.store.migrations import downgrade

from .docs import make_doc

TEXTS = [  # (title, text): words chosen to meet the edge cases of expanding a prefix to the index's terms
    ("Hafen in Rason", "Containerschiffe liefen in Rason ein; die Containern wurden gezählt."),
    ("Zürich und Straße", "In Zürich sperrte die Polizei die Straße am Søndre-Platz."),
    ("Container", "Die Behörden zählten 2000 Container und 3 Containerschiffe."),
    ("foo_bar", "Der Name foo_bar steht im Protokoll, ebenso ŁÓDŹ und İstanbul."),
    ("Viele Anfänge", " ".join(f"ab{i:03d}" for i in range(MAX_EXPANSION + 10))),
]
QUERIES = ["Container", "contain", "Containers", "Zurich", "zür", "strasse", "Straße", "Søndre", "sondre",
           "foo_bar", "foo", "łódź", "lodz", "istanbul", "ab", "ab00", "2000", "Rason Container", "Hafen",
           "xyz", "İstan"]


def fill(store) -> None:
    store.save_documents([make_doc(body, "x.de", f"2024-01-{day:02d}", title=title)
                          for day, (title, body) in enumerate(TEXTS, 1)])


@pytest.fixture
def searchable(store):
    fill(store)
    return store


def native_prefix(store, query: str) -> set[str]:
    """The articles FTS5 itself finds for every word of ``query`` as a quoted prefix term (the old way)."""
    match = " ".join('"' + w.replace('"', '""') + '"*' for w in query.split())
    with store.engine.connect() as conn:
        return set(conn.execute(text("SELECT a.id FROM article_fts JOIN articles a ON a.pk = article_fts.rowid "
                                     "WHERE article_fts MATCH :q"), {"q": match}).scalars())


def found(store, query: str) -> set[str]:
    return {h.article.id for h in store.search(query, limit=50).items}


@pytest.mark.parametrize("query", QUERIES)
def test_sqlite_search_finds_what_fts5_prefixes_find(tmp_path, query):
    """Expanding each word to the listed terms changes the cost, never the answer (accents, ß, ø, _, İ, >64 terms)."""
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        fill(store)
        assert found(store, query) == native_prefix(store, query)


def test_a_prefix_with_many_terms_is_left_to_fts5(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.save_documents([make_doc(TEXTS[-1][1], title=TEXTS[-1][0])])
        with store.engine.connect() as conn:
            assert terms_of_prefix(conn, "ab") is None  # more than MAX_EXPANSION terms
            assert terms_of_prefix(conn, "ab00") == [f"ab{i:03d}" for i in range(10)]
            assert terms_of_prefix(conn, "nothing") is None


def test_title_matches_first_then_newest(searchable):
    order = [h.article.title for h in searchable.search("Container").items]
    assert order == ["Container", "Hafen in Rason"]  # the title names it; then the newest of the rest
    order = [h.article.title for h in searchable.search("Rason Container").items]
    assert order == ["Hafen in Rason"]  # one hit, though "Rason" alone is in its title
    assert [h.article.title for h in searchable.search("Zür").items] == ["Zürich und Straße"]


def test_pages_of_a_ranking_do_not_overlap(store):
    store.save_documents([make_doc(f"Bericht {i} über Container im Hafen.", "x.de", f"2024-02-{i:02d}",
                                   title=("Container " if i % 3 == 0 else "Hafen ") + str(i)) for i in range(1, 26)])
    pages = [store.search("Container", limit=10, offset=o) for o in (0, 10, 20, 30)]
    titles = [h.article.title for p in pages for h in p.items]
    assert len(titles) == len(set(titles)) == 25
    assert titles[:8] == [f"Container {i}" for i in (24, 21, 18, 15, 12, 9, 6, 3)]
    assert all(p.total == 25 for p in pages) and pages[3].items == []


def test_articles_stored_later_are_found_by_prefix(store):
    """A later article's terms join the list: "Quellenk" must not stay expanded to the first article's word only."""
    store.save_documents([make_doc("Ein Text über Quellenkunde.", "x.de", "2024-01-01", title="Erster")])
    store.save_documents([make_doc("Die Reederei Quellenkontor meldet Verluste.", "x.de", "2024-01-02",
                                   title="Zweiter")])
    assert [h.article.title for h in store.search("Quellenk").items] == ["Zweiter", "Erster"]


def test_migration_lists_the_terms_of_a_store_written_before(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        store.save_documents([make_doc(body, title=title) for title, body in TEXTS[:3]])
        before = {q: found(store, q) for q in ("contain", "Zurich", "Hafen")}
        downgrade(store.engine, "0007")  # no compound index (0009), no appearances (0008)
        with store.engine.begin() as conn:  # as a store of revision 0006 looked: no term list
            conn.execute(text("DROP TABLE search_terms"))
            conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    with open_store(url) as store:  # opening migrates
        assert storedb.current_revision(store.engine) == storedb.head_revision()
        assert {q: found(store, q) for q in before} == before
        with store.engine.connect() as conn:
            assert terms_of_prefix(conn, "contain") == ["container", "containern", "containerschiffe"]
