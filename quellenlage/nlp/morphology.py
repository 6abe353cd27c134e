"""Konjunktiv I and II: the verb mood that marks German reported speech.

HanTa tags STTS, which has no mood, so mood comes from here: irregular and auxiliary
forms from ``lang/de/konjunktiv.toml``, and one rule for the regular third person
singular of Konjunktiv I: a finite verb that equals its lemma minus the final ``n``
("verkaufe" <- "verkaufen", "gebe" <- "geben"; the indicative would be "verkauft", "gibt"), or,
for verbs in -ern/-eln, the lemma's stem plus "e" ("liefere" <- "liefern").
The rule needs a POS tag and a lemma; without them only the lists answer.
"""

from __future__ import annotations

from functools import cache

from ..document import Token
from ..lang import MissingResource, load
from .tagger import hanta_model, tag_word_on_demand


@cache
def _data(lang: str) -> tuple[frozenset[str], frozenset[str], int]:
    try:
        d = load(lang, "konjunktiv")
    except MissingResource:
        return frozenset(), frozenset(), 99
    return frozenset(d.get("irregular_k1", [])), frozenset(d.get("k2", [])), int(d.get("min_regular_length", 4))


def is_konjunktiv1(token: Token, lang: str = "de") -> bool:
    """True for a Konjunktiv I form ("sei", "habe", "werde", "verkaufe")."""
    k1, _k2, min_len = _data(lang)
    word = token.text.lower()
    if word in k1:
        return True
    if token.pos and token.lemma and "FIN" in token.pos and token.pos.startswith("V"):
        lemma = token.lemma.lower()
        if len(word) < min_len:
            return False
        if lemma.endswith("en"):  # verkaufen -> verkaufe
            return word == lemma[:-1]
        return lemma.endswith(("ern", "eln")) and word == lemma[:-1] + "e"  # liefern -> liefere
    return False


def is_konjunktiv2(token: Token, lang: str = "de") -> bool:
    """True for a Konjunktiv II form used in reported speech ("hätten", "würden", "wäre")."""
    return token.text.lower() in _data(lang)[1]


def is_reported_mood(token: Token, lang: str = "de") -> bool:
    return is_konjunktiv1(token, lang) or is_konjunktiv2(token, lang)


def has_reported_mood(tokens: list[Token], lang: str = "de") -> bool:
    """Whether a clause holds a finite verb in Konjunktiv I or II (quoted words excluded by the caller).

    Words no tagger has seen are looked up on demand (HanTa's cached word analysis where the
    language's ``konjunktiv.toml`` names a model, only for the few words that could be a regular
    Konjunktiv I), so a long run of reported
    speech is read to its end even where the tagger stage did not reach.
    """
    tokens = _without_idioms(tokens, lang)
    if any(t.text[:1].islower() and is_reported_mood(t, lang) for t in tokens):
        return True
    if hanta_model(lang) is None:
        return False
    before = ""
    found = False
    for t in tokens:
        if t.pos is None and tag_word_on_demand(t, before, lang) and is_konjunktiv1(t, lang):
            found = True
            break
        before = t.text
    return found


@cache
def _idioms(lang: str) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """(idioms anywhere, idioms only at a clause start) of ``konjunktiv.toml``, each by its
    first word: a token is compared only with the idioms that begin with it."""
    try:
        d = load(lang, "konjunktiv")
    except MissingResource:
        return {}, {}
    return _by_first_word(d.get("idioms", [])), _by_first_word(d.get("clause_initial_idioms", []))


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {first: tuple(idioms) for first, idioms in out.items()}


_CLAUSE_OPENERS = {",", ";", ":", "–", "—", "-", "("}


def _without_idioms(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens minus those of fixed phrases like "es sei denn", and of "sei es" where it
    opens a clause ("…, sei es in der Schule oder zu Hause"), not after a fronted word ("Nun
    sei es wichtig", reported speech)."""
    anywhere, initial = _idioms(lang)
    if not anywhere and not initial:
        return tokens
    words = [t.text.lower() for t in tokens]
    drop: set[int] = set()
    for k, word in enumerate(words):
        if word not in anywhere and word not in initial:
            continue
        opens = k == 0 or words[k - 1] in _CLAUSE_OPENERS
        for idiom in anywhere.get(word, ()) + (initial.get(word, ()) if opens else ()):
            if tuple(words[k:k + len(idiom)]) == idiom:
                drop.update(range(k, k + len(idiom)))
    return [t for n, t in enumerate(tokens) if n not in drop] if drop else tokens


def has_konjunktiv1(tokens: list[Token], lang: str = "de") -> bool:
    """Konjunktiv I proper (no Konjunktiv II): the unambiguous mark of reported speech."""
    return has_reported_mood([t for t in tokens if not is_konjunktiv2(t, lang)], lang)
