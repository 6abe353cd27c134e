"""Cutting an ingest into Dask tasks: WARC files into ranges of records, other files into small groups.

A WARC file of a crawl is about 1 GB with tens of thousands of pages, too much for one
task (one worker would do it alone, and a lost worker would lose all of it). So each
file is first *scanned* — on a worker, as a task of its own, streaming through the file
without keeping a payload — for the offsets of its records; every ``records_per_task``-th
offset starts a new range. A range task then seeks to its first record and reads until the
next range begins. Pages keep the names a whole-file reading gives them (``path#offset``),
so a distributed run and a single-machine run recognise each other's pages.

Pages, text files and feeds are few per crawl; they go ``files_per_task`` to a task.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..ingest.sources import walk
from ..ingest.warc import record_offsets

RECORDS_PER_TASK = 100  # about 10 s of analysis on one core: small enough to balance, large enough to batch
FILES_PER_TASK = 20


@dataclass(frozen=True)
class Task:
    """One unit of work: the records of a WARC file that start in ``[start, end)``, or a group of files."""

    files: tuple[tuple[str, str], ...]  # (path, kind); kind is "warc", "feed" or "page"
    start: int = 0
    end: int | None = None

    @property
    def is_warc(self) -> bool:
        return len(self.files) == 1 and self.files[0][1] == "warc"

    @property
    def label(self) -> str:
        """What a failure of the whole task is reported as: the file and range, or the first file."""
        first = self.files[0][0]
        if self.is_warc:
            return f"{first}#{self.start}-{'' if self.end is None else self.end}"
        return first if len(self.files) == 1 else f"{first} (and {len(self.files) - 1} more files)"

    def key(self, run: str) -> str:
        """A Dask key: readable on the dashboard, unique within one run."""
        digest = hashlib.blake2b(repr((self.files, self.start, self.end)).encode(), digest_size=6).hexdigest()
        return f"ingest-{Path(self.files[0][0]).name}-{self.start}-{digest}-{run}"


def expand_inputs(paths: Iterable[str | Path]) -> tuple[list[str], list[Task]]:
    """(WARC files to scan, tasks for all other files), walking folders as a single-machine ingest does."""
    warcs: list[str] = []
    others: list[tuple[str, str]] = []
    for path, kind in walk(paths):
        if kind == "warc":
            warcs.append(str(path))
        else:
            others.append((str(path), kind))
    return warcs, [Task(tuple(others[i:i + FILES_PER_TASK])) for i in range(0, len(others), FILES_PER_TASK)]


def split_warc(path: str, records_per_task: int = RECORDS_PER_TASK) -> list[Task]:
    """The range tasks of one WARC file (runs on a worker: the file is read there, as a stream).

    The first range starts at 0 whatever the first record's offset, so a file that is no
    WARC at all is reported by its one task just as a single-machine run reports it.
    """
    starts = [offset for i, offset in enumerate(record_offsets(Path(path))) if i % max(1, records_per_task) == 0]
    starts[:1] = [0]
    ends: list[int | None] = [*starts[1:], None]
    return [Task(((path, "warc"),), start, end) for start, end in zip(starts, ends, strict=True)]
