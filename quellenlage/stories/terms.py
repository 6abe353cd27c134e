"""Language-independent keys for counted things and predicates.

A German claim counts "Containern", an English one "containers"; both must land on the
key ``container`` to be compared. A word is reduced to its base form (simplemma, in the
article's language) and looked up in ``lang/<lang>/story_terms.tsv``; unlisted words keep
their own lowercased base form, so two articles in one language still match each other.
The word lists are data, never code.
"""

from __future__ import annotations

import contextlib
import re
from functools import cache, lru_cache

from ..lang import MissingResource, load

WORD = re.compile(r"[^\W\d_][\w\-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
MIN_TERM_LENGTH = 4


@cache
def _lexicon(lang: str) -> dict[str, str]:
    try:
        rows = load(lang, "story_terms")
    except MissingResource:
        return {}
    return {row["lemma"].strip().casefold(): row["key"].strip() for row in rows if row.get("lemma")}


@cache
def _units() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """From ``lang/common/story_units.tsv``: (lang -> written form -> key, lang -> key -> readable label)."""
    try:
        rows = load("common", "story_units")
    except MissingResource:
        return {}, {}
    forms: dict[str, dict[str, str]] = {}
    labels: dict[str, dict[str, str]] = {}
    for row in rows:
        key = (row.get("key") or "").strip()
        for lang in ("de", "en"):
            labels.setdefault(lang, {})[key] = (row.get(lang) or key).strip()
            for form in (row.get(f"{lang}_forms") or "").split("|"):
                if form.strip():
                    forms.setdefault(lang, {})[form.strip().casefold()] = key
    return forms, labels


@cache
def _institutions() -> dict[str, dict[str, str]]:
    """From ``lang/common/story_sources.tsv``: lang -> written form (folded) -> institution key."""
    try:
        rows = load("common", "story_sources")
    except MissingResource:
        return {}
    forms: dict[str, dict[str, str]] = {}
    for row in rows:
        key = (row.get("key") or "").strip()
        for lang in ("de", "en"):
            for form in [row.get(lang) or "", *(row.get(f"{lang}_forms") or "").split("|")]:
                if form.strip() and key:
                    forms.setdefault(lang, {})[" ".join(form.split()).casefold()] = key
    return forms


@cache
def _determiners(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.casefold() for w in load(lang, "claim_sources").get("determiners", []))
    except MissingResource:
        return frozenset()


def institution_key(name: str | None, lang: str | None) -> str | None:
    """The key of the institution a source name names in the bilingual table (``Umweltministerium`` and
    ``the environment ministry`` -> ``environment-ministry``); None when it names none. The name's own
    language is tried first, then the others (an entity's canonical name is English)."""
    if not name:
        return None
    words = name.split()
    forms = _institutions()
    for lg in ([lang] if lang else []) + [x for x in ("de", "en") if x != lang]:
        rest = words[1:] if len(words) > 1 and words[0].casefold() in _determiners(lg) else words
        key = forms.get(lg, {}).get(" ".join(rest).casefold())
        if key:
            return key
    return None


def unit_label(key: str | None, lang: str = "en") -> str | None:
    """A counted thing's readable name in ``lang``: ``tonne`` -> ``tonnes``; an unlisted key as it is."""
    if not key:
        return key
    return _units()[1].get(lang, {}).get(key, key)


@cache
def _stopwords(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.casefold() for w in load(lang, "story_stopwords"))
    except MissingResource:
        return frozenset()


@cache
def _time_words(lang: str) -> frozenset[str]:
    words: set[str] = set()
    for name in ("story_nonspeakers", "months"):
        with contextlib.suppress(MissingResource):
            words |= {w.strip().casefold() for w in load(lang, name) if w.strip()}
    return frozenset(words)


def is_non_speaker(name: str | None, lang: str | None) -> bool:
    """Is a source phrase only a time expression ("Anfang November", "early last week")?

    Such a phrase cannot have said anything: the claim engine mistook it for a speaker.
    Its words are data (``lang/<lang>/story_nonspeakers.txt`` and ``months.txt``)."""
    if not name:
        return False
    words = WORD.findall(name)
    known = _time_words(lang or "")
    return bool(words) and all(w.casefold() in known for w in words)


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str | None) -> str:
    """The base form of ``word`` (simplemma); the word itself when the language is unknown."""
    if not lang:
        return word
    try:
        import simplemma

        return simplemma.lemmatize(word, lang=lang)
    except (ValueError, KeyError, ImportError):
        return word


def term_key(word: str | None, lang: str | None) -> str | None:
    """``"Containern"`` (de) -> ``"container"``; ``"deliveries"`` (en) -> ``"deliver"``."""
    if not word:
        return None
    word = word.strip()
    if not word:
        return None
    langs = [lang] if lang else []
    langs += [x for x in ("de", "en") if x not in langs]
    folded = word.casefold()
    forms = _units()[0]
    for lg in langs:  # the bilingual table of counted things first: "Tonnen" = "tonnes" -> tonne
        if folded in forms.get(lg, {}):
            return forms[lg][folded]
    for lg in langs:
        lex = _lexicon(lg)
        if folded in lex:
            return lex[folded]
        base = lemma(word, lg).casefold()
        if base in lex:
            return lex[base]
    return lemma(word, lang).casefold()


def unit_key(unit: str | None, unit_lemma: str | None, lang: str | None) -> str | None:
    """The key of a figure's counted thing; the last word of a multi-word unit decides."""
    text = unit_lemma or unit
    if not text:
        return None
    forms = _units()[0]
    for written in (unit, unit_lemma):  # a multi-word unit of the bilingual table ("square kilometres")
        for lg in ([lang] if lang else []) + ["de", "en"]:
            if written and written.strip().casefold() in forms.get(lg, {}):
                return forms[lg][written.strip().casefold()]
    words = WORD.findall(text)
    if not words:
        return text.strip().casefold() or None
    return term_key(words[-1], lang)


def content_terms(text: str, lang: str | None) -> set[str]:
    """Keys of the meaningful words of a claim's content (for matching claims without figures)."""
    stop = _stopwords(lang or "")
    out: set[str] = set()
    for word in WORD.findall(text):
        if len(word) < MIN_TERM_LENGTH:
            continue
        base = lemma(word, lang).casefold()
        if base in stop or word.casefold() in stop:
            continue
        key = term_key(word, lang)
        if key:
            out.add(key)
    return out
