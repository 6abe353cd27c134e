"""Extra entity sources: a user's own NER (a spaCy model, or any function) next to the gazetteers.

The gazetteers and role rules stay first; an extra source only adds names in places they
left empty, and each name it adds is still canonicalised through the gazetteer when the
gazetteer knows it. Configure one of:

* ``QUELLENLAGE_SPACY_NER=de_core_news_md`` (an installed spaCy package, or a path to a
  saved pipeline): its ``doc.ents`` are used;
* :func:`register_source` with any callable ``(text, language) -> [(start, end, label)]``.

Labels are mapped to the contract's types: PER/PERSON -> PER, ORG -> ORG, GPE -> GPE,
LOC/FAC -> LOC; others (MISC, NORP, DATE, …) are ignored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

Span = tuple[int, int, str]
EntitySource = Callable[[str, "str | None"], Iterable[Span]]
ENV = "QUELLENLAGE_SPACY_NER"
LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}

_registered: list[EntitySource] = []


class SourceError(RuntimeError):
    """A configured extra entity source cannot be loaded."""


def register_source(source: EntitySource) -> None:
    """Add an entity source used by every later :func:`~quellenlage.entities.find_entities`."""
    _registered.append(source)


def clear_sources() -> None:
    _registered.clear()


def sources() -> list[EntitySource]:
    """The registered sources, plus the spaCy model named in ``QUELLENLAGE_SPACY_NER``."""
    found = list(_registered)
    name = os.environ.get(ENV, "").strip()
    if name:
        found.append(spacy_source(name))
    return found


@cache
def spacy_source(model: str) -> EntitySource:
    """A source backed by a spaCy pipeline (loaded once; a name or a path)."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency of the environment
        raise SourceError(f"{ENV}={model!r} needs spaCy installed") from exc
    try:
        nlp = spacy.load(model)
    except (OSError, ValueError) as exc:
        raise SourceError(f"cannot load spaCy model {model!r} ({ENV}): {exc}") from exc
    return SpacySource(nlp)


class SpacySource:
    """Callable wrapper around a loaded spaCy pipeline."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, text: str, language: str | None) -> list[Span]:
        return [(ent.start_char, ent.end_char, ent.label_) for ent in self.nlp(text).ents]


def typed_spans(text: str, language: str | None) -> list[tuple[int, int, str]]:
    """All spans of all sources, with labels mapped to contract types (unknown labels dropped)."""
    out: list[tuple[int, int, str]] = []
    for source in sources():
        for start, end, label in source(text, language):
            kind = LABELS.get(label.upper())
            if kind and 0 <= start < end <= len(text):
                out.append((start, end, kind))
    return sorted(out)
