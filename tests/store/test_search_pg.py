"""PostgreSQL search as exact terms from its vocabulary, ranked off the title and parts: the same answers as before.

What PostgreSQL found and how it ranked before (each query word a ``to_tsquery`` prefix; the tiers
tested on the stored vector for weight A and for ABC) is written here as SQL of its own, and every
query of the search tables must come out the same, order included.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from quellenlage.store import open_store
from quellenlage.store import search as search_module
from quellenlage.store.index_words import query_forms
from quellenlage.store.pg_query import pg_query
from tests.pg import PG_URL, reset_postgres
from tests.store.docs import make_doc
from tests.store.migrations import downgrade
from tests.store.test_search import QUERIES, TEXTS
from tests.store.test_search_german import articles

pytestmark = pytest.mark.postgres

GERMAN = ["Polizei", "Werk", "Schutzpolizei", "Stahl", "oelfilm", "Ölfilm", "Kueste", "Kuste", "Strasse",
          "Dorfstrasse", "Hauptstraße", "Uebung", "Polizei Werk", "harbour Oelfilm", "Amt", "Hafen", "the"]


@pytest.fixture
def pg_store():
    if not PG_URL:
        pytest.skip("PostgreSQL search: no server configured (set QUELLENLAGE_TEST_PG_URL=postgresql://…)")
    reset_postgres(PG_URL)
    with open_store(PG_URL) as store:
        store.save_documents([make_doc(body, "x.de", f"2024-01-{day:02d}", title=title)
                              for day, (title, body) in enumerate(TEXTS, 1)])
        store.save_documents(articles())
        yield store


def before(store, query: str) -> list[str]:
    """The ranking as PostgreSQL computed it before: prefixes through to_tsquery, tiers on the stored weights."""
    def tsquery(weights: str = "") -> str:
        words = [w for w in search_module.terms(query)]
        return " & ".join("(" + " | ".join(f"'{f}':*{weights}" for f in query_forms(w)) + ")" for w in words)
    sql = ("SELECT a.id FROM articles a WHERE a.tsv @@ to_tsquery('simple', :q) ORDER BY "
           "a.tsv @@ to_tsquery('simple', :in_title) DESC, a.tsv @@ to_tsquery('simple', :as_written) DESC, "
           "a.published IS NULL, a.published DESC, a.pk DESC")
    with store.engine.connect() as conn:
        return list(conn.execute(text(sql), {"q": tsquery(), "in_title": tsquery("A"),
                                             "as_written": tsquery("ABC")}).scalars())


@pytest.mark.parametrize("query", QUERIES + GERMAN)
def test_the_same_articles_in_the_same_order(pg_store, query):
    assert [h.article.id for h in pg_store.search(query, limit=50).items] == before(pg_store, query)


def test_words_become_the_listed_terms_they_begin(pg_store):
    with pg_store.engine.connect() as conn:
        query = pg_query(conn, ["Contain", "Ölfilm"])
        assert query.literal
        assert query.text() == ("('container' | 'containern' | 'containerschiffe') & "
                                "('ölfilm' | 'oelfilm' | 'olfilm')")
        assert query.text(first_form=True) == "('container' | 'containern' | 'containerschiffe') & 'ölfilm'"
        assert pg_query(conn, ["ab000", "ab"]).text() == "'ab000' & 'ab':*"  # "ab" begins more than 64 terms
        assert not pg_query(conn, ["foo_bar"]).literal  # two lexemes for PostgreSQL: to_tsquery as before


def test_a_window_too_small_asks_again_for_all(pg_store, monkeypatch):
    """The newest articles searched first hold fewer matches than MAX_MATCHES: the answer is all the matches."""
    everything = [h.article.id for h in pg_store.search("Polizei").items]
    with pg_store.engine.connect() as conn:
        newest = conn.execute(text("SELECT max(pk) FROM articles")).scalar()
    monkeypatch.setattr(search_module, "_pg_plan", lambda *_: (True, newest))  # only the newest article
    page = pg_store.search("Polizei")
    assert len(everything) > 1 and [h.article.id for h in page.items] == everything
    assert page.total == len(everything)


def test_migration_lists_the_terms_of_a_store_written_before(pg_store):
    downgrade(pg_store.engine, "0011")
    with pg_store.engine.connect() as conn:
        assert not conn.execute(text("SELECT to_regclass('search_terms')")).scalar()
    with open_store(PG_URL) as store:  # opening migrates
        with store.engine.connect() as conn:
            terms = set(conn.execute(text("SELECT term FROM search_terms")).scalars())
        assert {"containerschiffe", "wasserschutzpolizei", "polizei", "oelfilm", "krabbe"} <= terms
        assert [h.article.title for h in store.search("Containerschiff").items] == ["Container", "Hafen in Rason"]
