"""Page metadata from trafilatura's metadata readers, without the parts we do not use.

``trafilatura.extract_metadata`` also collects tags, categories by XPath and the
licence, and copies the whole tree once more to look for a byline with regular expressions over
every element; together that costs a third of a full extraction. Quellenlage needs
title, byline, canonical URL, site name, date (htmldate) and description, so it calls
trafilatura's readers for those one by one, reads a declared publication date
directly, and looks for a byline in the markup only when the meta tags name none.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .pagedate import DATE_PARAMS
from .tree import may_hold, xpath

LOGGER = logging.getLogger(__name__)

PUBLISHED_XPATH = ('//meta[@property="article:published_time" or @name="article:published_time" '
                   'or @property="og:article:published_time" or @itemprop="datePublished" '
                   'or @name="date" or @name="DC.date.issued" or @name="dc.date" or @name="pubdate" '
                   'or @name="publishdate"]/@content')
JSON_LD_XPATH = '//script[@type="application/ld+json"]/text()'
# The meta elements PUBLISHED_XPATH selects, as the attribute values :func:`published_values` tests
# (the XPath is the reference the tests compare against).
PUBLISHED_PROPERTIES = frozenset(("article:published_time", "og:article:published_time"))
PUBLISHED_NAMES = frozenset(("article:published_time", "date", "DC.date.issued", "dc.date", "pubdate",
                             "publishdate"))
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(\d{4})-\d{2}-\d{2}')
MIN_YEAR, MAX_YEAR = 1995, 2100
# The elements that may hold a byline, as XPath (the reference the test compares against):
BYLINE_XPATH = ('//*[@rel="author" or @itemprop="author" or contains(@class,"author") or contains(@class,"Author") '
                'or contains(@class,"byline") or contains(@class,"Byline") or contains(@id,"author") '
                'or contains(@class,"writer") or contains(@class,"journalist")][not(self::meta or self::link '
                'or self::img or self::script or self::style)]')
# ... and the same test in Python (:func:`_byline_elements`): libxml2's contains() over every element
# costs twice as much as a walk of the tree that looks at the attributes of elements that have some.
BYLINE_CLASS = re.compile("author|Author|byline|Byline|writer|journalist")
BYLINE_NOT = frozenset(("meta", "link", "img", "script", "style"))
# Every attribute value _byline_elements selects holds one of these ("author" or "Author" in a class,
# "author" in an id, rel or itemprop "author"; "byline", "Byline", "writer", "journalist").
BYLINE_WORDS = ("uthor", "yline", "writer", "journalist")
DISCARD_ATTR = re.compile(r"comment|sidebar|related|teaser|footer|quote|share|print|recommend|widget", re.I)
BYLINE_MAX_CHARS = 120


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    url: str | None = None
    hostname: str | None = None
    sitename: str | None = None
    date: str | None = None
    description: str | None = None
    categories: list[str] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)  # the texts of the JSON-LD scripts
    metas: list[Any] = field(default_factory=list)  # the meta elements, in document order


def read_meta(tree: Any, url: str | None = None, search_date: bool = True) -> PageMeta:
    """Metadata from meta tags, JSON-LD, the title element, the canonical link and htmldate.
    Without ``search_date`` only a declared date is read, and the caller searches for one where
    there is none (``pagedate.search_date``, once nothing else reads the tree)."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    found = examine_meta(tree)
    try:
        found = extract_meta_json(tree, found)
    except Exception as exc:  # trafilatura's JSON-LD reader trips over odd markup; meta tags remain
        LOGGER.debug("JSON-LD metadata unreadable: %s", exc)
    meta = PageMeta(
        title=found.title or extract_title(tree),
        author=found.author if found.author and " " in found.author else None,
        url=found.url or extract_url(tree, url),
        sitename=(found.sitename or "").lstrip("@") or None,
        description=found.description,
        categories=list(found.categories or []),
    )
    if meta.url:
        meta.hostname = urlsplit(meta.url).hostname
    meta.metas, meta.json_ld = metas_and_json_ld(tree)  # read once, here and for the section
    meta.date = declared_date(tree, meta.json_ld, meta.metas)
    if meta.date is None and search_date:
        try:
            meta.date = find_date(tree, url=meta.url, **DATE_PARAMS)
        except Exception as exc:  # a date is optional; never lose the article over it
            LOGGER.debug("htmldate failed: %s", exc)
    return meta


