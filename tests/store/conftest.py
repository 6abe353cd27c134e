"""Store tests run against SQLite always and against PostgreSQL when QUELLENLAGE_TEST_PG_URL is set.

That database must be a throw-away one: each test drops and recreates its public schema.

`.ci/run` starts a throw-away PostgreSQL cluster and sets the variable; locally the
PostgreSQL half is skipped with the reason shown by `pytest -rs`.
"""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("QUELLENLAGE_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from quellenlage.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL store tests: no server configured (set QUELLENLAGE_TEST_PG_URL=postgresql://…)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(store_url: str):
    from quellenlage.store import open_store

    s = open_store(store_url)
    yield s
    s.close()
