"""Word tokens with offsets, and the folding that makes names comparable.

The entity finder works on its own light tokens (runs of letters and digits) rather than on
the sentence stage's tokens, so it runs alone and hyphens never matter: "Kim Jong-un" and
"Kim Jong Un" give the same three tokens, and "Südkorea-Präsident" still shows "Südkorea".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..memory import bulk_allocation

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: What may stand between two tokens of one name: a space, a hyphen, an abbreviation's dot.
_JOIN = re.compile(r"[ \u00a0\-\u2010\u2011\u2013'’/]{0,2}|\.")
_ABBREV_JOIN = re.compile(r"\. ?")
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


@dataclass(slots=True, unsafe_hash=True)
class Tok:
    """One token. Treated as a value (hashable, never changed), but not ``frozen``: a page
    makes tens of thousands, and a frozen dataclass is four times slower to create."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.text.casefold()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Letter/digit runs of ``text`` with offsets shifted by ``offset`` (see ``bulk_allocation``);
    made by ``map`` over the matches, with no Python code per token but the constructor's."""
    with bulk_allocation():
        found = list(_WORD.finditer(text))
        starts, ends = map(_START, found), map(_END, found)
        if offset:
            starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
        return list(map(Tok, map(_GROUP, found), starts, ends))


def joinable(text: str, left: Tok, right: Tok) -> bool:
    """True when ``left`` and ``right`` may belong to one name (no comma, no line break between)."""
    gap = text[left.end : right.start]
    if _JOIN.fullmatch(gap) is not None:
        return True
    # "John F. Kennedy", "U. S.": a dot and a space only after an initial
    return len(left.text) == 1 and _ABBREV_JOIN.fullmatch(gap) is not None


def hyphen_joined(text: str, left: Tok, right: Tok) -> bool:
    return text[left.end : right.start] in ("-", "\u2010", "\u2011")


class _WithoutMarks(dict):
    """A ``str.translate`` table that drops combining marks: each code point's answer is asked of
    ``unicodedata.combining`` once and kept, so a word is translated in C, not char by char in Python."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _WithoutMarks()


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Case- and accent-free form: "Erdoğan" and "Erdogan" compare equal."""
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    if not decomposed.isascii():  # an ASCII character is no combining mark
        decomposed = decomposed.translate(_NO_MARKS)
    return decomposed.replace("ß", "ss")


def slug(s: str) -> str:
    """ASCII slug for refs: "Landesverband des Kfz-Gewerbes" -> "landesverband-des-kfz-gewerbes"."""
    return "-".join(_WORD.findall(fold(s))) or "x"
