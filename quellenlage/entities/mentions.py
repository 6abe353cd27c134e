"""An entity's mentions: kept sorted, so adding one and finding those over a span are searches.

A name said a thousand times in a long text must not cost a scan of all its mentions
per new mention or per claim source: that made long articles quadratic.
"""

from __future__ import annotations

from bisect import bisect_left

from ..document import Document, Entity, Mention


def _span_key(m: Mention) -> tuple[int, int]:
    return m.start, m.end


def add_mention(entity: Entity, start: int, end: int) -> None:
    """Add a mention unless it is there; mentions stay sorted by (start, end)."""
    mentions = entity.mentions
    i = bisect_left(mentions, (start, end), key=_span_key)
    if i < len(mentions) and _span_key(mentions[i]) == (start, end):
        return
    mentions.insert(i, Mention(start, end))


def overlapping(doc: Document, longest: dict[int, tuple[int, int]], s: int, e: int) -> list[tuple[Mention, Entity]]:
    """Every mention that overlaps ``[s, e)`` with its entity, in entity order.

    A binary search in each entity's sorted mentions, back only as far as its longest
    mention reaches. ``longest`` caches that length per entity (by ``id``, with the
    mention count it was computed for) and is kept by the caller for one document.
    """
    out = []
    for ent in doc.entities:
        ms = ent.mentions
        i = bisect_left(ms, e, key=lambda m: m.start)  # ms[:i] start before e
        if i == 0:
            continue
        count, reach = longest.get(id(ent), (-1, 0))
        if count != len(ms):
            reach = max(m.end - m.start for m in ms)
            longest[id(ent)] = (len(ms), reach)
        j = i
        while j > 0 and ms[j - 1].start > s - reach:
            j -= 1
        out += [(m, ent) for m in ms[j:i] if m.end > s]
    return out
