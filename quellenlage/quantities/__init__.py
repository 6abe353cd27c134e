"""Figures with bounds and units: "mehr als 1.000 Container", "$3bn", "rund sieben Prozent".

Three entry points:

* :func:`find_quantities` - the pipeline stage; sets ``doc.quantities`` to every figure
  of the article (sorted by start, offsets into ``article.text``), read by the
  conventions of ``doc.article.language``.
* :func:`parse_quantities` - the same for any string and language.
* :func:`quantities_within` - the figures inside a stretch of the article, which the
  claims engine uses to fill each claim's ``quantities``.

Language knowledge is data: ``lang/<lang>/quantity_numbers.toml`` (number words,
multipliers), ``quantity_bounds.toml`` (mehr als, bis zu, rund ...),
``quantity_units.tsv`` with ``lang/common/quantity_symbols.tsv`` (units, currencies)
and ``quantity_contexts.toml`` (years, dates, page numbers ... that are not figures).
How a language uses those words beyond the lists (compound number words, dotted ordinals,
which word is counted) is its module ``lang/<lang>/quantities.py``, a
:class:`~quellenlage.lang.quantities.QuantityLanguage` (:data:`.grammar.LANGUAGES`).
"""

from __future__ import annotations

from bisect import bisect_left

from ..document import Document, Quantity
from .parser import parse_quantities

__all__ = ["QuantitiesNotRun", "find_quantities", "parse_quantities", "quantities_within"]

_DONE = "quantities_done"
_INDEX = "quantities_index"


class QuantitiesNotRun(LookupError):
    """Figures were asked of a document the quantities stage has not run on."""


def find_quantities(doc: Document) -> Document:
    """Pipeline stage: every figure of the article into ``doc.quantities``."""
    doc.quantities = parse_quantities(doc.article.text, doc.article.language or "de")
    doc.user_data[_DONE] = True
    return doc


def quantities_within(doc: Document, start: int, end: int) -> list[Quantity]:
    """The figures of ``doc`` that lie inside ``article.text[start:end]``.

    A figure counts when at least half of it, or its whole number, lies in the stretch,
    so a claim whose content stops just before a trailing unit or starts just after a
    bound word ("mehr als") still gets its figure.

    In a pipeline the quantities stage has run before any stage that asks (``requires`` in
    :data:`quellenlage.pipeline.STAGES`); asked about a document it has not run on, this
    raises :class:`QuantitiesNotRun` rather than run the stage unseen.
    """
    if not doc.user_data.get(_DONE):
        raise QuantitiesNotRun(f"{doc.raw.name}: the quantities stage has not run on this document "
                               "(build it with a Pipeline, or run quellenlage.quantities:find_quantities first)")
    ordered, starts, longest = _start_index(doc)
    lo = bisect_left(starts, start - longest)
    hi = bisect_left(starts, end)
    out = []
    for q in ordered[lo:hi]:
        overlap = min(end, q.end) - max(start, q.start)
        if overlap <= 0:
            continue
        if overlap * 2 >= q.end - q.start or _number_inside(q, start, end):
            out.append(q)
    return out


def _start_index(doc: Document) -> tuple[list[Quantity], list[int], int]:
    """The article's figures by start, their starts and the longest one, kept with the document.

    The claims engine asks once per claim; scanning every figure each time made long
    articles quadratic. Rebuilt when ``doc.quantities`` is replaced or changes length.
    """
    quantities = doc.quantities
    cached = doc.user_data.get(_INDEX)
    if cached is not None and cached[0] is quantities and cached[1] == len(quantities):
        return cached[2], cached[3], cached[4]
    ordered = sorted(quantities, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    longest = max((q.end - q.start for q in ordered), default=0)
    doc.user_data[_INDEX] = (quantities, len(quantities), ordered, starts, longest)
    return ordered, starts, longest


def _number_inside(q: Quantity, start: int, end: int) -> bool:
    digits = [i for i, ch in enumerate(q.text) if ch.isdigit()]
    if not digits:
        return False
    return start <= q.start + digits[0] and q.start + digits[-1] < end
