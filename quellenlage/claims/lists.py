"""Lists a source introduces: "Der Verband hat eine Stellungnahme veröffentlicht. Die
wichtigsten Punkte:" or "Dazu gibt die Organisation folgende Tipps:", then "1. …", "2. …"
or "- …", "- …".

Press releases and reports put a body's demands or advice in such a list; each item is that
body's claim, though no item has a cue of its own. A paragraph that ends with a colon and
names a speaking body or person — the source of a claim in it, else the last person,
organisation or outlet of the entities stage named in it outside quotation marks — and says
that what follows is what it holds (a word of ``list_nouns`` in ``claim_sources.toml``, also as
a compound's tail: "Punkte", "Forderungen", "Tipps", "Lösungsvorschläge") opens the list of
paragraphs after it that start with a list marker (:data:`LIST_ITEM`); every sentence of those
items the sentence rules left becomes a claim of that source. A lead that names no one ("Für
die Bestellung sind folgende Angaben nötig:") or lists things ("Das Mittel wirkt in zwei
Phasen:", "Es zeigt vier Modelle:") opens the outlet's own list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Claim, Document, Source
from .lexicon import Lexicon
from .page import lines, page_claim, sentences_in
from .quotes import find_quotes
from .speakers import last_named

#: A paragraph that is a list item: a number with a dot or bracket, or a dash or bullet, then text.
LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-–•·*])\s+(?=\S)")
#: Entity types whose naming in the lead makes the list theirs.
SPEAKERS = frozenset({"PER", "ORG", "MEDIA"})
#: A list of fewer items than this is no list.
MIN_ITEMS = 2


def list_claims(doc: Document, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Claims for the sentences of list items whose colon lead names a speaker."""
    out: list[Claim] = []
    rows = lines(doc.text)
    taken = [(c.span.start, c.span.end) for c in claims]
    quotes = None
    for k, (start, line) in enumerate(rows):
        if not line.rstrip().endswith(":"):
            continue
        items = _items_after(rows, k)
        if len(items) < MIN_ITEMS or not _announces_statements(line, lex):
            continue
        if quotes is None:
            quotes = find_quotes(doc.text)
        source = _speaker_of(doc, claims, start, start + len(line), quotes)
        if source is None:
            continue
        for item_start, item in items:
            marker = LIST_ITEM.match(item)
            first = item_start + (marker.end() if marker else 0)
            for s in sentences_in(doc, first, item_start + len(item)):
                lo, hi = max(s.start, first), s.end
                if hi - lo < 3 or any(a < hi and lo < b for a, b in taken):
                    continue
                out.append(page_claim(doc, (lo, hi), (lo, hi), replace(source, text=None, start=None, end=None),
                                      "indirect", lex))
    return out


def _announces_statements(line: str, lex: Lexicon) -> bool:
    """The lead says the list holds statements: a word of ``list_nouns``, or one ending in one."""
    nouns = lex.src["list_nouns"]
    return any(word.endswith(noun) for word in re.findall(r"\w+", line.lower()) for noun in nouns)


def _items_after(rows: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The list-item paragraphs right after row ``k`` (empty rows between them allowed)."""
    items = []
    for start, line in rows[k + 1:]:
        if not line.strip():
            continue
        if not LIST_ITEM.match(line):
            break
        items.append((start, line))
    return items


def _speaker_of(doc: Document, claims: list[Claim], start: int, end: int, quotes) -> Source | None:
    """The source of the last claim with one in the lead, else the last speaking entity named
    in it outside quotation marks (as a named source of its own)."""
    for c in reversed(claims):
        if start <= c.span.start < end and c.source is not None and c.source.name:
            return c.source
    entity = last_named(doc, start, end, SPEAKERS, lambda pos: any(q.start <= pos < q.end for q in quotes))
    if entity is None:
        return None
    return Source(text=None, start=None, end=None, name=entity.name, entity=entity.id, kind="named")