def metas_and_json_ld(tree: Any) -> tuple[list[Any], list[str]]:
    """The page's meta elements and the texts of its JSON-LD scripts (``JSON_LD_XPATH``), in
    document order, from one walk over the tree that hands only those elements to Python.

    The declared date and the section read both; three XPath searches (the published date's meta
    tags, the JSON-LD, the section's meta tags) each walked the whole tree, 83 ms on the 100 pages
    of ``benchmarks/analysis.py``."""
    metas: list[Any] = []
    json_ld: list[str] = []
    texts = xpath("text()")
    for elem in tree.getroottree().getroot().iter("meta", "script"):
        if elem.tag == "meta":
            metas.append(elem)
        elif elem.get("type") == "application/ld+json":
            json_ld += texts(elem)
    return metas, json_ld


def published_values(metas: list[Any]) -> list[str]:
    """The contents of the meta elements :data:`PUBLISHED_XPATH` selects, among ``metas``."""
    out = []
    for elem in metas:
        get = elem.get
        if get("property") in PUBLISHED_PROPERTIES or get("name") in PUBLISHED_NAMES \
                or get("itemprop") == "datePublished":
            content = get("content")
            if content is not None:
                out.append(content)
    return out


def declared_date(tree: Any, json_ld: list[str] | None = None, metas: list[Any] | None = None) -> str | None:
    """The publication date the page declares in its article meta tags or JSON-LD, if any.

    These are the first places htmldate looks too; reading them directly spares its
    full search on most news pages. Pages without them go to htmldate. ``json_ld``, ``metas``:
    the page's JSON-LD scripts and meta elements, when the caller has read them
    (:func:`metas_and_json_ld`).
    """
    for value in xpath(PUBLISHED_XPATH)(tree) if metas is None else published_values(metas):
        m = ISO_DAY.match(value.strip())
        if m and MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
            return m.group(0)
    for script in xpath(JSON_LD_XPATH)(tree) if json_ld is None else json_ld:
        m = JSONLD_PUBLISHED.search(script)
        if m and MIN_YEAR <= int(m.group(1)) <= MAX_YEAR:
            return m.group(0).rsplit('"', 1)[-1]
    return None


def byline_from_markup(tree: Any, page: str | None = None) -> str | None:
    """A byline from the page's markup: the first element marked as author or byline.

    Like trafilatura's byline search, but in one pass with plain ``contains()`` tests
    instead of regular expressions over every element, and with comment threads,
    sidebars, teasers and figures ruled out by looking at the hit's ancestors rather
    than by pruning a copy of the whole tree first. ``page``: the source the tree was
    parsed from; when it cannot hold the words an author's element is marked with
    (:data:`BYLINE_WORDS`, :func:`.tree.may_hold`), the walk over every element is skipped.
    """
    from trafilatura.metadata import normalize_authors

    if page is not None and not may_hold(page, BYLINE_WORDS):
        return None

    for elem in _byline_elements(tree):
        if any(DISCARD_ATTR.search(f"{a.get('class', '')} {a.get('id', '')}") or a.tag in ("figure", "time")
               for a in elem.iterancestors()):
            continue
        content = " ".join(" ".join(elem.itertext()).split())
        if 2 < len(content) < BYLINE_MAX_CHARS:
            author = normalize_authors(None, content)
            if author:
                return author
    return None


def _byline_elements(tree: Any):
    """The elements :data:`BYLINE_XPATH` selects, in document order, found one at a time."""
    from lxml import etree

    for elem in tree.getroottree().getroot().iter(etree.Element):
        attrib = elem.attrib
        if not attrib:
            continue
        cls, ident = attrib.get("class"), attrib.get("id")
        if (attrib.get("rel") == "author" or attrib.get("itemprop") == "author"
                or (cls is not None and BYLINE_CLASS.search(cls)) or (ident is not None and "author" in ident)) \
                and elem.tag not in BYLINE_NOT:
            yield elem
