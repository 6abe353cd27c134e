"""A library's answers for single words, kept between processes.

The analysis asks two libraries about single words, out of context: HanTa for the lemma and
tag of a possible Konjunktiv form (``nlp.tagger``), simplemma for the lemma of a counted noun
(``nlp.lemmas``). Both answers depend on the word and the installed library only, and the
same few thousand words come back in article after article; yet loading a library to ask it
costs a process far more than the question (HanTa with numpy and its model about 0.45 G
instructions, simplemma with its rules for every language 0.33 G). :class:`WordMemo` keeps
each answer in a small SQLite table in the user cache (``buildcache.cache_dir``), named by
the library's installed files (path, size and modification time), so a new or changed
install starts an empty table. A process asks the table first and loads the library only for
a word it has never seen; the answers are the library's own, so the output is the same. A
table that cannot be opened or written is no error: the library is asked as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import threading
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ..buildcache import cache_dir

FORMAT = 1  # the table's layout; a new one starts new files
SEP = "\x1f"  # joins the parts of a tuple answer (no word holds it)


@cache
def install_key(package: str, files: tuple[str, ...]) -> str | None:
    """A digest of the package's installed ``files`` (path, size, modification time), found
    without importing it; None when the package is not installed."""
    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    h = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}|{root}".encode())
    for name in files:
        try:
            st = (root / name).stat()
        except OSError:
            return None
        h.update(f"|{name} {st.st_size} {st.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def word_memo(name: str, key: str | None) -> WordMemo:
    """The memo of library ``name`` installed as ``key`` (None: not installed, no memo), in the
    cache directory as it is now (``$QUELLENLAGE_CACHE`` read at every call; a test may change it)."""
    return _word_memo(os.environ.get("QUELLENLAGE_CACHE"), name, key)


@cache
def _word_memo(env: str | None, name: str, key: str | None) -> WordMemo:
    try:
        folder = cache_dir()
    except OSError:
        key = None
    return WordMemo(None if key is None else folder / f"words-{name}-{key}.sqlite")


class WordMemo:
    """word -> answer of one library, in ``<cache>/words-<name>-<key>.sqlite`` (``path``; None: no memo)."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection | None:
        if self._path is None:
            return None
        if self._conn is None or self._pid != os.getpid():  # never share a connection across fork
            self._pid = os.getpid()
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self._path, timeout=0.2, check_same_thread=False, isolation_level=None)
                conn.execute("PRAGMA journal_mode = WAL")  # readers go on while another process writes
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS m (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
                self._conn = conn
            except (OSError, sqlite3.Error):
                self._path = None  # no memo in this process: ask the library
                return None
        return self._conn

    def get(self, word: str) -> str | None:
        with self._lock:
            conn = self._connection()
            if conn is None:
                return None
            try:
                row = conn.execute("SELECT v FROM m WHERE k = ?", (word,)).fetchone()
            except sqlite3.Error:
                return None
        return row[0] if row else None

    def put(self, word: str, answer: str) -> None:
        with self._lock:
            conn = self._connection()
            if conn is None:
                return
            with contextlib.suppress(sqlite3.Error):  # locked too long by another process: only not kept
                conn.execute("INSERT OR IGNORE INTO m VALUES (?, ?)", (word, answer))
