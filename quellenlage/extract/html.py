"""HTML pages: trafilatura for the body and its metadata (whose date comes from htmldate).

The page is parsed once; trafilatura works on a copy of that tree, and the tree is
reused for what trafilatura leaves out: the section (``article:section``, JSON-LD
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
from .layout import split_lines
from .text import apply_body

TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")
HOME_CRUMBS = {"home", "startseite", "start", "homepage", "index", "news", "nachrichten", "aktuell", "front page"}
COMPANY = re.compile(r"\b(GmbH|AG|KG|Ltd|Inc|LLC|S\.A\.|Verlag|Media Group)\b")
DATE_FRAGMENT = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
MAX_CREDIT_NODES = 20

# Date search of htmldate inside trafilatura: the page's own markup (meta, JSON-LD,
# time elements) first; the slow free-text scan of the whole page only when those fail.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def load_tree(html: str) -> Any:
    from trafilatura.utils import load_html

    return load_html(html)


def extract_html(doc: Document) -> Document:
    import trafilatura

    tree = load_tree(doc.raw.content)
    if tree is None:
        doc.set_text("")
        return doc
    result = trafilatura.bare_extraction(
        tree, url=doc.raw.url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=False, date_extraction_params=DATE_PARAMS,
    )
    art = doc.article
    credits = Credits()
    text = ""
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        art.url = data.get("url") or doc.raw.url
        host = data.get("hostname") or (urlsplit(art.url).hostname if art.url else None)
        art.outlet = outlet_name(data.get("sitename"), host)
        art.title = clean_title(data.get("title"), art.outlet, host)
        art.published = data.get("date")
        art.authors = clean_authors(data.get("author"), data.get("sitename"), host, credits)
        art.categories = list(data.get("categories") or [])
        art.description = data.get("description")
    art.section = find_section(tree, art.categories, art.outlet)
    for credit in figure_credits(tree):
        credits.add_image(credit)
    lines = split_lines(text)
    if lines and art.title and same_headline(lines[0], art.title):
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


def find_section(tree: Any, categories: list[str], outlet: str | None) -> str | None:
    """``article:section``, else JSON-LD breadcrumbs, else a breadcrumb trail, else the first category."""
    for xpath in ('//meta[@property="article:section"]/@content', '//meta[@name="article:section"]/@content',
                  '//meta[@name="section"]/@content', '//meta[@property="og:section"]/@content'):
        values = [v.strip() for v in tree.xpath(xpath) if v and v.strip()]
        if values:
            return values[0]
    crumbs = jsonld_breadcrumbs(tree) or html_breadcrumbs(tree)
    section = pick_crumb(crumbs, outlet)
    if section:
        return section
    return categories[0] if categories else None


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


def jsonld_breadcrumbs(tree: Any) -> list[str]:
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
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


def html_breadcrumbs(tree: Any) -> list[str]:
    nodes = tree.xpath('//*[contains(@class,"breadcrumb") or contains(@id,"breadcrumb")][1]')
    if not nodes:
        return []
    links = nodes[0].xpath('.//a|.//li[not(.//a)]|.//span[@itemprop="name"]')
    out = []
    for link in links:
        text = " ".join(link.text_content().split())
        if text and text not in out:
            out.append(text)
    return out


def figure_credits(tree: Any) -> list[str]:
    """Picture credits the page marks up as such (figure credit/copyright elements)."""
    nodes = tree.xpath('//figure//*[contains(@class,"credit") or contains(@class,"copyright") '
                       'or contains(@class,"source")]')
    out: list[str] = []
    for node in nodes[:MAX_CREDIT_NODES]:
        text = " ".join(node.text_content().replace("\u200b", "").split()).strip().strip("()").strip()
        text = re.sub(r"^(©|\(c\)|Copyright|Foto|Bild|Photo|Image|Credit)\s*:?\s*", "", text, flags=re.I)
        if 1 < len(text) <= 120 and text not in out:
            out.append(text)
    return out
