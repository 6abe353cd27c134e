"""Claim attribution (to be filled in)."""

from __future__ import annotations

from ..document import Document


def find_claims(doc: Document) -> Document:
    return doc
