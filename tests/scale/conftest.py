"""Distributed-ingest tests need PostgreSQL (``QUELLENLAGE_TEST_PG_URL``, set by ``.ci/run``); without it they skip.

The database must be a throw-away one: each test empties its public schema first.
"""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("QUELLENLAGE_TEST_PG_URL")


@pytest.fixture
def pg_url() -> str:
    if not PG_URL:
        pytest.skip("distributed ingest tests: no PostgreSQL configured (set QUELLENLAGE_TEST_PG_URL=postgresql://…)")
    reset(PG_URL)
    return PG_URL


def reset(url: str) -> None:
    from sqlalchemy import create_engine, text

    from quellenlage.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
