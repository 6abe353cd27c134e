"""A bare number that shares the unit of a figure next to it: "von 3 auf 7,5 Cent", "reached
44,947 megawatts, much lower than the 46,797 he saw on Friday".

News writes a unit once for two numbers it compares ("stieg von 3 auf 7,5 Cent", "2006 with
50,270 megawatts, followed by 2017 with 50,116"). Read alone, the second number is a figure
with no unit, which no reader can compare with anything; a story's figures of one unit never
meet it. So a figure with no unit and no currency takes those of the nearest figure in its
sentence that has one, when nothing else stands between them and the two are of one order of
magnitude (:data:`MAX_RATIO`): "Er ist 45 und verdient 5.000 Euro" keeps "45" apart. The
figure's own text and offsets do not change; only ``unit``, ``unit_lemma`` and ``currency``
are filled. Sentence ends are read from the text (".", "!", "?" before a space, a line break),
since the quantities stage runs on the text alone.
"""

from __future__ import annotations

import re

from ..document import Quantity

#: Two numbers share a unit only when the larger is at most this many times the smaller.
MAX_RATIO = 10.0
#: … and at most this many characters apart.
MAX_GAP = 80

_SENTENCE_END = re.compile(r"[.!?][\"“”»«']?\s|\n")


def _size(q: Quantity) -> float | None:
    for v in (q.value, q.lower, q.upper):
        if v is not None and v > 0:
            return v
    return None


def _close(a: float, b: float) -> bool:
    return max(a, b) / min(a, b) <= MAX_RATIO


def share_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` (sorted by start), each bare figure given its neighbour's unit where it
    shares one; the list is changed in place and returned."""
    for i, q in enumerate(quantities):
        if q.unit or q.currency or (size := _size(q)) is None:
            continue
        best: tuple[int, Quantity] | None = None
        for j in (i - 1, i + 1):  # only a direct neighbour: nothing else stands between them
            if not 0 <= j < len(quantities):
                continue
            other = quantities[j]
            lo, hi = (other.end, q.start) if j < i else (q.end, other.start)
            if not (other.unit or other.currency) or hi - lo > MAX_GAP or _SENTENCE_END.search(text, lo, hi):
                continue
            other_size = _size(other)
            if other_size is not None and _close(size, other_size) and (best is None or hi - lo < best[0]):
                best = (hi - lo, other)
        if best is not None:
            q.unit, q.unit_lemma, q.currency = best[1].unit, best[1].unit_lemma, best[1].currency
    return quantities
