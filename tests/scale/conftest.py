"""Distributed-ingest tests need PostgreSQL (``QUELLENLAGE_TEST_PG_URL``, set by ``.ci/run``); without it they skip.

The database must be a throw-away one: each test empties its public schema first.
"""

from __future__ import annotations

import pytest

from tests.pg import PG_URL, reset_postgres


@pytest.fixture
def pg_url() -> str:
    if not PG_URL:
        pytest.skip("distributed ingest tests: no PostgreSQL configured (set QUELLENLAGE_TEST_PG_URL=postgresql://…)")
    reset_postgres(PG_URL)
    return PG_URL
