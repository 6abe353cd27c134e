"""The throw-away PostgreSQL of the tests: ``QUELLENLAGE_TEST_PG_URL`` (set by ``.ci/run``), and emptying it.

Tests that use it skip with a reason when the variable is not set.
"""

from __future__ import annotations

import os

PG_URL = os.environ.get("QUELLENLAGE_TEST_PG_URL")


def reset_postgres(url: str) -> None:
    """Drop and recreate the public schema: each test starts from an empty database."""
    from sqlalchemy import create_engine, text

    from quellenlage.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
