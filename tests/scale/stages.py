"""A stand-in extraction stage that can make a page PostgreSQL cannot hold (a NUL character in its text)."""

from __future__ import annotations

from quellenlage.document import Document
from tests.ingest.stages import plain_extract


def nul_extract(doc: Document) -> Document:
    """As ``plain_extract``; a page containing NULBYTE gets a NUL character into its text."""
    doc = plain_extract(doc)
    if "NULBYTE" in doc.raw.content:
        doc.set_text(doc.article.text + " \x00")
    return doc
