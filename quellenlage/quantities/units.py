"""What a figure counts: a unit or currency from the data tables, or the noun after it.

Units and currencies are looked up in ``lang/common/quantity_symbols.tsv`` and
``lang/<lang>/quantity_units.tsv`` and come back normalised (``€`` -> EUR). Anything
else that is counted ("2.000 Containern", "500 local residents") is the noun after the
figure, kept as written and lemmatised with simplemma ("Container"; :mod:`..nlp.lemmas`). Which
word that is the language says (:meth:`~quellenlage.lang.quantities.QuantityLanguage.counted_noun`):
German nouns are capitalised, which makes them easy to find; in English the noun is the first
plural among the content words, else the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..nlp.lemmas import lemmatize
from .grammar import Grammar, Unit, language_of

_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w’'-]*(?<![-'’]))")


@dataclass
class Counted:
    text: str  # as written
    lemma: str
    start: int
    end: int
    unit: Unit | None = None  # set when the counted thing is a unit from the tables


def unit_after(text: str, pos: int, g: Grammar) -> Counted | None:
    """A unit or currency from the tables starting at ``pos`` (after optional space)."""
    m = g.unit_after.match(text, pos)
    if not m:
        return None
    form = m.group(0).lstrip(",-– \u00a0\u202f")
    unit = g.units.get(form) or g.units.get(" ".join(form.split()))
    if unit is None:
        return None
    return Counted(form, unit.lemma, m.end() - len(form), m.end(), unit)


def currency_before(text: str, start: int, g: Grammar) -> Counted | None:
    """A currency symbol or code written right before the figure ("$3bn", "€ 5", "US$ 2")."""
    m = g.currency_before.search(text, max(0, start - 6), start)
    if not m:
        return None
    form = m.group(0).rstrip(" \u00a0\u202f")
    unit = g.units.get(form)
    if unit is None:
        return None
    return Counted(form, unit.lemma, m.start(), m.start() + len(form), unit)


def counted_noun(text: str, pos: int, g: Grammar) -> Counted | None:
    """The counted thing after a figure that no unit table knows, or None."""
    words = []
    at = pos
    for _ in range(4):
        m = _WORD.match(text, at)
        if not m:
            break
        words.append((m.group(1), m.start(1), m.end(1)))
        at = m.end()
    if not words:
        return None
    found = g.language.counted_noun(words, g)
    if found is None:
        return None
    w, s, e = found
    return Counted(w, lemma(w, g.lang), s, e)


@lru_cache(maxsize=8192)
def lemma(word: str, lang: str) -> str:
    """Base form of a counted noun ("Containern" -> "Container", "residents" -> "resident")."""
    if "-" in word:  # lemmatise the head of a compound: "Kfz-Händlern" -> "Kfz-Händler"
        head, _, tail = word.rpartition("-")
        return f"{head}-{lemma(tail, lang)}" if tail else word
    try:
        out = lemmatize(word, lang)
    except (ValueError, KeyError):
        return word
    return language_of(lang).lemma_case(word, out) or word
