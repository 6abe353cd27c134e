"""The store's write generation: a number that every committed write raises.

Why: a server that caches what it read (``quellenlage/api/cache.py``) must learn when the
data changed, also when the change came from somewhere else: an ingest in another
process, a colleague's ``quellenlage ingest`` against the shared PostgreSQL, a Dask
worker. Reading one row is cheap on both databases, so a reader compares this number
instead of comparing data.

Writes go through :meth:`Store.session` in a :class:`WriteTrackingSession`; the session
notes whether it inserted, updated or deleted anything, and only then is the counter
raised, as the transaction's last statement (so the row lock, on PostgreSQL, is held
only for the commit itself, and concurrent writers queue there rather than deadlock).
A transaction that only read leaves the number alone, so caches survive a re-run that
finds nothing new.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from . import state

NAME = "generation"
WROTE = "quellenlage_wrote"  # key in Session.info


class WriteTrackingSession(Session):
    """A session that remembers, in ``info[WROTE]``, whether it changed any row."""


def _flushed(session: Session, _context: Any) -> None:
    session.info[WROTE] = True


def _executed(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True


event.listen(WriteTrackingSession, "after_flush", _flushed)
event.listen(WriteTrackingSession, "do_orm_execute", _executed)


def wrote(session: Session) -> bool:
    """Whether ``session`` changed anything (pending ORM changes count)."""
    return bool(session.info.get(WROTE) or session.new or session.dirty or session.deleted)


def bump(session: Session) -> None:
    """Raise the generation inside the session's transaction (commits with it)."""
    state.add(session, NAME)


def current(connection: Connection) -> int:
    """The generation as committed now."""
    return state.read(connection, NAME) or 0
