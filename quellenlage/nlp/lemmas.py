"""simplemma's lemmas without decoding its whole dictionary at every start.

``simplemma.lemmatize`` decodes a language's dictionary into memory on first use: for
German 1.1 million forms, 1.3–2 s and about 150 MB, in every process, only to lemmatise a
few counted nouns ("Containern" -> "Container"). :func:`lemmatize` gives exactly the same
answers — it is simplemma's own ``Lemmatizer`` with its default strategies — but reads the
dictionary from an indexed SQLite copy: built once from simplemma's shipped data (MIT
licence) into the user cache directory (``$QUELLENLAGE_CACHE`` or platformdirs'
``user_cache_dir("quellenlage")``), named by simplemma's version and the language, and
then opened read-only in milliseconds by every later process; a lookup is one indexed
read. When the cache cannot be written, the in-memory dictionary is used as before.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..buildcache import cache_dir
from .wordmemo import WordMemo, install_key, word_memo

_BUILD_LOCK = threading.Lock()


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize(word, lang=lang)``, from the cached dictionary; an answer once given
    is kept between processes (:mod:`.wordmemo`), so simplemma is imported only for a new word."""
    memo = _memo(lang)
    known = memo.get(word)
    if known is not None:
        return known
    out = _lemmatizer().lemmatize(word, lang)
    memo.put(word, out)
    return out


def _memo(lang: str) -> WordMemo:
    files = ("__init__.py", "__metadata__.py", "lemmatizer.py", f"strategies/dictionaries/data/{lang}.plzma")
    return word_memo(f"simplemma-{lang}", install_key("simplemma", files) if lang.isalnum() else None)


@cache
def _lemmatizer() -> Any:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=_factory()))


def _factory() -> Any:
    from simplemma.strategies.dictionaries.dictionary_factory import (
        CachingDictionaryFactory,
        DecodedStrMapping,
    )

    class SqliteMapping(DecodedStrMapping):
        """A read-only str -> str view of one SQLite table; one connection per process."""

        __slots__ = ("_path", "_conn", "_pid", "_lock")

        def __init__(self, path: Path) -> None:
            self._path, self._conn, self._pid, self._lock = path, None, -1, threading.Lock()
            self._connection()  # fail here, where the caller can still fall back

        def _connection(self) -> sqlite3.Connection:
            if self._conn is None or self._pid != os.getpid():  # never share a connection across fork
                self._conn = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
                self._conn.execute("SELECT v FROM d LIMIT 1").fetchall()
                self._pid = os.getpid()
            return self._conn

        def _lookup(self, key: str) -> str | None:
            with self._lock:
                row = self._connection().execute("SELECT v FROM d WHERE k = ?", (key,)).fetchone()
            return row[0] if row else None

        def __iter__(self) -> Iterator[str]:
            with self._lock:
                rows = self._connection().execute("SELECT k FROM d ORDER BY k").fetchall()
            return (k for (k,) in rows)

        def __len__(self) -> int:
            with self._lock:
                return self._connection().execute("SELECT count(*) FROM d").fetchone()[0]

    class SqliteDictionaryFactory(CachingDictionaryFactory):
        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            path = _copy_path(lang)
            try:
                if not path.exists():
                    _build(lang, path)
                return SqliteMapping(path)
            except (OSError, sqlite3.Error):  # no cache to be had: simplemma's own, in memory
                from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

                return DefaultDictionaryFactory().get_dictionary(lang)

    return SqliteDictionaryFactory()


def _copy_path(lang: str) -> Path:
    import simplemma

    if not lang.isalnum():
        raise ValueError(f"Unsupported language: {lang}")
    return cache_dir() / f"simplemma-{simplemma.__version__}-{lang}.sqlite"


def _build(lang: str, path: Path) -> None:
    """Write ``lang``'s dictionary to ``path`` (atomically: a half-written copy is never seen)."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    with _BUILD_LOCK:
        if path.exists():
            return
        entries = DefaultDictionaryFactory().get_dictionary(lang)  # ValueError for an unknown language
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        os.close(fd)
        try:
            conn = sqlite3.connect(tmp)
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("CREATE TABLE d (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID")
            conn.executemany("INSERT INTO d VALUES (?, ?)", sorted(entries.items()))
            conn.commit()
            conn.close()
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
