"""Regular expressions built from the language data, compiled once and kept between processes.

The cue gate, the claim markers, the debris rules and the figure grammar are long alternations
written from the word lists of ``lang/``; Python's ``re`` turns each into its matching program
with a parser and a compiler written in Python, 0.13–0.15 s of every ``analyze`` process (as
much as a few pages). :func:`compile` does what ``re.compile`` does, but keeps each program (the
code that ``re._compiler`` hands to the C engine, ``_sre.compile``) in a small SQLite table of
the user cache, so a later process reads the programs it needs and passes them to the engine
directly. The program is the one ``re`` would
build — ``_sre`` checks it when it is loaded, and a test compares each pattern with
``re.compile``'s (equal patterns have equal programs) — so every match is the same.

The table is named by the Python build and the engine's version (``_sre.MAGIC``), and its rows
by a digest of pattern and flags, so a changed word list adds rows and never reuses a stale
one; a process reads only the rows of the patterns it compiles (reading every program kept,
a few hundred of them, would cost more than compiling its own). Anything that goes wrong (no
cache, a locked or damaged table, a changed private interface) falls back to ``re.compile``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sqlite3
import sys
import threading
from pathlib import Path

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_lock = threading.Lock()
_conn: sqlite3.Connection | None = None
_conn_key: tuple[int, str | None] | None = None  # (process, cache folder) the connection belongs to


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name of what it stands for
    """``re.compile(pattern, flags)``, with the program kept in the user cache."""
    import _sre

    flags = int(flags)
    key = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    program = _get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:  # noqa: BLE001 - a damaged row: compile as re does
            pass
    try:
        program = _program(pattern, flags)
        made = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - the private compiler changed: re's own way
        return re.compile(pattern, flags)
    _put(key, program)
    return made


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: the opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file() -> Path | None:
    """The table of this Python build, or None without a user cache."""
    import _sre

    from .buildcache import cache_dir

    build = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    try:
        return cache_dir() / f"regex-{build}.sqlite"
    except OSError:
        return None


def _connection() -> sqlite3.Connection | None:
    """This process's connection to the table of the cache folder as it is now (a test may change
    it); None when there is none. Never shared across a fork."""
    global _conn, _conn_key
    key = (os.getpid(), os.environ.get("QUELLENLAGE_CACHE"))
    if _conn_key != key:
        _conn_key, _conn = key, None
        path = cache_file()
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path, timeout=0.2, check_same_thread=False, isolation_level=None)
                conn.execute("PRAGMA journal_mode = WAL")  # readers go on while another process writes
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS p (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
                _conn = conn
            except (OSError, sqlite3.Error):
                _conn = None
    return _conn


def _get(key: str) -> Program | None:
    with _lock:
        try:
            conn = _connection()
            row = conn.execute("SELECT v FROM p WHERE k = ?", (key,)).fetchone() if conn is not None else None
            return pickle.loads(row[0]) if row else None
        except Exception:  # noqa: BLE001 - locked, damaged or from another layout: compile it
            return None


def _put(key: str, program: Program) -> None:
    with _lock:
        try:
            conn = _connection()
            if conn is not None:
                conn.execute("INSERT OR IGNORE INTO p VALUES (?, ?)",
                             (key, pickle.dumps(program, protocol=pickle.HIGHEST_PROTOCOL)))
        except Exception:  # noqa: BLE001 - locked too long by another process: only not kept
            pass
