"""Opening databases: defaults, migrations, and one-line errors for unusable ones."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from quellenlage.store import StoreError, open_store
from quellenlage.store import db as storedb


def test_migrated_schema_matches_the_models(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from quellenlage.store.models import Base

    def ours(obj, name, type_, reflected, compare_to):  # full-text search objects live outside the models
        return not (name or "").startswith(("article_fts", "claim_fts", "search_terms", "tsv", "ix_articles_tsv",
                                            "ix_claims_tsv"))

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": ours})
        assert compare_metadata(ctx, Base.metadata) == []
    assert storedb.current_revision(store.engine) == storedb.head_revision()


def test_upgrade_twice_changes_nothing(store):
    assert storedb.upgrade(store.engine) == (storedb.head_revision(), storedb.head_revision())


def test_sqlite_uses_wal(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as s, s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_default_url_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUELLENLAGE_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with open_store() as s:
        assert s.url.endswith("env.db")


def test_a_bare_path_means_sqlite(tmp_path):
    with open_store(str(tmp_path / "bare.db")) as s:
        assert s.dialect == "sqlite"
    assert (tmp_path / "bare.db").exists()


def test_not_a_sqlite_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(f"sqlite:///{path}")
    assert path.read_text() == "these are my notes, not a database\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_read_only_file(tmp_path):
    path = tmp_path / "ro.db"
    open_store(f"sqlite:///{path}").close()
    path.chmod(0o444)
    with pytest.raises(StoreError, match="read-only"):
        open_store(f"sqlite:///{path}")


def test_read_only_directory(tmp_path, monkeypatch):
    # root ignores permissions, so the check is exercised through os.access
    target = tmp_path / "ro" / "x.db"
    target.parent.mkdir()
    monkeypatch.setattr(storedb.os, "access", lambda p, mode: False)
    with pytest.raises(StoreError, match="read-only"):
        open_store(f"sqlite:///{target}")


def test_a_refusing_postgresql_server():
    with pytest.raises(StoreError, match="cannot connect to postgresql") as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)
    assert "\n" not in str(info.value)


def test_not_a_url():
    with pytest.raises(StoreError, match="not a database URL|unsupported database"):
        open_store("nosuchdb://x/y")
