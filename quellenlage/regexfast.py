"""Alternations of word-list patterns laid out so that Python's regex engine rejects most word
starts without entering them.

The claim markers, stance words and hedges are long case-insensitive alternations searched over
every sentence. At each word start ``re`` tries every alternative in turn, and it enters each
one (saving and restoring its state) because a case-insensitive first letter is not among the
first operations it can test without entering a branch: on the 100 German pages of
``benchmarks/analysis.py`` the regex engine did about 1.1 G of the claims stage's 2.7 G
instructions, and most of the tagger's (the cue gate's marker search). The engine does test,
before entering, a branch that opens with a case-sensitive character class. So
:func:`fast_alternation` writes the same alternatives grouped by their first letter, each group
opening with such a class (the letter's ASCII spellings that match it case-insensitively, plus
every non-ASCII character), then a one-character lookbehind that checks the consumed character
against the letter as the original pattern did (case-insensitively: this keeps "ſ", "K" or "İ"
exactly as ``re`` reads them, without listing them), then the rest of each alternative:

    (?:laut)|(?:lt\\.)|(?:nach X)  ->  (?-i:[Ll + non-ASCII])(?<=l)(?:aut|t\\.)|(?-i:[Nn + non-ASCII])(?<=n)(?:ach X)

(the rests grouped again by their next letter, see :func:`fast_alternation`).

The result matches what the plain alternation matches, with the same match at each position
(alternatives keep their order within a letter, and alternatives of different letters never
match at the same position) and the same groups. An alternative that does not open with a
letter (a class, a group of mixed first letters with groups of its own, a repeat) cannot be laid
out so; then :func:`fast_alternation` returns None, and the caller keeps the plain alternation.
"""

from __future__ import annotations

import re
from functools import cache

_QUANTIFIERS = "?*+{"
_SIMPLE_GROUP = re.compile(r"\(\?:([^\W\d_]+(?:\|[^\W\d_]+)*)\)")


def fast_alternation(patterns: list[str] | list[tuple[str, str]], flags: int = re.IGNORECASE,
                     ordered: bool = True, depth: int = 3) -> str | None:
    """``"|".join(f"(?:{p})" for p in patterns)`` grouped by first letter (see the module
    docstring), or None when some pattern does not open with a letter. A pattern may be given as
    ``(pattern, tail)``: ``(?:pattern)tail``, the tail written after each of its letters' rests.

    The rests of one letter are grouped so again by their next letter, ``depth`` letters deep
    where they all open with one: "der"/"den" then fail at their third letter where only
    "demnach" and "der Studie zufolge" begin with "d" (a letter's rests stay as they are when
    one of them does not open with a letter).

    ``ordered=False`` is for a caller that only asks whether anything matches: the patterns that
    do not open with a letter then follow the letters' branches as they are, instead of making
    the answer None."""
    groups: dict[str, list[tuple[str, str]]] = {}
    others: list[str] = []
    for item in patterns:
        p, tail = (item, "") if isinstance(item, str) else item
        split = _by_first_letter(p, flags)
        if split is None:
            if ordered:
                return None
            others.append(f"(?:{p}){tail}")
            continue
        for letter, rest in split:
            groups.setdefault(letter, []).append((rest, tail))
    if not groups:
        return None
    branches = []
    for letter, rests in groups.items():
        inner = fast_alternation(rests, flags, ordered, depth - 1) if depth > 1 else None
        if inner is None:
            inner = "|".join(f"(?:{rest}){tail}" if rest else tail for rest, tail in rests)
        branches.append(f"(?-i:[{_spellings(letter, flags)}])(?<={re.escape(letter)})(?:{inner})")
    return "|".join(branches + others)


def _by_first_letter(pattern: str, flags: int) -> list[tuple[str, str]] | None:
    """[(first letter, the pattern after it)]: one pair for a pattern that opens with a letter
    ("laut"), one per letter for one that opens with a group of words ("(?:hieß|heißt) es" ->
    [("h", "(?:ieß|eißt) es")]; "(?:sei|ist) X" -> [("s", "(?:ei) X"), ("i", "(?:st) X")]), the
    letters lower-cased under IGNORECASE (the key of :func:`fast_alternation`'s groups); None
    for anything else, and for a pattern that is an alternation at its top level. Read from the
    text (a letter that opens a pattern is a literal), not parsed: a parse of every entry, again
    for the rests, cost a process a tenth of a second."""
    if flags & re.VERBOSE:
        return None
    bar, capturing = _scan(pattern)
    if bar:
        return None
    key = str.lower if flags & re.IGNORECASE else str
    if pattern[:1] and _letter(pattern[0]) and not _quantified(pattern, 1):
        return [(key(pattern[0]), pattern[1:])]
    m = _SIMPLE_GROUP.match(pattern)
    if m is None or _quantified(pattern, m.end()):
        return None
    words, rest = m.group(1).split("|"), pattern[m.end():]
    letters = list(dict.fromkeys(key(w[0]) for w in words))
    if not all(_letter(w[0]) for w in words) or (len(letters) > 1 and capturing):
        return None  # a group of the rest would be written twice
    return [(x, "(?:" + "|".join(w[1:] for w in words if key(w[0]) == x) + ")" + rest) for x in letters]


def _quantified(pattern: str, at: int) -> bool:
    """A repeat follows what ends at ``at`` ("a?", "(?:a|b)+")."""
    return pattern[at:at + 1] != "" and pattern[at] in _QUANTIFIERS


def _top_level_bar(pattern: str) -> bool:
    """``pattern`` is an alternation at its top level ("ab|cd"): its first letter does not open
    every match."""
    return _scan(pattern)[0]


def _scan(pattern: str) -> tuple[bool, bool]:
    """(an alternation at the top level, a capturing group anywhere) of ``pattern``'s text."""
    depth, k, in_class, bar, capturing = 0, 0, False, False, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[k + 1:k + 2] == "^":
                k += 1
            if pattern[k + 1:k + 2] == "]":  # "[]a]": a leading "]" is a member
                k += 1
        elif c == "(":
            depth += 1
            capturing = capturing or pattern[k + 1:k + 2] != "?" or pattern[k + 1:k + 4] == "?P<"
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            bar = True
        k += 1
    return bar, capturing


def _letter(c: str) -> bool:
    """An ASCII letter: the keys are lower case, and upper and lower case of an ASCII letter are
    the only ASCII characters that match it case-insensitively."""
    return c.isascii() and c.isalpha()


@cache
def _spellings(letter: str, flags: int) -> str:
    """The body of a case-sensitive class holding every ASCII character that matches ``letter``
    under ``flags``, and every non-ASCII character: written as the ASCII characters it does not
    hold (``[^\x00-\x47\x49-\x67\x69-\x7f]`` for "h"), since ``re`` compiles a class with a
    range up to U+10FFFF slowly (a bitmap of every code point, per class)."""
    held = [re.fullmatch(re.escape(letter), chr(c), flags) is not None for c in range(128)]
    ranges, c = [], 0
    while c < 128:
        if held[c]:
            c += 1
            continue
        start = c
        while c < 128 and not held[c]:
            c += 1
        ranges.append(f"\\x{start:02x}-\\x{c - 1:02x}")
    return "^" + "".join(ranges)
