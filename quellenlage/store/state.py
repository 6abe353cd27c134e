"""Named numbers of the store itself, one row each in ``store_state``.

The write generation (:mod:`.generation`) and the article count SQLite's planner
statistics were taken at (:mod:`.statistics`) live here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from .models import StoreStateRow


def read(conn: Any, name: str) -> int | None:
    """The number stored under ``name`` (None when there is none); ``conn`` a Connection or Session."""
    return conn.execute(select(StoreStateRow.value).where(StoreStateRow.name == name)).scalar()


def put(conn: Any, name: str, value: int) -> None:
    """Store ``value`` under ``name``."""
    _set(conn, name, value, value)


def add(conn: Any, name: str, delta: int = 1) -> None:
    """Raise the number under ``name`` by ``delta`` in one statement (a missing row starts at ``delta``)."""
    _set(conn, name, StoreStateRow.value + delta, delta)


def _set(conn: Any, name: str, value: Any, initial: int) -> None:
    done = conn.execute(update(StoreStateRow).where(StoreStateRow.name == name).values(value=value))
    if not done.rowcount:  # a store whose row was never written (the migration writes the generation's)
        conn.execute(insert(StoreStateRow).values(name=name, value=initial))
