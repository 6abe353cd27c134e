"""Extraction stage: raw HTML or scraped text -> clean article text and metadata."""

from __future__ import annotations

import re

from ..document import Document
from .html import extract_html
from .text import extract_text

# An HTML page whose extracted text has no line like this is a navigation, login or
# index page: trafilatura's fallbacks then return menu words ("Start"), not an article.
SENTENCE_LINE = re.compile(r"(\w+\W+){4,}\w+.*[.!?\"“”»«…)]$")


class NoArticleError(ValueError):
    """The input holds no article text (an HTML page with no main content, for instance)."""


def extract(doc: Document) -> Document:
    if doc.raw.kind == "html":
        extract_html(doc)
        text = doc.article.text
        if text.strip() and not any(SENTENCE_LINE.search(line.strip()) for line in text.split("\n")):
            raise NoArticleError(f"{doc.raw.name}: no article text found (the page has no main content)")
    else:
        extract_text(doc)
    if not doc.article.text.strip():
        raise NoArticleError(f"{doc.raw.name}: no article text found"
                             + (" (the page has no main content)" if doc.raw.kind == "html" else ""))
    return doc


__all__ = ["NoArticleError", "extract", "extract_html", "extract_text"]
