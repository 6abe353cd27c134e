"""Read WARC and WARC.gz files (web crawls, Common Crawl CC-NEWS) as a stream of pages.

Only HTTP responses with status 200 and an HTML payload become inputs; request,
metadata, redirect and image records are passed over as :class:`Skipped`. Records
are read one at a time with warcio, so a WARC of any size never sits in memory, and a
payload above the size limit is drained, not kept.

Crawls are damaged in two ways, and neither may cost the good records:

* a **corrupt record** (a broken gzip member, a header that is not a WARC header)
  makes warcio give up on the whole file; we record an :class:`InputError` naming the
  record's offset and resume at the next record boundary (the next gzip member, or the
  next ``WARC/1.x`` line in an uncompressed file);
* a **truncated file** (an interrupted download) ends inside a record; warcio then
  silently returns fewer bytes than the record's ``Content-Length`` says, so each
  payload is checked against its declared length and a short one is an error.

Each page is named ``<path>#<offset>``: the offset of its record in the file, stable
across runs, so a rerun recognises the pages it has already stored.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..document import RawInput
from ..errors import one_line
from .readers import MAX_BYTES, InputError, read_bytes

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
SCAN_BLOCK = 1 << 20


@dataclass
class Skipped:
    """A record that is not an article page (a request, a redirect, an image); not an error."""

    name: str
    reason: str


def is_warc(path: Path) -> bool:
    """True for ``.warc``/``.warc.gz`` files and for files whose content starts like a WARC."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
        if head.startswith(GZIP_MAGIC):
            with gzip.open(path, "rb") as gz:
                head = gz.read(16)
    except (OSError, EOFError):
        return False
    return head.startswith(b"WARC/")


def iter_warc(path: Path, max_bytes: int = MAX_BYTES, start: int = 0, end: int | None = None
              ) -> Iterator[RawInput | InputError | Skipped]:
    """The HTML pages of a WARC file, each read or the error saying why not; never stops on a bad record.

    ``start``/``end`` restrict the reading to the records that begin in ``[start, end)``;
    ``start`` must be a record offset (as :func:`record_offsets` yields them). A distributed
    ingest reads one large file as several such ranges, and the pages keep the names a
    whole-file reading gives them.
    """
    for _offset, item in _records(path, start, end, lambda record, name: _page(record, name, max_bytes)):
        yield item


def record_offsets(path: Path) -> Iterator[int]:
    """The offset of every readable record of the file, read as a stream (payloads are skipped, not kept).

    Corrupt records are passed over as :func:`iter_warc` passes over them, so each
    offset is one where a reading of the whole file also finds a record: a range may start there.
    """
    for offset, item in _records(path, 0, None, lambda _record, _name: None):
        if not isinstance(item, InputError):
            yield offset


Item = RawInput | InputError | Skipped | None


def _records(path: Path, first: int, end: int | None, read: Callable[[object, str], Item]
             ) -> Iterator[tuple[int, Item]]:
    """(offset, ``read(record, name)`` or the error) for the records that start in ``[first, end)``.

    ``read`` runs inside the error handling: a record whose payload turns out corrupt while
    it is read is reported like one whose header is.
    """
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield first, InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        compressed = fh.read(3) == GZIP_MAGIC
        size = fh.seek(0, 2)
        start: int | None = first
        while start is not None and (end is None or start < end):
            fh.seek(start)
            if start == 0 and not _starts_like_warc(fh, compressed):
                yield 0, InputError(name, "not a WARC file (it does not start with a WARC record)")
                return
            it = _QuietIterator(fh)
            offset = start
            try:
                for record in it:
                    offset = it.offset
                    if end is not None and offset >= end:
                        return
                    yield offset, read(record, f"{name}#{offset}")
                if it.offset < size:  # warcio stops silently when the file ends inside a record header
                    yield it.offset, InputError(f"{name}#{it.offset}", "truncated record (the file ends inside it)")
                return
            except Exception as exc:  # warcio raises many kinds on damaged input
                offset = max(offset, it.offset)  # past the last good record when the next one is the bad one
                if end is not None and offset >= end:
                    return  # the range after ours reports it
                yield offset, InputError(f"{name}#{offset}", f"corrupt record at offset {offset}: {_reason(exc)}")
            start = _next_boundary(fh, offset + 1, compressed)


class _QuietIterator(ArchiveIterator):
    """warcio writes a warning to stderr for a record with a wrong length; we report errors ourselves."""

    def _consume_blanklines(self):  # type: ignore[no-untyped-def]
        with contextlib.redirect_stderr(io.StringIO()):
            return super()._consume_blanklines()


def _starts_like_warc(fh: BinaryIO, compressed: bool) -> bool:
    fh.seek(0)
    try:
        head = gzip.GzipFile(fileobj=fh).read(8) if compressed else fh.read(8)
    except (OSError, EOFError):
        head = b""
    fh.seek(0)
    return head.startswith(b"WARC/")


def _page(record, name: str, max_bytes: int) -> RawInput | InputError | Skipped:
    if record.rec_headers.get_header("Content-Length") is None:  # a header cut short by the end of the file
        return InputError(name, "truncated record (the file ends inside its header)")
    if record.rec_type != "response":
        return Skipped(name, f"{record.rec_type} record")
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is None:
        return Skipped(name, "response without HTTP headers")
    status = (http.get_statuscode() or "").strip()
    if url and url.split("?")[0].endswith("/robots.txt"):
        return Skipped(name, "robots.txt")
    if status != "200":
        return Skipped(name, f"HTTP status {status or '?'}")
    ctype = (http.get_header("Content-Type") or record.rec_headers.get_header("WARC-Identified-Payload-Type")
             or "").lower()
    if ctype and "html" not in ctype and "text/plain" not in ctype:
        return Skipped(name, f"not HTML ({ctype.split(';')[0]})")
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return InputError(name, f"too large (more than {max_bytes / 1e6:.0f} MB)")
    stream.read()  # to the end, so the length check below sees the whole record
    if getattr(record.raw_stream, "limit", 0) > 0:
        return InputError(name, "truncated record (the file ends inside it)")
    try:
        raw = read_bytes(data, name, url=url, max_bytes=max_bytes)
    except InputError as exc:
        return exc
    return raw


def _next_boundary(fh: BinaryIO, pos: int, compressed: bool) -> int | None:
    """The offset of the next place a record may start at or after ``pos``, or None at the end."""
    pattern = re.compile(re.escape(GZIP_MAGIC)) if compressed else re.compile(rb"(?:^|\n)" + WARC_LINE.pattern)
    keep = 16
    fh.seek(pos)
    base, tail = pos, b""
    while True:
        block = fh.read(SCAN_BLOCK)
        if not block:
            return None
        data = tail + block
        for match in pattern.finditer(data):
            at = base - len(tail) + match.start()
            if not compressed and data[match.start():match.start() + 1] == b"\n":
                at += 1
            if at >= pos:
                return at
        tail = data[-keep:]
        base += len(block)


def _reason(exc: Exception) -> str:
    if isinstance(exc, (AttributeError, TypeError, KeyError, IndexError)):  # warcio tripping over a damaged header
        return "its header is damaged (a required field cannot be read); the other records are still read"
    text = "".join(ch if ch.isprintable() else "?" for ch in one_line(exc))
    return text[:120]
