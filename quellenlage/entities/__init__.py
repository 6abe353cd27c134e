"""Entities canonical across languages (to be filled in)."""

from __future__ import annotations

from ..document import Document


def find_entities(doc: Document) -> Document:
    return doc
