"""The one figure type of the read side: a figure as stored, compared and shown.

The analysis contract gives a figure as a :class:`~quellenlage.document.Quantity` (with
its offsets in the article). Once stored, a figure is a :class:`Figure`: the store's
queries answer with it (``store.results``: claims, source lines), the connect layer
compares figures as it (``stories``: claim groups, disagreements, revisions, timelines),
and the CLI, the web pages and the REST API show it (``api.models.FigureOut`` is built
from it). It renders itself both ways: :meth:`Figure.label` ("~ 2,000 Container") for
tables, :meth:`Figure.describe` ("about 2,000 Container") in sentences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


def format_number(x: float) -> str:
    """1000.0 -> '1,000'; 2.5 -> '2.5' (language-neutral, for rule texts and labels)."""
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1000 else f"{x:,.2f}"


@dataclass(frozen=True)
class Figure:
    """A figure with its bounds: ``value`` when exact, else ``lower``/``upper``.

    ``unit`` is the counted thing or unit as written ("Containern"), ``currency`` its ISO
    4217 code when it is money. ``unit_lemma`` is its base form: in a stored claim the
    base form in the article's language ("Container"); in a figure the connect layer
    read, the language-independent one it compares figures by ("Containern" and
    "containers" both -> "container"; the currency for money: ``stories.records.figure_from``).
    """

    text: str
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    unit: str | None = None
    unit_lemma: str | None = None
    currency: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "lower": self.lower, "upper": self.upper,
                "approx": self.approx, "unit": self.unit, "unit_lemma": self.unit_lemma, "currency": self.currency}

    to_dict = as_dict

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        """A figure stored as JSON (by :meth:`to_dict`; a story stored before the one figure type says
        ``unit_key`` for ``unit_lemma``). JSON may hold 2000 for 2000.0: bounds are read as floats."""
        return cls(text=d.get("text", ""), value=_float(d.get("value")), lower=_float(d.get("lower")),
                   upper=_float(d.get("upper")), approx=bool(d.get("approx")), unit=d.get("unit"),
                   unit_lemma=d.get("unit_lemma", d.get("unit_key")), currency=d.get("currency"))

    def label(self) -> str:
        """Short rendering: "2,000 Container", "> 1,000 Container", "~ 7 %", "100–200 …"."""
        def num(x: float) -> str:
            return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0")

        if self.value is not None:
            core = ("~ " if self.approx else "") + num(self.value)
        elif self.lower is not None and self.upper is not None:
            core = f"{num(self.lower)}–{num(self.upper)}"
        elif self.lower is not None:
            core = f"≥ {num(self.lower)}"
        elif self.upper is not None:
            core = f"≤ {num(self.upper)}"
        else:
            return self.text
        unit = self.currency or self.unit or self.unit_lemma  # as written; the base form only without one
        return f"{core} {unit}" if unit else core

    def describe(self, with_unit: bool = True) -> str:
        """'more than 1,000 Container', 'about 2,000 containers', '1,000–2,000 Container'.

        The unit as the article wrote it (what a reader recognises); the base form only when there is none.
        ``with_unit=False``: the amount alone ('more than 1,000').
        """
        written = self.currency or self.unit or self.unit_lemma
        unit = f" {written}" if written and with_unit else ""
        if self.value is not None:
            return f"{'about ' if self.approx else ''}{format_number(self.value)}{unit}"
        if self.lower is not None and self.upper is not None:
            return f"{format_number(self.lower)}–{format_number(self.upper)}{unit}"
        if self.lower is not None:
            return f"more than {format_number(self.lower)}{unit}"
        if self.upper is not None:
            return f"up to {format_number(self.upper)}{unit}"
        return self.text

    def interval(self, tolerance: float = 0.0) -> tuple[float, float]:
        """The values this figure allows, widened by ``tolerance`` (a fraction) when approximate."""
        if self.value is not None:
            lo = hi = float(self.value)
        else:
            lo = float(self.lower) if self.lower is not None else -math.inf
            hi = float(self.upper) if self.upper is not None else math.inf
        if self.approx and tolerance:
            if not math.isinf(lo):
                lo -= abs(lo) * tolerance
            if not math.isinf(hi):
                hi += abs(hi) * tolerance
        return lo, hi

    @property
    def is_exact(self) -> bool:
        return self.value is not None and not self.approx

    @property
    def sort_value(self) -> float:
        """One number to plot on a timeline: the value, else the known bound."""
        for v in (self.value, self.lower, self.upper):
            if v is not None:
                return float(v)
        return math.nan


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value
