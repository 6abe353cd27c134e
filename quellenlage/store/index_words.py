"""What the full-text indexes hold beyond the words as written: their other spellings and compound parts.

An article is indexed with two more fields, written by :func:`extra_terms` when it is stored:

- ``index_spellings``: each word with an umlaut or ß also as it is written without one
  ("Ölfilm" -> ``oelfilm``, ``olfilm``; the letters are data, ``lang/common/spellings.toml``), so
  that "oelfilm" finds "Ölfilm"; a query word is looked up as written and in these spellings
  (:func:`query_forms`), so "Ölfilm" finds "Oelfilm" too;
- ``index_parts``: the parts of the compounds of a language that has a splitter
  (:data:`COMPOUNDS`; German: ``lang/de/compounds.py``), "Wasserschutzpolizei" -> ``wasser schutz
  polizei schutzpolizei``, so that "Polizei" finds it. Search ranks a match of a part below a
  match of the word itself.

A claim gets one such field (``index_terms``, both kinds) for its content and source.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import cache

from ..lang import load
from .snippets import fold

WORD = re.compile(r"\w+")

#: language -> the function giving a word's compound parts to index (``module:function``, imported on first use)
COMPOUNDS = {"de": "quellenlage.lang.de.compounds:index_terms"}


@cache
def _letters() -> dict[int, str]:
    return str.maketrans(load("common", "spellings")["letters"])


@cache
def _splitter(language: str | None) -> Callable[[str], list[str]] | None:
    target = COMPOUNDS.get(language or "")
    if target is None:
        return None
    module, name = target.split(":")
    return getattr(importlib.import_module(module), name)


def spellings(word: str) -> list[str]:
    """The other spellings of ``word`` the index keeps: "Ölfilm" -> ``["oelfilm", "olfilm"]``; ASCII: ``[]``."""
    if word.isascii():
        return []
    low = word.lower()
    return [s for s in dict.fromkeys((low.translate(_letters()), fold(low))) if s != low]


def query_forms(word: str) -> list[str]:
    """The forms a query word is searched as: itself (lower case) and its other spellings."""
    return [word.lower(), *spellings(word)]


def snippet_forms(word: str) -> list[str]:
    """The forms to mark in a snippet: the query forms and, for a word typed without umlauts, the word with them
    ("oelfilm" -> also "ölfilm", which marks "Ölfilm")."""
    low = word.lower()
    back = low
    for letter, spelled in load("common", "spellings")["letters"].items():
        back = back.replace(spelled, letter)
    return list(dict.fromkeys([*query_forms(word), back]))


def extra_terms(texts: Iterable[str | None], language: str | None) -> tuple[str | None, str | None]:
    """(spellings, compound parts) of the words of ``texts``, each a space-separated string or None."""
    words = {w for t in texts if t for w in WORD.findall(t)}
    other = sorted({s for w in words for s in spellings(w)})
    split = _splitter(language)
    parts: set[str] = set()
    if split is not None:
        for w in words:
            for part in split(w):
                parts.add(part)
                parts.update(spellings(part))
    return (" ".join(other) or None), (" ".join(sorted(parts)) or None)


def claim_terms(content: str | None, source: str | None, language: str | None) -> str | None:
    """A claim's one extra field: the spellings and compound parts of its content and source."""
    spelled, parts = extra_terms((content, source), language)
    return " ".join(t for t in (spelled, parts) if t) or None
