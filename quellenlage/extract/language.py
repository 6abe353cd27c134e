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
                         f"(Quellenlage reads {supported}); not analysed")
        self.doc = doc


def supported_languages() -> list[str]:
    """Languages with a data folder under ``quellenlage/lang``: the analysis knows their words."""
    return available_languages()

SAMPLE_CHARS = 600  # a paragraph decides the language as surely as a whole article; time grows with length
# Below this many characters the language is chosen among the supported ones only:
# identification of a sentence or two is too unsure to refuse an input over it.
SURE_CHARS = 200
LANGUAGES = ("GERMAN", "ENGLISH", "FRENCH", "SPANISH", "ITALIAN", "DUTCH", "POLISH", "PORTUGUESE", "RUSSIAN",
             "TURKISH", "CZECH", "DANISH", "SWEDISH", "UKRAINIAN",
             # languages with a script of their own: lingua tells them by the script alone, so
             # they cost nothing on Latin text and name the language a page is refused for
             "CHINESE", "JAPANESE", "KOREAN", "ARABIC", "PERSIAN", "HEBREW", "GREEK", "HINDI", "BENGALI", "THAI")


@cache
def _detector():
    """lingua in low-accuracy mode: its trigram models load in under a second (the full
    models take ten and more), and on a paragraph of news text it agrees with the full mode."""
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def language_of(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for no text."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    detector = _detector()
    if len(sample) < SURE_CHARS:
        supported = set(supported_languages())
        for result in detector.compute_language_confidence_values(sample):
            code = result.language.iso_code_639_1.name.lower()
            if code in supported:
                return code
        return None
    lang = detector.detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def detect_language(doc: Document) -> Document:
    """Set ``article.language``; raise :class:`UnsupportedLanguage` for one the later stages cannot read."""
    doc.article.language = language_of(doc.article.text)
    if doc.article.language is not None and doc.article.language not in supported_languages():
        doc.warnings.append(f"unsupported language {doc.article.language!r}")
        raise UnsupportedLanguage(doc)
    return doc
