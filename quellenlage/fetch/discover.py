"""What a fetched response is, and the links a feed or a sitemap holds.

A response is a **sitemap** (``<urlset>``, ``<sitemapindex>``; gzip-compressed too), a
**feed** (RSS, Atom, RDF), or a **page** (HTML, XHTML or plain text). The kind is read from
the content, the content type only confirms it: an HTML error page served as
``application/rss+xml`` is a page, and where a feed was expected that is an error.

Sitemaps are read with lxml's ``iterparse`` and each ``<url>`` is cleared once read, so a
sitemap of 100,000 links is a stream of links, never a tree in memory. Feeds are read with
feedparser. Page text is decoded by the charset the server names when the bytes agree with
it, else by the page's own declaration or detection (a server naming the wrong charset).
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..document import RawInput
from ..ingest.feeds import FEED_ROOT, entry_html, parse_feed
from ..ingest.readers import InputError, read_bytes
from .client import Fetched, too_large
from .urls import BadURL, check_url, resolve

SITEMAP_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(urlset|sitemapindex)[\s>]")
PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain", ""}
XML_TYPES = re.compile(r"(^|[/+])xml$|rss|atom|rdf")
GZIP_MAGIC = b"\x1f\x8b"
LATIN1_LABELS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}


@dataclass
class Link:
    """A link found in a feed or sitemap: a page to fetch, or (in a sitemap index) another sitemap."""

    url: str
    kind: str = "page"  # "page" | "sitemap"
    date: str | None = None  # lastmod, news:publication_date or the entry's date
    entry_page: str | None = None  # a feed entry's own content as a page, used when the link cannot be fetched


def body_of(got: Fetched, max_bytes: int) -> bytes:
    """The body, gunzipped when it is a gzip file (``sitemap.xml.gz``), at most ``max_bytes`` of it."""
    data = got.body
    if not data.startswith(GZIP_MAGIC):
        return data
    out = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        result = out.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(got.url, f"broken gzip data ({exc})") from None
    if len(result) > max_bytes:
        raise InputError(got.url, too_large(None, max_bytes) + " when uncompressed")
    return result


def kind_of(got: Fetched, data: bytes) -> str:
    """``sitemap``, ``feed`` or ``page``; :class:`InputError` for what is none of them."""
    head = data[:4096]
    if SITEMAP_ROOT.search(head):
        return "sitemap"
    if FEED_ROOT.search(head):
        return "feed"
    ctype = got.content_type
    if ctype in PAGE_TYPES or ctype.startswith("text/"):
        return "page"
    if XML_TYPES.search(ctype):
        raise InputError(got.url, f"not a readable feed or sitemap ({ctype} without an RSS, Atom or sitemap root)")
    raise InputError(got.url, f"not an article: content type {ctype}")


def expect_listing(got: Fetched, kind: str) -> None:
    """Refuse a page where a feed or sitemap was asked for (an HTML error page served as a feed)."""
    if kind == "page":
        what = "an HTML page" if got.content_type in ("text/html", "application/xhtml+xml") else got.content_type
        raise InputError(got.url, f"not a feed or sitemap: the server sent {what or 'a page'}")


def page_input(got: Fetched, data: bytes, name: str, max_bytes: int) -> RawInput:
    """The page as the analysis reads it, its charset checked against the header."""
    raw = read_bytes(data, name, url=got.final_url or got.url, max_bytes=max_bytes)
    declared = LATIN1_LABELS.get(got.charset or "", got.charset)
    if declared and raw.encoding != "utf-8" and declared not in ("utf-8", "utf8"):
        # not valid UTF-8: the header's charset (as browsers read Latin-1 labels) when the bytes fit it
        # a header naming no charset these bytes are in: keep the page's own or the detected one
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            raw.content, raw.encoding = data.decode(declared), declared
    return raw


def feed_links(got: Fetched, data: bytes) -> Iterator[Link | InputError]:
    """The entries of a feed as links to their pages (with the entry's content to fall back on)."""
    parsed = parse_feed(data)
    usable = [e for e in parsed.entries if e.get("link") or entry_html(e)]
    if not usable:  # a broken feed's debris is not an entry: say why the feed cannot be read
        if parsed.get("bozo"):
            exc = str(parsed.get("bozo_exception") or "malformed").strip().splitlines()
            yield InputError(got.url, f"not a readable feed (invalid XML: {(exc[0] if exc else 'malformed')[:120]})")
        else:
            yield InputError(got.url, "feed has no entries")
        return
    base = got.final_url or got.url
    for i, entry in enumerate(parsed.entries):
        page = entry_html(entry)
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        date = entry.get("published") or entry.get("updated")
        if not link:
            if page:
                yield Link(f"{base}#{entry.get('id') or i}", "entry", date, page)
            else:
                yield InputError(f"{base}#{i}", "feed entry has no link, no content and no summary")
            continue
        try:
            yield Link(check_url(resolve(base, link)), "page", date, page)
        except BadURL as exc:
            yield InputError(f"{base}#{entry.get('id') or i}", f"entry link refused: {exc.reason}")


def sitemap_links(got: Fetched, data: bytes) -> Iterator[Link | InputError]:
    """Each ``<loc>`` of a sitemap or sitemap index, streamed; news sitemaps give their publication date."""
    base = got.final_url or got.url
    events = etree.iterparse(io.BytesIO(data), events=("end",), resolve_entities=False, no_network=True,
                             huge_tree=False, recover=False)
    count = 0
    try:
        for _event, elem in events:
            name = etree.QName(elem).localname if isinstance(elem.tag, str) else ""
            if name not in ("url", "sitemap"):
                continue
            loc = date = None
            for child in elem.iter():
                if not isinstance(child.tag, str):
                    continue
                local = etree.QName(child).localname
                if local == "loc" and loc is None and child.text:
                    loc = child.text.strip()
                elif local in ("publication_date", "lastmod") and child.text and date is None:
                    date = child.text.strip()
            elem.clear()
            while elem.getprevious() is not None:  # drop what is read: memory stays flat
                del elem.getparent()[0]
            if not loc:
                continue
            count += 1
            try:
                yield Link(check_url(resolve(base, loc)), "sitemap" if name == "sitemap" else "page", date)
            except BadURL as exc:
                yield InputError(base, f"sitemap link refused: {exc.reason}")
    except etree.XMLSyntaxError as exc:
        yield InputError(base, f"not a readable sitemap (invalid XML: {str(exc).splitlines()[0][:120]})"
                               + (f"; {count} links read before it" if count else ""))

