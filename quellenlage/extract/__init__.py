"""Extraction stage: raw HTML or scraped text -> clean article text and metadata."""

from __future__ import annotations

import re

from ..document import Document
from .html import extract_html
from .layout import clean_code_points
from .text import extract_text

# An HTML page whose extracted text has no line like this is a navigation, login or
# index page: trafilatura's fallbacks then return menu words ("Start"), not an article.
SENTENCE_END = re.compile(r"[.!?\"“”»«…)]$")
SENTENCE_MIN_WORDS = 5


SENTENCE_INSIDE = re.compile(r"\w[.!?]\s+\w")
PROSE_MIN_WORDS = 10
# Scripts that write no spaces between words (Chinese, Japanese) or end sentences with
# their own marks (the danda of Bengali and Hindi): a line with such a mark and enough
# characters is prose too, so such pages reach the language stage and are refused
# there as an unsupported language, not as "no article".
OTHER_SENTENCE_MARK = re.compile(r"\w[。！？।]")
OTHER_PROSE_MIN_CHARS = 30


def _is_sentence_line(line: str) -> bool:
    """A line that reads like prose: a sentence, or several of them with trailing odds and ends."""
    line = line.strip()
    words = len(line.split())
    if SENTENCE_END.search(line) and words >= SENTENCE_MIN_WORDS:
        return True
    if len(line) >= OTHER_PROSE_MIN_CHARS and OTHER_SENTENCE_MARK.search(line):
        return True
    return words >= PROSE_MIN_WORDS and bool(SENTENCE_INSIDE.search(line))


class NoArticleError(ValueError):
    """The input holds no article text (an HTML page with no main content, for instance)."""


def extract(doc: Document) -> Document:
    if doc.raw.kind == "html":
        extract_html(doc)  # cleans the page's code points first
        text = doc.article.text
        if text.strip() and not any(_is_sentence_line(line) for line in text.split("\n")):
            raise NoArticleError(f"{doc.raw.name}: no article text found (the page has no main content)")
    else:
        doc.raw.content = clean_code_points(doc.raw.content)
        extract_text(doc)
    if not doc.article.text.strip():
        raise NoArticleError(f"{doc.raw.name}: no article text found"
                             + (" (the page has no main content)" if doc.raw.kind == "html" else ""))
    return doc


__all__ = ["NoArticleError", "extract", "extract_html", "extract_text"]
