"""Sentences, tokens, POS and lemmas (filled in by the claims work)."""

from __future__ import annotations

from ..document import Document


def split_sentences(doc: Document) -> Document:
    return doc


def tag_candidates(doc: Document) -> Document:
    return doc
