"""What start-up builds from data that does not change between runs, kept in the user cache.

A structure built from the language data (the gazetteer's trie of every entity name, for
instance) costs the same every start. :func:`cached_build` keeps it as a pickle in the cache
directory (``$QUELLENLAGE_CACHE``, else platformdirs' ``user_cache_dir("quellenlage")``),
named by a digest of everything it is built from — the data files, the code that builds
it, library versions — so any change to those builds it afresh. A cache that cannot be
read or written is no error: the structure is then built as before.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where cached structures live."""
    env = os.environ.get("QUELLENLAGE_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quellenlage"))


def digest(sources: Iterable[Path], extra: str = "") -> str:
    """A digest of the sources' names and contents (folders: every file inside) and ``extra``."""
    h = hashlib.sha256(f"{sys.version_info[:2]}|{extra}".encode())
    for source in sources:
        files = sorted(p for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if source.is_dir() else [source]
        for f in files:
            h.update(str(f.relative_to(source.parent)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:24]


def cached_build(name: str, build: Callable[[], T], sources: Iterable[Path], extra: str = "") -> T:
    """``build()``, or the copy of its result an earlier process kept for the same sources."""
    try:
        path = cache_dir() / f"{name}-{digest(sources, extra)}.pickle"
    except OSError:
        return build()
    try:
        data = path.read_bytes()
        gc.disable()  # unpickling allocates many objects: collections in between only cost time
        try:
            return pickle.loads(data)
        finally:
            gc.enable()
    except Exception:  # absent, half-written by a crashed process, from another version: build it
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: another process sees the old state or the whole file
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass
    return value
