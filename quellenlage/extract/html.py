"""HTML pages: trafilatura for the body, its metadata readers and htmldate for the rest.

The page is parsed once (:mod:`.tree`); trafilatura works on a copy of that tree, and the tree is
reused for the metadata (:mod:`.metadata`) and for what trafilatura leaves out: the section (``article:section``, JSON-LD
breadcrumbs, a breadcrumb trail), the publisher name for the outlet, and picture
credits in figure captions. The body text then goes through the same credit and
debris cleanup as scraped text (:mod:`.text`).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from ..document import Document
from .credits import Credits, byline_agencies
from .layout import clean_page, split_lines
from .metadata import JSON_LD_XPATH, byline_from_markup, read_meta
from .pagedate import search_date
from .text import apply_body
from .tree import load_tree, may_hold, xpath

TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
HOME_CRUMBS = {"home", "startseite", "start", "homepage", "index", "news", "nachrichten", "aktuell", "front page"}
COMPANY = re.compile(r"\b(GmbH|AG|KG|Ltd|Inc|LLC|S\.A\.|Verlag|Media Group)\b")
DATE_FRAGMENT = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
MAX_CREDIT_NODES = 20
SITE_SUFFIXES = {"com", "de", "net", "org", "at", "ch", "pl", "fr", "es", "it", "uk", "eu", "info", "io"}
# The first element whose class or id names a breadcrumb trail, as the parent of the first such
# attribute in document order (an element's attributes come before its children): three times
# cheaper than testing both attributes of every element.
BREADCRUMB_XPATH = '(//@class|//@id)[contains(., "breadcrumb")][1]/..'
CRUMB_XPATH = './/a|.//li[not(.//a)]|.//span[@itemprop="name"]'
FIGURE_CREDIT_XPATH = ('//figure//*[contains(@class,"credit") or contains(@class,"copyright") '
                       'or contains(@class,"source")]')
SECTION_XPATH = ('//head/meta[@property="article:section" or @name="article:section" or @name="section" '
                 'or @property="og:section"]/@content')
SECTION_PROPERTIES = frozenset(("article:section", "og:section"))  # the same test, for section_values
SECTION_NAMES = frozenset(("article:section", "section"))


def extract_html(doc: Document) -> Document:
    """Body, metadata, credits and debris of one HTML page; the page is parsed once, after its
    code points are cleaned (``doc.raw.content`` is replaced by the cleaned page)."""
    import trafilatura

    doc.raw.content, utf8 = clean_page(doc.raw.content)
    tree = load_tree(doc.raw.content, cleaned=True, utf8=utf8)
    if tree is None:
        doc.set_text("")
        return doc
    art = doc.article
    credits = Credits()
    meta = read_meta(tree, doc.raw.url, search_date=False)
    host = meta.hostname or (urlsplit(doc.raw.url).hostname if doc.raw.url else None)
    art.url = meta.url or doc.raw.url
    art.outlet = outlet_name(meta.sitename, host)
    art.title = clean_title(meta.title, art.outlet, host)
    art.categories = meta.categories
    art.description = meta.description
    art.section = find_section(tree, art.categories, art.outlet, meta.json_ld, doc.raw.content, meta.metas)
    for credit in figure_credits(tree):
        credits.add_image(credit)
    # trafilatura works on its own copy of the tree
    result = trafilatura.bare_extraction(tree, url=doc.raw.url, with_metadata=False, include_comments=False,
                                         include_tables=True, favor_precision=False)
    text = (result.text if result is not None else "") or ""
    author = meta.author or byline_from_markup(tree, doc.raw.content)
    if meta.date is None:  # the tree's last reader: htmldate prunes it
        meta.date = search_date(tree, meta.url)
    art.published = meta.date
    art.authors = clean_authors(author, meta.sitename, host, credits)
    lines = split_lines(text)
    if lines and art.title and not lines[0].startswith("- ") and same_headline(lines[0], art.title):
        lines = lines[1:]  # trafilatura repeats the headline as the first line; it is not body text
    apply_body(doc, lines, credits)
    return doc


def outlet_name(sitename: str | None, host: str | None) -> str | None:
    """The publisher's name, else the site's host without "www."."""
    if sitename:
        name = sitename.split(",")[0].strip()
        if name and not name.lower().startswith(("http", "www.")):
            return name
    if host:
        return host.removeprefix("www.")
    return None


def clean_title(title: str | None, outlet: str | None, host: str | None) -> str | None:
    """Drop trailing " | Outlet | 19.01.2020" parts that name the site, not the story."""
    if not title:
        return title
    parts = TITLE_SEPARATORS.split(title)
    names = {n.casefold() for n in (outlet, host) if n}
    if host:
        names.add(host.split(".")[-2].casefold() if host.count(".") >= 1 else host.casefold())
    while len(parts) > 1 and _is_site_part(parts[-1], names):
        parts.pop()
    while len(parts) > 1 and _is_site_part(parts[0], names):
        parts.pop(0)
    if len(parts) == len(TITLE_SEPARATORS.split(title)):
        return title.strip()
    # rebuild from the original to keep the separators inside the story title
    kept = " ".join(parts)
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept


def _is_site_part(part: str, names: set[str]) -> bool:
    p = part.strip().casefold()
    if not p:
        return True
    if DATE_FRAGMENT.match(p):
        return True
    compact = p.replace(" ", "")
    return any(p == n or compact == n.replace(" ", "") or (len(p) <= 4 and p.isalpha() and p in n) for n in names)


def clean_authors(author: str | None, sitename: str | None, host: str | None, credits: Credits) -> list[str]:
    """People in the byline: agencies go to ``credits``; the publisher and its address are dropped.

    trafilatura reads the byline from meta tags, where publishers often put their own
    name and address ("SPIEGEL ONLINE; Hamburg; Germany", "Mdr De").
    """
    if not author:
        return []
    parts = [a.strip() for a in author.split(";") if a.strip()]
    site_parts = {_compact(p) for p in re.split(r"[,;]", sitename or "") if p.strip()}
    host_key = _compact(host.removeprefix("www.")) if host else ""
    host_name = _compact(host.removeprefix("www.").split(".")[0]) if host else ""
    people = []
    for part in byline_agencies(parts, credits):
        key = _compact(part)
        first = _compact(part.split()[0])
        if COMPANY.search(part) or key in site_parts or key in (host_key, host_name) or first == host_name:
            continue
        if len(part.split()) == 1:
            continue  # a single word is a label ("Autor") or a place, not a person's byline
        if part.split()[-1].casefold() in SITE_SUFFIXES:
            continue  # "Facebook Com", "Interia Pl": a site name that trafilatura title-cased
        people.append(part)
    return people


def _compact(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def same_headline(line: str, title: str) -> bool:
    """True when ``line`` repeats the title (maybe with a kicker or punctuation changed)."""
    a = set(re.findall(r"\w+", line.casefold()))
    b = set(re.findall(r"\w+", title.casefold()))
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.7


def find_section(tree: Any, categories: list[str], outlet: str | None, json_ld: list[str] | None = None,
                 page: str | None = None, metas: list[Any] | None = None) -> str | None:
    """``article:section``, else JSON-LD breadcrumbs, else a breadcrumb trail, else the first category.
    ``json_ld``, ``metas``: the page's JSON-LD scripts and meta elements when read already
    (``metadata.metas_and_json_ld``); ``page``: the source of ``tree``."""
    found = xpath(SECTION_XPATH)(tree) if metas is None else section_values(metas)
    values = [v.strip() for v in found if v and v.strip()]
    if values:
        return values[0]
    crumbs = jsonld_breadcrumbs(tree, json_ld) or html_breadcrumbs(tree, page)
    section = pick_crumb(crumbs, outlet)
    if section:
        return section
    return categories[0] if categories else None


def section_values(metas: list[Any]) -> list[str]:
    """The contents of the meta elements :data:`SECTION_XPATH` selects, among ``metas``."""
    out = []
    for elem in metas:
        get = elem.get
        if get("property") in SECTION_PROPERTIES or get("name") in SECTION_NAMES:
            parent = elem.getparent()
            content = get("content")
            if content is not None and parent is not None and parent.tag == "head":
                out.append(content)
    return out


def pick_crumb(crumbs: list[str], outlet: str | None) -> str | None:
    """The first crumb that is neither the home page nor the outlet; never the last (the article)."""
    names = {"", (outlet or "").casefold()}
    candidates = crumbs[:-1] if len(crumbs) > 1 else []
    for crumb in candidates:
        c = crumb.strip()
        if not any(ch.isalpha() for ch in c):
            continue
        if c.casefold() in HOME_CRUMBS or c.casefold() in names or len(c) > 40:
            continue
        return c
    return None


def jsonld_breadcrumbs(tree: Any, json_ld: list[str] | None = None) -> list[str]:
    for script in xpath(JSON_LD_XPATH)(tree) if json_ld is None else json_ld:
        if "BreadcrumbList" not in script:
            continue
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in _walk(data):
            if isinstance(node, dict) and node.get("@type") == "BreadcrumbList":
                items = sorted(node.get("itemListElement") or [], key=lambda it: _int(it.get("position")))
                names = []
                for it in items:
                    name = it.get("name") or (it.get("item") or {}).get("name") if isinstance(it, dict) else None
                    if isinstance(name, str):
                        names.append(name.strip())
                if names:
                    return names
    return []


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _walk(data: Any):
    if isinstance(data, dict):
        yield data
        for v in data.values():
            yield from _walk(v)
    elif isinstance(data, list):
        for v in data:
            yield from _walk(v)


def html_breadcrumbs(tree: Any, page: str | None = None) -> list[str]:
    """The link texts of the page's breadcrumb trail. ``page``: the source of ``tree``; when it
    cannot hold "breadcrumb" (:func:`.tree.may_hold`), the search of every attribute is skipped
    (on 61 of the 100 pages of ``benchmarks/analysis.py``)."""
    if page is not None and not may_hold(page, ("breadcrumb",)):
        return []
    nodes = xpath(BREADCRUMB_XPATH)(tree)
    if not nodes:
        return []
    links = xpath(CRUMB_XPATH)(nodes[0])
    out = []
    for link in links:
        text = " ".join(link.text_content().split())
        if text and text not in out:
            out.append(text)
    return out


def figure_credits(tree: Any) -> list[str]:
    """Picture credits the page marks up as such (figure credit/copyright elements)."""
    nodes = xpath(FIGURE_CREDIT_XPATH)(tree)
    out: list[str] = []
    for node in nodes[:MAX_CREDIT_NODES]:
        text = " ".join(node.text_content().replace("\u200b", "").split()).strip().strip("()").strip()
        text = re.sub(r"^(©|\(c\)|Copyright|Foto|Bild|Photo|Image|Credit)\s*:?\s*", "", text, flags=re.I)
        if 1 < len(text) <= 120 and text not in out:
            out.append(text)
    return out
