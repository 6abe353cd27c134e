"""Language identification with lingua, restricted to the languages news comes in.

Loading lingua's models costs a process about 0.8 G instructions, as much as a bare Python
process that extracts a page with trafilatura. Most pages are plainly in a language the
analysis reads, so a paragraph is first tested against the function words of each such
language (``lang/<lang>/language_markers.toml``): when one language's words make up a large
share of it and no other's a noticeable one, that language is the answer and lingua is not
asked. The thresholds leave a wide margin: on the 933 corpus pages, where the other
languages' words were rare enough, the largest share of a language's words in a page lingua
put in another language was 2.2 %, against 12 % required here, and lingua agreed with every
page the test decided: 572 of 645 German and 119 of 152 English pages
(``benchmarks/language_markers.py``).
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lang import MissingResource, available_languages, load


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


MARKER_SHARE = 0.12  # this share of a paragraph's words are the language's markers, ...
OTHERS_AT_MOST = 0.03  # ... and at most this share those of any other language it reads
MARKER_MIN_WORDS = 20
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _markers() -> dict[str, frozenset[str]]:
    out = {}
    for lang in supported_languages():
        try:
            out[lang] = frozenset(load(lang, "language_markers")["markers"])
        except MissingResource:
            continue
    return out


def sure_by_markers(sample: str) -> str | None:
    """The language whose function words make up the paragraph, when that is beyond doubt; else None."""
    words = [w.lower() for w in _WORD.findall(sample)]
    markers = _markers()
    if len(words) < MARKER_MIN_WORDS or not markers:
        return None
    shares = {lang: sum(w in m for w in words) / len(words) for lang, m in markers.items()}
    for lang, share in shares.items():
        if share >= MARKER_SHARE and all(s <= OTHERS_AT_MOST for other, s in shares.items() if other != lang):
            return lang
    return None


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
    if len(sample) < SURE_CHARS:
        supported = set(supported_languages())
        for result in _detector().compute_language_confidence_values(sample):
            code = result.language.iso_code_639_1.name.lower()
            if code in supported:
                return code
        return None
    sure = sure_by_markers(sample)
    if sure is not None:
        return sure
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def detect_language(doc: Document) -> Document:
    """Set ``article.language``; raise :class:`UnsupportedLanguage` for one the later stages cannot read."""
    doc.article.language = language_of(doc.article.text)
    if doc.article.language is not None and doc.article.language not in supported_languages():
        doc.warnings.append(f"unsupported language {doc.article.language!r}")
        raise UnsupportedLanguage(doc)
    return doc
