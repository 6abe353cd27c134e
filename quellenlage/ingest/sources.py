"""Everything ``ingest`` is given, as one stream of inputs: pages, feed entries, WARC records.

``iter_sources(paths)`` walks directories recursively (sorted, so two runs see the
same order), decides per file whether it is a WARC file, a feed or a page (by content,
not only by name), and yields for each article either a
:class:`~quellenlage.document.RawInput`, an :class:`~quellenlage.ingest.readers.InputError`
(with the reason it cannot be read) or a :class:`~quellenlage.ingest.warc.Skipped` record.
It never stops on a bad input and never holds more than one page in memory.

Input names are absolute paths (plus ``#offset`` or ``#entry`` inside a WARC or a feed),
so a rerun from another working directory recognises the same inputs.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import RawInput
from .feeds import FEED_SUFFIXES, is_feed, iter_feed, linked_pages
from .readers import MAX_BYTES, TEXT_SUFFIXES, InputError, expand, read_file
from .warc import Skipped, is_warc, iter_warc

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


@dataclass
class Refetched:
    """A page fetched again at a URL already stored (``ingest URL --refetch``): analysed although known, and
    stored replacing what its URL held when its text changed (``Sink.replace_documents``)."""

    raw: RawInput

    @property
    def name(self) -> str:
        return self.raw.name


Item = RawInput | InputError | Skipped | Refetched


def wanted(path: Path) -> bool:
    """Files a directory walk picks up: pages, feeds and WARC files."""
    name = path.name.lower()
    return path.suffix.lower() in TEXT_SUFFIXES | FEED_SUFFIXES or name.endswith(WARC_SUFFIXES)


def kind_of(path: Path) -> str:
    """``warc``, ``feed`` or ``page``; a page saved as ``.html``/``.txt`` is never taken for a feed."""
    if is_warc(path):
        return "warc"
    if path.suffix.lower() not in TEXT_SUFFIXES and is_feed(path):
        return "feed"
    return "page"


def walk(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """(file, kind) for every file given or found under a directory given (:func:`.readers.expand`).

    Pages that a feed in the same folder stands for are left out: they are read
    through the feed (with the entry's link and date), not a second time on their own.
    A path that does not exist but holds ``*``, ``?`` or ``[`` is a glob pattern
    (``crawl/CC-NEWS-2026*.warc.gz``, ``**`` for any depth), so a month of crawl files
    can be given quoted, past the shell's limit on arguments.
    """
    for p in _globbed(paths):
        path = Path(p)
        if str(p) == "-":
            yield path, "page"
            continue
        path = path.absolute()
        if not path.is_dir():
            yield path, kind_of(path) if path.is_file() else "page"
            continue
        kinds = [(f, kind_of(f)) for f in expand([path], wanted)]
        covered: set[Path] = set()
        for f, kind in kinds:
            if kind == "feed":
                covered |= linked_pages(f)
        for f, kind in kinds:
            if kind == "page" and f.resolve() in covered:
                continue
            yield f, kind


def _globbed(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    for p in paths:
        matches = sorted(glob.glob(str(p), recursive=True)) if glob.has_magic(str(p)) and not Path(p).exists() else []
        yield from matches or [p]  # a pattern matching nothing stays, to be reported as not found


def iter_sources(paths: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every input under ``paths``: read, or the reason it cannot be."""
    return iter_files(walk(paths), max_bytes)


def iter_files(files: Iterable[tuple[Path, str]], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every input of already expanded ``(file, kind)`` pairs (a distributed task gets a share of them)."""
    for path, kind in files:
        if kind == "warc":
            yield from iter_warc(path, max_bytes=max_bytes)
        elif kind == "feed":
            yield from iter_feed(path, max_bytes=max_bytes)
        else:
            try:
                yield read_file(path, max_bytes=max_bytes)
            except InputError as exc:
                yield exc
