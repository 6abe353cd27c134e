"""Extraction stage: raw HTML or scraped text -> clean article text and metadata."""

from __future__ import annotations

from ..document import Document
from .html import extract_html
from .text import extract_text


class NoArticleError(ValueError):
    """The input holds no article text (an HTML page with no main content, for instance)."""


def extract(doc: Document) -> Document:
    if doc.raw.kind == "html":
        extract_html(doc)
    else:
        extract_text(doc)
    if not doc.article.text.strip():
        raise NoArticleError(f"{doc.raw.name}: no article text found")
    return doc


__all__ = ["NoArticleError", "extract", "extract_html", "extract_text"]
