"""Language identification with lingua, restricted to the languages news comes in."""

from __future__ import annotations

from functools import cache

from ..document import Document

SAMPLE_CHARS = 3000  # lingua's accuracy saturates long before a whole article; keeps the stage cheap


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
             Language.DUTCH, Language.POLISH, Language.PORTUGUESE, Language.RUSSIAN, Language.TURKISH,
             Language.CZECH, Language.DANISH, Language.SWEDISH, Language.UKRAINIAN]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def language_of(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def detect_language(doc: Document) -> Document:
    doc.article.language = language_of(doc.article.text)
    return doc
