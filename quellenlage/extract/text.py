"""Already-scraped plain text: title, section and date from the page's own lines.

A scraper that saved a news page as text keeps the page's top lines: often a section
line ("Politik"), the title, sometimes a date line, then the body, then the page's
closing furniture. This module reads those head lines as metadata, takes credits
and debris out, and leaves the body with one paragraph per line.
"""

from __future__ import annotations

import re

from ..document import Document
from .credits import Credits, take_credits
from .dates import parse_date_line
from .debris import clean_lines
from .layout import join_broken_lines, split_lines

SECTION_MAX_WORDS = 3
SECTION_MAX_CHARS = 30
TITLE_MAX_CHARS = 250
HEAD_LINES = 4
DATE_LINE_MAX_CHARS = 50  # metadata lines are looked for among the first few lines only
NO_SECTION_CHARS = re.compile(r"[.!?,;:\"“”„»«()\d]")


def is_section_line(line: str, following: str | None) -> bool:
    """A short label above a longer line: "Politik", "Wirtschaft", "Panorama / Welt"."""
    if following is None:
        return False
    words = line.split()
    return (0 < len(words) <= SECTION_MAX_WORDS and len(line) <= SECTION_MAX_CHARS
            and not NO_SECTION_CHARS.search(line) and line[:1].isupper() and len(following) > len(line))


def is_title_line(line: str) -> bool:
    return 0 < len(line) <= TITLE_MAX_CHARS and not line.endswith((".", ",", ";"))


def read_head(lines: list[str], doc: Document) -> list[str]:
    """Take section, title and date lines off the top; returns the remaining lines."""
    art = doc.article
    rest = list(lines)
    for _ in range(HEAD_LINES):
        if not rest:
            break
        line = rest[0]
        following = rest[1] if len(rest) > 1 else None
        date = parse_date_line(line)
        if date and not art.published:
            art.published = date
            doc.boilerplate.append(line)
            rest.pop(0)
            continue
        if art.title is None and art.section is None and is_section_line(line, following) \
                and following is not None and is_title_line(following):
            art.section = line
            rest.pop(0)
            continue
        if art.title is None and is_title_line(line) and following is not None:
            art.title = line
            rest.pop(0)
            continue
        break
    return rest


def extract_text(doc: Document) -> Document:
    lines = split_lines(doc.raw.content)
    lines = read_head(lines, doc)
    apply_body(doc, lines, Credits())
    return doc


def drop_date_lines(lines: list[str], doc: Document) -> tuple[list[str], list[str]]:
    """Lines that hold only a date ("Letzte Änderung 14.02.2019") are page furniture; the first may date the page."""
    kept, removed = [], []
    for line in lines:
        date = parse_date_line(line) if len(line) <= DATE_LINE_MAX_CHARS else None
        if date:
            removed.append(line)
            if not doc.article.published:
                doc.article.published = date
        else:
            kept.append(line)
    return kept, removed


def apply_body(doc: Document, lines: list[str], credits: Credits) -> None:
    """Credits, debris and line joins over body lines; sets text and credit metadata."""
    lines, credits = take_credits(lines, credits)
    lines, removed = clean_lines(lines)
    lines, dated = drop_date_lines(lines, doc)
    removed += dated
    lines = join_broken_lines(lines)
    art = doc.article
    for name in credits.agencies:
        if name not in art.agencies:
            art.agencies.append(name)
    for credit in credits.image_credits:
        if credit not in art.image_credits:
            art.image_credits.append(credit)
    for person in credits.authors:
        if person not in art.authors:
            art.authors.append(person)
    if credits.outlet and not art.outlet:
        art.outlet = credits.outlet
    doc.boilerplate.extend(credits.removed)
    doc.boilerplate.extend(removed)
    doc.set_text("\n".join(lines))
