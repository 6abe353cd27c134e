"""Read RSS and Atom feed files: each entry becomes one input.

An entry's article is taken, in this order, from

1. the page its link points to, when that page lies beside the feed (a saved feed
   with its saved pages: the full page has the outlet's metadata, not only the text);
2. the entry's full content (``content:encoded``, Atom ``content``);
3. the entry's summary.

Content and summary are HTML fragments; they are wrapped into a small page that
carries the entry's title, link and date as metadata, so extraction finds them as it
would on the outlet's own page.

feedparser reads broken XML leniently ("bozo" feeds); a feed it cannot read any entry
from is one :class:`InputError` with the parser's reason.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..document import RawInput
from ..errors import one_line
from .readers import MAX_BYTES, InputError, read_bytes, read_file

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


def is_feed(path: Path, head: bytes | None = None) -> bool:
    """True when the file starts like an RSS, Atom or RDF feed (whatever its name)."""
    if head is None:
        try:
            with path.open("rb") as fh:
                head = fh.read(2048)
        except OSError:
            return False
    return bool(FEED_ROOT.search(head[:2048]))


def local_page(feed_path: Path, link: str | None) -> Path | None:
    """The saved page an entry links to, when it lies in the feed's folder (never outside it)."""
    if not link:
        return None
    parsed = urlparse(link)
    candidates = []
    if not parsed.scheme and not parsed.netloc:
        candidates.append(feed_path.parent / unquote(parsed.path))
    elif parsed.path.strip("/"):
        candidates.append(feed_path.parent / unquote(parsed.path.rstrip("/").rsplit("/", 1)[-1]))
    folder = feed_path.parent.resolve()
    for candidate in candidates:
        try:
            resolved = candidate.resolve()
        except OSError:
            continue
        if resolved.is_file() and folder in resolved.parents:
            return resolved
    return None


def linked_pages(feed_path: Path) -> set[Path]:
    """The saved pages beside a feed that its entries stand for (a directory walk skips them)."""
    parsed = _parse(feed_path)
    if parsed is None:
        return set()
    pages = (local_page(feed_path, e.get("link")) for e in parsed.entries)
    return {p for p in pages if p is not None}


def iter_feed(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[RawInput | InputError]:
    """One input per entry, or the error saying why the feed or an entry cannot be read."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    parsed = _parse_bytes(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield InputError(name, f"not a readable feed (invalid XML: {_reason(parsed.get('bozo_exception'))})")
        else:
            yield InputError(name, "feed has no entries")
        return
    for i, entry in enumerate(parsed.entries):
        link = entry.get("link")
        url = _absolute(link) or _absolute(entry.get("id"))
        entry_name = f"{name}#{entry.get('id') or link or i}"
        page = local_page(path, link)
        try:
            if page is not None:
                raw = read_file(page, max_bytes=max_bytes)
                raw.name, raw.url = entry_name, url
                yield raw
                continue
            body = _entry_body(entry)
            if not body:
                yield InputError(entry_name, "feed entry has no content, no summary and no saved page")
                continue
            yield read_bytes(_entry_page(entry, body).encode("utf-8"), entry_name, url=url, max_bytes=max_bytes)
        except InputError as exc:
            yield InputError(entry_name, exc.reason)


def entry_html(entry) -> str | None:
    """An entry's own content (or summary) as a small page with its metadata, or None when it has neither."""
    body = _entry_body(entry)
    return _entry_page(entry, body) if body else None


def parse_feed(data: bytes):
    """feedparser's reading of feed bytes (lenient: a broken feed is ``bozo``, maybe with entries)."""
    return _parse_bytes(data)


def _absolute(link: str | None) -> str | None:
    """An http(s) URL, or None for relative links and ``urn:``/tag ids."""
    return link if link and urlparse(link).scheme in ("http", "https") else None


def _parse(path: Path):
    try:
        return _parse_bytes(path.read_bytes())
    except OSError:
        return None


def _parse_bytes(data: bytes):
    import feedparser

    return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)


def _entry_body(entry) -> str:
    for content in entry.get("content") or []:
        if (content.get("value") or "").strip():
            return content["value"]
    return (entry.get("summary") or "").strip()


def _entry_page(entry, body: str) -> str:
    """An entry as a small HTML page with its metadata where extraction looks for it."""
    title = html.escape(entry.get("title") or "")
    meta = []
    if entry.get("link"):
        meta.append(f'<link rel="canonical" href="{html.escape(entry["link"])}">')
        meta.append(f'<meta property="og:url" content="{html.escape(entry["link"])}">')
    published = entry.get("published") or entry.get("updated")
    parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed_date:
        published = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*parsed_date[:6])
    if published:
        meta.append(f'<meta property="article:published_time" content="{html.escape(published)}">')
    if entry.get("author"):
        meta.append(f'<meta name="author" content="{html.escape(entry["author"])}">')
    if not re.search(r"<[a-zA-Z]", body):  # plain text: one paragraph per line
        body = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{''.join(meta)}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


def _reason(exc: object) -> str:
    return one_line(exc or None, default="malformed")[:120]
