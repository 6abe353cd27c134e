"""Read one input into a :class:`~quellenlage.document.RawInput`: bytes or a file, kind sniffed, encoding found.

The kind (HTML or already-scraped text) is decided from the content, not the file
name, and the encoding is detected, so Windows-1252 and Latin-1 pages come out as
clean Unicode. Everything that cannot be an article (binary files, empty files,
oversized files) raises :class:`InputError` with a one-line reason.

It sits beside :mod:`quellenlage.document`, below the stages and the ingest layer, so that
the pipeline's own conveniences (``analyze(path)``) read a file without importing ingest;
:mod:`quellenlage.ingest.readers` builds the walks over given paths on it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .document import RawInput

MAX_BYTES = 20 * 1024 * 1024  # a news page is rarely above 2 MB; 20 MB leaves room for inline assets
TEXT_SUFFIXES = {".html", ".htm", ".txt", ".xhtml"}

BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or office document)",
    b"\x1f\x8b": "gzip-compressed data",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "an executable",
}
HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<article[\s>]", re.I)
# Pages that start with a PHP warning or a stray <style> still are HTML: count common tags.
HTML_TAG = re.compile(rb"</?(?:br|b|i|p|div|span|a|style|script|meta|link|table|tr|td|ul|li|h[1-6]|img|form)\b[^>]{0,300}>", re.I)
HTML_MIN_TAGS = 5
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


class InputError(ValueError):
    """An input that cannot be analysed; ``str()`` is a one-line reason naming the input."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def sniff_kind(content: str | bytes) -> str:
    head = content[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", "ignore")
    if HTML_SNIFF.search(head) or len(HTML_TAG.findall(head)) >= HTML_MIN_TAGS:
        return "html"
    return "text"


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Bytes -> (text, encoding): BOM, then UTF-8, then a declared charset, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(data[:8192])
    if declared:
        enc = declared.group(1).decode("ascii", "ignore").lower()
        if enc in ("iso-8859-1", "latin-1", "latin1", "us-ascii"):
            enc = "cp1252"  # browsers read Latin-1 labels as Windows-1252 (WHATWG)
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", "replace"), "cp1252"


def read_bytes(data: bytes, name: str, url: str | None = None, max_bytes: int = MAX_BYTES) -> RawInput:
    if not data.strip():
        raise InputError(name, "empty input")
    if len(data) > max_bytes:
        raise InputError(name, f"too large ({len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"not an article: {what}")
    sample = data[:8192]
    if b"\x00" in sample and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "not an article: binary data")
    text, encoding = decode(data, name)
    if not text.strip():
        raise InputError(name, "empty input")
    return RawInput(name=name, content=text, kind=sniff_kind(data), encoding=encoding, url=url)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> RawInput:
    name = str(path)
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(), "-", max_bytes=max_bytes)
    if not path.exists():
        raise InputError(name, "no such file or directory")
    if path.is_dir():
        raise InputError(name, "is a directory")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, name, max_bytes=max_bytes)
