"""Finding every figure in a text: the number, its bounds, its unit, and what is not a figure.

One compiled regex (see :mod:`.grammar`) proposes number cores (digits, number words,
"eine halbe Milliarde", "Hunderte"); for each core the parser looks right for a
multiplier, a range, a unit or counted noun and a trailing bound marker, and left for a
currency and a bound marker, then asks :mod:`.filters` whether the number is a year, a
date, a time, an ordinal or a name. Cost is linear in the text and dominated by
C-level regex scans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import Quantity
from . import filters
from .grammar import Grammar, grammar, supported
from .numbers import parse_digits, parse_words
from .shared_units import share_units
from .units import Counted, counted_noun, currency_before, lemma, unit_after

_ATTACHED = re.compile(r"[^\W\d_]|-[^\W\d_]")


@dataclass
class _Figure:
    """A number core read so far: where it is and what it is worth."""

    start: int
    end: int
    value: float | None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    kind: str = "num"
    scaled: bool = False  # a multiplier was applied ("Millionen")
    token: str = ""
    base: float | None = None  # the value before any multiplier

    def __post_init__(self) -> None:
        self.base = self.value


def parse_quantities(text: str, lang: str | None) -> list[Quantity]:
    """All figures in ``text`` read by the conventions of ``lang`` ("de", "en"), sorted by start.

    Languages without quantity data give an empty list: guessing whether "2.000" is two
    thousand or two would be worse than saying nothing.
    """
    if not text or not supported(lang):
        return []
    g = grammar(lang)  # type: ignore[arg-type]
    masks = filters.masked_spans(text)
    mask_starts = [s for s, _ in masks]
    out: list[Quantity] = []
    last_end = 0
    for m in g.core.finditer(text):
        if m.start() < last_end or _masked(m.start(), m.end(), masks, mask_starts):
            continue
        q = _build(text, m, g, last_end)
        if q is not None:
            out.append(q)
            last_end = q.end
    return share_units(text, out)


def _masked(start: int, end: int, masks: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    return any(0 <= j < len(masks) and masks[j][0] < end and start < masks[j][1] for j in (i, i + 1))


def _core(text: str, m: re.Match[str], g: Grammar) -> _Figure | None:
    kind = m.lastgroup or "num"
    start, end, tok = m.start(), m.end(), m.group(0)
    if kind == "num":
        if filters.attached_before(text, start):
            return None
        value = parse_digits(tok, g)
        return None if value is None else _Figure(start, end, value, token=tok)
    if kind == "word":
        if tok.lower() in g.articles:
            return None
        read = parse_words(tok, g)
        if read is None:
            return None
        return _Figure(start, start + read[1], read[0], kind="word", token=tok[: read[1]])
    if kind == "one":
        return _Figure(start, end, 1.0, kind="word", token=tok)
    if kind == "vague":
        lo, hi = g.vague[" ".join(tok.lower().split())]
        return _Figure(start, end, None, lo, hi, approx=True, kind="vague", scaled=True, token=tok)
    if kind == "several":
        factor = g.multipliers[tok.lower().split()[-1]]
        return _Figure(
            start, end, None, 2 * factor, 10 * factor, approx=True, kind="vague", scaled=True, token=tok
        )
    value = 1.0
    for part in tok.lower().split():
        value *= g.fractions.get(part, 1.0) * g.multipliers.get(part, 1.0)
    return _Figure(start, end, value, kind="art", scaled=True, token=tok)


def _scale(text: str, fig: _Figure, g: Grammar, money: bool) -> bool:
    """Apply a multiplier after the figure ("1,5 Millionen", "$3bn"); False if letters are glued on."""
    if fig.scaled:
        return True
    mm = g.multiplier.match(text, fig.end)
    factor = None
    if mm:
        factor = g.multipliers[mm.group(0).strip().lower()]
    elif money:
        mm = g.money_multiplier.match(text, fig.end)
        if mm:
            factor = g.money_multipliers[mm.group(0).lower()]
    if mm and factor is not None:
        fig.value = None if fig.value is None else fig.value * factor
        fig.end = mm.end()
        fig.scaled = True
    return True


def _range(text: str, fig: _Figure, g: Grammar, opener: bool) -> _Figure | None:
    """A second figure joined by "bis", "–", "to" (or "und"/"and" after "zwischen"/"between")."""
    jm = g.joiner.match(text, fig.end)
    closers = {b.lower() for _, b in g.range_pairs} if opener else set()
    if not jm:
        if not closers:
            return None
        jm = re.compile(rf"\s+(?:{'|'.join(map(re.escape, closers))})\s+", re.I).match(text, fig.end)
        if not jm:
            return None
    if "\n" in jm.group(0):
        return None
    m2 = g.core.match(text, jm.end())
    if not m2 or m2.lastgroup not in ("num", "word"):
        return None
    second = _core(text, m2, g)
    if second is None or second.value is None:
        return None
    _scale(text, second, g, money=False)
    if jm.group(0).strip().lower() in g.range_alternatives and not (second.base or 0.0) > (fig.value or 0.0):
        return None  # "5 oder 3 Tage": two guesses, no range; the first figure stands alone
    return second


def _build(text: str, m: re.Match[str], g: Grammar, floor: int) -> Quantity | None:
    fig = _core(text, m, g)
    if fig is None:
        return None
    start = fig.start
    cur = currency_before(text, start, g) if fig.kind == "num" else None
    if cur is not None and cur.start >= floor:
        start = cur.start
    else:
        cur = None
    _scale(text, fig, g, money=cur is not None)
    # letters glued to the number that are neither multiplier nor unit: "5G", "15th", "1990er"
    glued = _ATTACHED.match(text, fig.end)
    compound: Counted | None = None
    if glued and fig.kind == "num":
        word = filters.compound_after(text, fig.end, g) or ""
        if word.startswith("-"):
            if not filters.hyphen_compound_ok(word, g):
                return None
            compound = _from_compound(word, fig, g)
        elif unit_after(text, fig.end, g) is None:
            return None

    opener_m = g.opener_before.search(text, max(0, start - 15), start)
    second = _range(text, fig, g, opener_m is not None) if compound is None else None
    end = second.end if second else fig.end

    counted = compound or cur
    unit_pos = end
    if counted is None:
        counted = unit_after(text, end, g)
        if counted is None:
            if fig.kind == "vague" and g.vague_of and (of := g.vague_of.match(text, end)):
                unit_pos = of.end()
            counted = unit_after(text, unit_pos, g) or counted_noun(text, unit_pos, g)
    table_unit = counted is not None and counted.unit is not None

    # non-quantities
    if fig.kind in ("num", "word") and filters.is_time(text, end, g):
        return None
    if fig.kind == "num" and not fig.scaled and not table_unit:
        if filters.is_identifier(text, fig.start, g):
            return None
        if second is None and filters.is_ordinal_or_date(text, fig.start, fig.end, fig.value or 0, g):
            return None
        plural = counted is not None and counted.lemma.lower() != counted.text.lower()
        ranged = second is not None and counted is not None  # "zwischen 1500 und 2000 Menschen"
        if not ranged and filters.is_year(
            text, fig.start, fig.token, fig.value or 0, g, counted is not None, plural
        ):
            return None
    if fig.kind == "word" and not fig.scaled and counted is None and second is None:
        return None  # "the two were", "zwei der Verletzten": a word alone is rarely a figure
    if fig.kind == "word" and not fig.scaled and second is None and counted is not None \
            and filters.previous_token(text, fig.start).lower() in g.pronominal_before \
            and not _plural_form(counted.text, g):
        return None  # "the two met", "the three agreed": the number stands for people named before

    q_end = max(end, counted.end if counted and counted is not cur else end)
    lower, upper, value, approx = fig.lower, fig.upper, fig.value, fig.approx
    if second is not None:
        first = fig.value or 0.0
        if not fig.scaled and second.scaled and second.value is not None:
            factor = second.value / (second.base or 1.0)
            if first * factor <= second.value:
                first *= factor
        if second.value is not None and first > second.value:
            return None  # "10-5" is a score or a code, not a range
        lower, upper, value = first, second.value, None
        if opener_m is not None:
            start = min(start, opener_m.start())
    mb = g.marker_before.search(text, max(0, start - 30), start)
    if mb is not None and mb.start() >= floor:
        marker = g.before[" ".join(mb.group(0).lower().split())]
        start = mb.start()
        value, lower, upper, approx = _apply(marker, value, lower, upper, approx, second is None)
    if (
        fig.kind == "num"
        and mb is None
        and counted is None
        and second is None
        and not fig.scaled
        and (
            filters.is_bare_label(text, fig.start, fig.token)
            or filters.is_list_number(text, fig.start, fig.end)
            or filters.is_apposed(text, fig.start, fig.end, fig.token)
        )
    ):
        return None
    ma = g.marker_after.match(text, q_end)
    if ma is not None:
        marker = g.after[" ".join(ma.group(0).lower().split())]
        q_end = ma.end()
        value, lower, upper, approx = _apply(marker, value, lower, upper, approx, second is None)
    if value is not None and second is None and _negative(text, fig.start, start):
        value, start = -value, fig.start - 1
    unit = counted.unit if counted else None
    return Quantity(
        text=text[start:q_end],
        start=start,
        end=q_end,
        value=_num(value),
        lower=_num(lower),
        upper=_num(upper),
        approx=approx,
        unit=counted.text if counted else None,
        unit_lemma=(unit.lemma if unit else counted.lemma) if counted else None,
        currency=unit.currency if unit else None,
    )


def _from_compound(word: str, fig: _Figure, g: Grammar) -> Counted | None:
    """ "500-Millionen-Euro-Paket": scale by the multiplier and take a unit the compound names."""
    parts = word.lstrip("-").split("-")
    pos = fig.end + 1
    unit = None
    for part in parts:
        low = part.lower()
        if low in g.multipliers and not fig.scaled:
            fig.value = None if fig.value is None else fig.value * g.multipliers[low]
            fig.scaled = True
        elif part in g.units:
            u = g.units[part]
            unit = Counted(part, u.lemma, pos, pos + len(part), u)
            break
        else:
            break
        pos += len(part) + 1
    if unit is None:
        fig.end = pos - 1 if fig.scaled else fig.end
        return None
    return unit


def _apply(marker, value, lower, upper, approx, single: bool):  # type: ignore[no-untyped-def]
    """Turn a bound marker into bounds: "mehr als 1.000" -> lower 1000, no exact value."""
    if not single:
        return value, lower, upper, approx or marker.approx
    base = value if value is not None else (lower if marker.bound == "lower" else upper)
    if marker.bound == "lower":
        lower = base
    elif marker.bound == "upper":
        upper = base
    if marker.bound and not marker.approx:
        value = None
    return value, lower, upper, approx or marker.approx


def _negative(text: str, core_start: int, start: int) -> bool:
    return (
        start == core_start
        and core_start >= 1
        and text[core_start - 1] in "-−"
        and (core_start == 1 or text[core_start - 2] in " \n(\u00a0")
    )


def _plural_form(word: str, g: Grammar) -> bool:
    return g.language.plural_by_ending(word, g) or word.lower() in g.irregular_plurals


def _num(x: float | None) -> float | None:
    """Integral values as int so the JSON reads 2000, not 2000.0."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x  # type: ignore[return-value]


__all__ = ["parse_quantities", "lemma"]
