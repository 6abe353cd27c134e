"""Language identification with lingua, restricted to the languages news comes in."""

from __future__ import annotations

from functools import cache

from ..document import Document
from ..lang import available_languages


class UnsupportedLanguage(ValueError):
    """The article is in a language the analysis has no knowledge for.

    Extraction and language identification are done: ``doc`` holds the text and the
    metadata, so a caller can still show them; claims, figures and entities are not.
    """

    def __init__(self, doc: Document) -> None:
        supported = ", ".join(supported_languages())
        super().__init__(f"{doc.raw.name}: language {doc.article.language!r} is not supported "
                         f"(supported: {supported}); only text and metadata were extracted")
        self.doc = doc


def supported_languages() -> list[str]:
    """Languages with a data folder under ``quellenlage/lang``: the analysis knows their words."""
    return available_languages()

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
    """Set ``article.language``; raise :class:`UnsupportedLanguage` for one the later stages cannot read."""
    doc.article.language = language_of(doc.article.text)
    if doc.article.language is not None and doc.article.language not in supported_languages():
        doc.warnings.append(f"unsupported language {doc.article.language!r}")
        raise UnsupportedLanguage(doc)
    return doc
