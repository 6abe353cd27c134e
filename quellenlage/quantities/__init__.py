"""Figures with bounds and units (to be filled in)."""

from __future__ import annotations

from ..document import Document


def find_quantities(doc: Document) -> Document:
    return doc
