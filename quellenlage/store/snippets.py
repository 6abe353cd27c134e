"""Search snippets, cut in Python from the texts of the hits on the page, for both databases.

Why not FTS5's ``snippet()`` or PostgreSQL's ``ts_headline()``: both evaluate the match again
for every hit. ``snippet()`` only works inside a ``MATCH`` query, and a prefix term
(``"Contain"*``) makes FTS5 merge the whole doclist of every term with that prefix each
time: with a word that occurs in most of 100,000 articles that cost 20 ms per hit and
350 ms per page of 20 (``benchmarks/store.py``). ``ts_headline`` parses the whole text.
The rows of the page are loaded anyway, so the snippet is cut from their text here: words
are compared with the query's terms as prefixes, case and accents folded the way the
indexes fold them ("Zurich" finds "Zürich", "contain" marks "Containern").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from .results import HIGHLIGHT_END, HIGHLIGHT_START

WORD = re.compile(r"\w+")
SCAN_CHARS = 20_000  # only the beginning of a very long text is searched for the snippet
HEAD_CHARS = (300, 2_000)  # of which these heads are folded and searched first (most matches are near the top)
CONTEXT_BEFORE = 3  # words shown before the first marked word


class _FoldTable(dict):
    """``str.translate`` table that computes and keeps each character's folded form on first use."""

    def __missing__(self, code: int) -> str:
        low = chr(code).lower()
        if len(low) != 1:  # "İ".lower() is two characters: keep offsets, leave it alone
            low = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        base = base.lower() if len(base.lower()) == 1 else base
        self[code] = folded = base if len(base) == 1 else low
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, character for character (same length)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def make_snippet(text: str, terms: list[str], words: int = 16, inner: tuple[str, ...] = ()) -> str:
    """About ``words`` words of ``text`` around its first match, matched words between the marks.

    Starts a few words before the first word that begins with one of ``terms``; without a
    match (the title matched, not the text) the text's first words. ``…`` where cut. Only
    the first :data:`SCAN_CHARS` characters are searched. A word holding one of ``inner``
    anywhere is a match too (the part of a compound: "polizei" in "Wasserschutzpolizei").

    The text is folded and searched in growing heads (:data:`HEAD_CHARS`): when the match
    and the words around it lie in one, that is the snippet the whole scan would give
    (folding is character by character, so a head's folded form begins the whole one's).
    """
    head = text[:SCAN_CHARS]
    prefixes = tuple(p for p in (fold(t) for t in terms if t) if WORD.fullmatch(p))  # others match no word
    inner = tuple(p for p in (fold(t) for t in inner if t) if WORD.fullmatch(p))
    first_match = _finder(prefixes, inner)
    folded = ""
    for size in HEAD_CHARS:
        if size >= len(head):
            break
        folded += fold(head[len(folded):size])
        snippet = _snippet(text, head, folded, (prefixes, inner), first_match, words)
        if snippet is not None:
            return snippet
    return _snippet(text, head, folded + fold(head[len(folded):]), (prefixes, inner), first_match, words) or ""


@lru_cache(maxsize=256)
def _finder(prefixes: tuple[str, ...], inner: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """A pattern finding the first word (a run of ``\\w``, as :data:`WORD`) that begins with a prefix or holds an
    inner term (from the beginning of that word)."""
    alternatives = [r"(?<!\w)(?:" + "|".join(map(re.escape, prefixes)) + ")"] if prefixes else []
    if inner:  # anywhere: the snippet starts from the beginning of the word it is in (:func:`_word_start`)
        alternatives.append("(?:" + "|".join(map(re.escape, inner)) + ")")
    return re.compile("|".join(alternatives)) if alternatives else None


def _word_start(folded: str, pos: int) -> int:
    """The start of the word ``pos`` lies in."""
    while pos > 0 and (folded[pos - 1].isalnum() or folded[pos - 1] == "_"):
        pos -= 1
    return pos


def _snippet(text: str, head: str, folded: str, terms: tuple[tuple[str, ...], tuple[str, ...]],
             first_match: re.Pattern[str] | None, words: int) -> str | None:
    """The snippet from ``folded`` = ``fold(head)`` or its beginning; None when that beginning is too short to tell."""
    prefixes, inner = terms
    partial = len(folded) < len(head)
    found = first_match.search(folded) if first_match else None
    if found is None and partial:
        return None
    if found is not None:  # the words before it: CONTEXT_BEFORE of them, one more to tell whether any are left out
        found_at = _word_start(folded, found.start()) if inner else found.start()
        before = _words_before(folded, found_at, CONTEXT_BEFORE + 1)
        cut_before = len(before) > CONTEXT_BEFORE
        start = before[-CONTEXT_BEFORE].start() if len(before) >= CONTEXT_BEFORE else (
            before[0].start() if before else found_at)
    else:
        cut_before, start = False, 0
    window = list(islice(WORD.finditer(folded, start), words + 1))  # one more to tell whether the text goes on
    if partial and len(window) <= words:
        return None  # the window may run past the folded part (the words it shows end before the one more)
    if not window:
        return ""
    cut_after = len(window) > words or len(text) > len(head)
    window = window[:words]
    parts = ["…" if cut_before else ""]
    pos = window[0].start()
    for m in window:
        if m.group().startswith(prefixes) or any(t in m.group() for t in inner):
            parts += [head[pos:m.start()], HIGHLIGHT_START, head[m.start():m.end()], HIGHLIGHT_END]
            pos = m.end()
    parts.append(head[pos:window[-1].end()])
    if cut_after:
        parts.append("…")
    return "".join(parts)


def _words_before(folded: str, end: int, n: int) -> list[re.Match[str]]:
    """The last ``n`` words (or fewer, at the text's start) that end before ``end``, which begins a word."""
    span = 16 * n
    while True:
        start = max(0, end - span)
        found = list(WORD.finditer(folded, start, end))
        if start == 0 or len(found) > n:  # the first one found may begin before ``start``: not counted
            return found[-n:]
        span *= 4
