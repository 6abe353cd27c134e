"""Inputs from the paths given on the command line: the walk over them, and each file read.

Reading one input (bytes or a file into a :class:`~quellenlage.document.RawInput`, with
its kind and encoding; :class:`InputError` for what cannot be an article) is
:mod:`quellenlage.inputs`, below the stages; its names are importable from here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..document import RawInput
from ..inputs import (
    BINARY_MAGIC,
    MAX_BYTES,
    TEXT_SUFFIXES,
    InputError,
    decode,
    read_bytes,
    read_file,
    sniff_kind,
)

__all__ = ["BINARY_MAGIC", "MAX_BYTES", "TEXT_SUFFIXES", "InputError", "decode", "expand", "is_page", "iter_inputs",
           "read_bytes", "read_file", "sniff_kind"]


def is_page(path: Path) -> bool:
    """A file a directory walk of ``analyze`` picks up: ``.html``, ``.htm``, ``.txt``."""
    return path.suffix.lower() in TEXT_SUFFIXES


def expand(paths: Iterable[str | Path], wanted: Callable[[Path], bool] = is_page) -> Iterator[Path]:
    """Paths as given; directories become their files that ``wanted`` accepts, recursively, sorted.

    The one walk over given paths: ``analyze`` uses it as it is, ``ingest`` (:func:`.sources.walk`)
    with pages, feeds and WARC files wanted, and a kind for each.
    """
    for p in paths:
        path = Path(p)
        if str(p) != "-" and path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and wanted(f))
        else:
            yield path


def iter_inputs(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[RawInput | InputError]:
    """Each input read, or the :class:`InputError` saying why not; never stops on a bad one."""
    for path in expand(paths):
        try:
            yield read_file(path, max_bytes=max_bytes)
        except InputError as exc:
            yield exc
