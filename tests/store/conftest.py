"""Store tests run against SQLite always and against PostgreSQL when QUELLENLAGE_TEST_PG_URL is set.

That database must be a throw-away one: each test drops and recreates its public schema.

`.ci/run` starts a throw-away PostgreSQL cluster and sets the variable; locally the
PostgreSQL half is skipped with the reason shown by `pytest -rs`.
"""

from __future__ import annotations

import pytest

from tests.pg import PG_URL, reset_postgres


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL store tests: no server configured (set QUELLENLAGE_TEST_PG_URL=postgresql://…)")
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def store(store_url: str):
    from quellenlage.store import open_store

    s = open_store(store_url)
    yield s
    s.close()
