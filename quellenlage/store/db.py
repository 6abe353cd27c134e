"""Connecting to the store: where the database is, how it is opened, how it is migrated.

The default database is a SQLite file in the user data directory (platformdirs), or
the URL in ``QUELLENLAGE_DB``; ``--db sqlite:///path`` or ``--db postgresql://…``
choose another. SQLite files are opened in WAL mode so readers (the web UI) never
block the writer (ingest) and a killed writer leaves the last committed batch intact.

Every failure to open a database becomes a :class:`StoreError` with one line a user
can act on ("…: not a SQLite database", "…: read-only", "cannot connect to …"): the
CLI prints it, never a traceback.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError, SQLAlchemyError

from ..errors import one_line

MIGRATIONS = Path(__file__).parent / "migrations"
ENV_VAR = "QUELLENLAGE_DB"


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message is one line for the user."""


def default_url() -> str:
    """``QUELLENLAGE_DB`` if set, else a SQLite file in the user data directory."""
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('quellenlage')) / 'quellenlage.db'}"


def normalize_url(url: str | None) -> str:
    """Accept ``postgresql://`` (meaning psycopg 3), a bare file path, or nothing (the default)."""
    if not url:
        return default_url()
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def missing_store(url: str | None) -> str | None:
    """Where the store would be, when there is none yet (nothing is created); None when it exists.

    A SQLite store is missing when its file is; a server database is missing when it has no
    schema (no Alembic revision). Commands that only read say so instead of creating one.
    """
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # create_store_engine gives the one-line error
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return None if Path(database).exists() else database
    engine = create_store_engine(url)
    try:
        return describe(url) if current_revision(engine) is None else None
    finally:
        engine.dispose()


def create_store_engine(url: str | None) -> Engine:
    """An engine for ``url``, checked: the database answers and can be written."""
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database URL (use sqlite:///path or postgresql://…)") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, parsed.database)
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StoreError(f"{describe(url)}: unsupported database ({one_line(exc)})") from None
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot connect to {describe(url)}: {one_line(exc)}") from None
    return engine


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database)
        _check_sqlite_path(path)
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except DBAPIError as exc:
        raise StoreError(f"{database}: {_sqlite_reason(exc)}") from None
    return engine


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a SQLite database file")
    if path.exists():
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(f"{path}: not a SQLite database")
        if not os.access(path, os.W_OK):
            raise StoreError(f"{path}: read-only (the store needs to write to it)")
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"{path.parent}: read-only directory (SQLite needs it for its WAL file)")
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create the directory ({exc.strerror})") from None
    if not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path.parent}: read-only directory, cannot create {path.name}")


SQLITE_MMAP = 1 << 30  # bytes of the file mapped into memory (address space, not RAM)
SQLITE_CACHE_KB = 32 * 1024  # page cache per connection


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at each commit in WAL mode, without an fsync per page
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")  # a reader and the ingest writer wait for each other
    cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP}")  # pages read from the OS cache without a syscall each
    cur.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
    cur.close()


def _sqlite_reason(exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "not a database" in text or "malformed" in text:
        return "not a SQLite database (or a damaged one)"
    if "readonly" in text or "read-only" in text:
        return "read-only (the store needs to write to it)"
    if "unable to open" in text:
        return "cannot open the database file"
    return one_line(exc)


def transient(exc: BaseException) -> bool:
    """Errors that a later try may not meet: the server is unreachable, restarting or dropped the connection.

    Anything else the database says (a value it cannot store, a constraint) will be said again
    on every try: the writer must then set the offending article aside, not retry.
    """
    if isinstance(exc, StoreError | OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


# --- migrations ---------------------------------------------------------------------------------


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database to ``revision``; returns (before, after) revisions."""
    before = current_revision(engine)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except DBAPIError as exc:
        raise StoreError(f"{describe(str(engine.url))}: migration failed: {one_line(exc)}") from None
    return before, current_revision(engine)
