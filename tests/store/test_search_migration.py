"""Migration 0009 on a store written before it: its articles and claims get spellings and compound parts."""

from __future__ import annotations

from sqlalchemy import inspect, text

from quellenlage.store import db as storedb
from quellenlage.store import open_store
from tests.store.docs import C, make_doc
from tests.store.migrations import downgrade


def test_an_older_store_finds_compound_parts_and_claims_after_the_upgrade(store_url):
    doc = make_doc("Die Wasserschutzpolizei meldet einen Ölfilm. Die Reederei bestreitet jeden Schaden.",
                   "hafenblatt.example", "2026-05-05", title="Ölfilm gemeldet",
                   claims=[C("Reederei", "bestreitet jeden Schaden", stance="deny")])
    with open_store(store_url) as store:
        store.save_documents([doc])
        downgrade(store.engine, "0008")  # as a store of revision 0008 looked: no index columns, no claim index
        with store.engine.connect() as conn:
            columns = "index_parts" in {c["name"] for c in inspect(conn).get_columns("articles")}
        assert not columns
    with open_store(store_url) as store:  # opening migrates, and fills the new columns
        assert storedb.current_revision(store.engine) == storedb.head_revision()
        assert [h.article.title for h in store.search("Polizei").items] == ["Ölfilm gemeldet"]
        assert [h.article.title for h in store.search("oelfilm").items] == ["Ölfilm gemeldet"]
        assert [c.source for c in store.claims(text="Schaden").items] == ["Reederei"]
        with store.engine.connect() as conn:
            parts = conn.execute(text("SELECT index_parts FROM articles")).scalar()
        assert "polizei" in parts.split() and "schutzpolizei" in parts.split()
