"""Small helpers for the entity tests: a document from a sentence, and a lookup by surface."""

from __future__ import annotations

from quellenlage.document import Document, Entity, RawInput
from quellenlage.entities import find_entities


def analyse(text: str, language: str = "de") -> Document:
    doc = Document(raw=RawInput("test", text, "text"))
    doc.set_text(text)
    doc.article.language = language
    return find_entities(doc)


def entity_at(doc: Document, surface: str) -> Entity | None:
    """The entity with a mention exactly at the last occurrence of ``surface``."""
    pos = doc.text.rfind(surface)
    assert pos >= 0, f"{surface!r} not in fixture"
    end = pos + len(surface)
    for e in doc.entities:
        if any(m.start == pos and m.end == end for m in e.mentions):
            return e
    return None
