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

from .results import HIGHLIGHT_END, HIGHLIGHT_START

WORD = re.compile(r"\w+")
SCAN_CHARS = 20_000  # only the beginning of a very long text is searched for the snippet
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


def make_snippet(text: str, terms: list[str], words: int = 16) -> str:
    """About ``words`` words of ``text`` around its first match, matched words between the marks.

    Starts a few words before the first word that begins with one of ``terms``; without a
    match (the title matched, not the text) the text's first words. ``…`` where cut.
    """
    head = text[:SCAN_CHARS]
    folded = fold(head)
    prefixes = tuple(fold(t) for t in terms if t)
    tokens = list(WORD.finditer(folded))
    if not tokens:
        return ""
    marked = [m.group().startswith(prefixes) for m in tokens] if prefixes else [False] * len(tokens)
    first = marked.index(True) if True in marked else 0
    lo = max(0, first - CONTEXT_BEFORE)
    hi = min(len(tokens), lo + words)
    parts = ["…" if lo > 0 else ""]
    pos = tokens[lo].start()
    for i in range(lo, hi):
        m = tokens[i]
        if marked[i]:
            parts += [head[pos:m.start()], HIGHLIGHT_START, head[m.start():m.end()], HIGHLIGHT_END]
            pos = m.end()
    parts.append(head[pos:tokens[hi - 1].end()])
    if hi < len(tokens) or len(text) > len(head):
        parts.append("…")
    return "".join(parts)
