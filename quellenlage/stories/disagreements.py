"""Disagreements: claims of one claim group that cannot both be true.

**Figures.** Every figure allows an interval of values: an exact figure one value
(``2,000`` -> [2000, 2000]), a bound a half-line (``more than 1,000`` -> [1000, ∞),
``up to 500`` -> (-∞, 500]), a range its two ends. An approximate figure (``rund``,
``about``) is widened by a tolerance, 10 % of its value by default (``about 2,000`` ->
[1800, 2200]). Two figures of the same unit disagree when their intervals do not
overlap. Bounds are read inclusively, so a figure equal to a bound is compatible. The
rule that decided is named in each disagreement:

=====================  ==========================================================
``exact-differ``       both figures are exact and different (2,000 vs 3,000)
``outside-bound``      an exact figure lies outside the other's bound or range
``outside-tolerance``  an approximate figure, widened by the tolerance, does not reach the other
``bounds-disjoint``    two bounds or ranges that share no value
=====================  ==========================================================

Compatible pairs are named too (``exact-equal``, ``within-bound``, ``within-tolerance``,
``bounds-overlap``) so a user can ask why two figures were *not* flagged.

**Stance.** Within a claim group, a source that denies (``stance: deny``) what another
source asserts is a ``deny-vs-assert`` disagreement. "Unclear" (``uncertain``) is shown
in source tables but never counted as a disagreement.

Claims are compared between different canonical sources, or one source at the same time
(two articles of the same day): a source that gives a new figure later revises itself
(:mod:`.revisions`; both figures stay on the timeline), and once a source has given a newer
figure, its older one is no longer set against later claims. Unnamed sources count as
different; such a side is named by the outlet that printed it ("unattributed, news.de").
A disagreement between the same two sides over the same figures is listed once, however
many articles (or languages) repeat it. A syndicated copy's claims are its original's
and are not compared again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from ..figure import Figure, format_number
from .claimgroups import _Item, records_by_id
from .model import ClaimGroup, Disagreement, SyndicationGroup

TOLERANCE = 0.10  # the share by which an approximate figure is widened each way


def _interval_text(lo: float, hi: float) -> str:
    if math.isinf(hi):
        return f"{format_number(lo)} or more"
    if math.isinf(lo):
        return f"{format_number(hi)} or less"
    return f"{format_number(lo)}–{format_number(hi)}"


def compare_figures(a: Figure, b: Figure, tolerance: float = TOLERANCE) -> tuple[bool, str, str]:
    """``(compatible, rule_id, rule)`` for two figures of the same unit."""
    a_lo, a_hi = a.interval(tolerance)
    b_lo, b_hi = b.interval(tolerance)
    overlap = max(a_lo, b_lo) <= min(a_hi, b_hi)
    da, db = a.describe(), b.describe()
    if a.is_exact and b.is_exact:
        if overlap:
            return True, "exact-equal", f"both exact and equal: {da}"
        return False, "exact-differ", f"exact figures differ: {da} vs {db}"
    if a.approx or b.approx:
        pct = f"{tolerance * 100:g} %"
        widened = "; ".join(f"{f.describe()} allows {_interval_text(*f.interval(tolerance))}"
                            for f in (a, b) if f.approx)
        if overlap:
            return True, "within-tolerance", f"within the ±{pct} tolerance for approximate figures ({widened})"
        return False, "outside-tolerance", (f"{da} vs {db}: approximate figures get ±{pct} "
                                            f"({widened}), and still the two do not meet")
    exact, other = (a, b) if a.is_exact else (b, a) if b.is_exact else (None, None)
    if exact is not None and other is not None:
        if overlap:
            return True, "within-bound", f"{exact.describe()} fits {other.describe()}"
        return False, "outside-bound", f"{exact.describe()} lies outside {other.describe()}"
    if overlap:
        return True, "bounds-overlap", f"{da} and {db} share values"
    return False, "bounds-disjoint", f"{da} and {db} share no value"


def _comparable(x: _Item, y: _Item) -> bool:
    """Different sources, or one source at the same time (two articles of the same day).

    A source that gives another figure on a later day revises itself (:mod:`.revisions`); it
    does not disagree with itself. Unnamed sources are taken to be different people."""
    kx, ky = x.claim.speaker, y.claim.speaker
    if kx is None or ky is None or kx != ky:
        return True
    return x.rec.id != y.rec.id and x.rec.published is not None and x.rec.published == y.rec.published


def _superseded(x: _Item, y: _Item, asserting: list[_Item]) -> bool:
    """Had the earlier of the two claims' source given a newer figure by the day of the later one?

    Then the earlier figure is not set against the later claim: that source's current figure is
    (its old one is a revision step, listed with the revisions)."""
    if x.rec.published is None or y.rec.published is None:
        return False
    early, late = (x, y) if x.rec.published <= y.rec.published else (y, x)
    who = early.claim.speaker
    return who is not None and any(
        z.claim.speaker == who and z.claim.figures and early.rec.published < z.rec.published <= late.rec.published
        for z in asserting)


def side(item: _Item) -> str:
    """How a side of a disagreement is named: its source, else the outlet that printed it unattributed."""
    return item.claim.source or f"unattributed, {item.rec.outlet or 'unknown outlet'}"


def _figures(item: _Item, unit: str | None) -> list[Figure]:
    return [f for f in item.claim.figures if unit is None or f.unit_lemma == unit]


def find_disagreements(groups: Iterable[ClaimGroup], articles: Iterable | Mapping,
                       syndication: Iterable[SyndicationGroup] | None = None,
                       tolerance: float = TOLERANCE) -> list[Disagreement]:
    """Figure and stance disagreements within each claim group (one per pair of claims).

    ``syndication`` is accepted for symmetry with the other steps; the groups from
    :func:`~quellenlage.stories.group_claims` already hold a copied claim once."""
    records = records_by_id(articles)
    out: list[Disagreement] = []
    once: dict[tuple, Disagreement] = {}
    for group in groups:
        items = []
        for ref in group.claims:
            rec = records.get(ref.article_id)
            claim = rec.claim(ref.claim_id) if rec else None
            if rec is not None and claim is not None:
                items.append(_Item(rec, claim))
        unit = group.key.topic.split(":", 1)[1] if group.key.topic.startswith("unit:") else None
        asserting = [it for it in items if it.claim.stance == "assert"]
        if unit is not None:
            for i, x in enumerate(asserting):
                for y in asserting[i + 1:]:
                    if not _comparable(x, y) or _superseded(x, y, asserting):
                        continue
                    d = _figure_conflict(group, x, y, unit, tolerance)
                    if d is not None and once.setdefault(_figure_key(d, x, y), d) is d:
                        out.append(d)
        for den in (it for it in items if it.claim.stance == "deny"):
            for ass in asserting:
                if not _comparable(den, ass) or (group.id, side(den), side(ass)) in once:
                    continue
                who, whom = side(den), side(ass)
                d = Disagreement(kind="stance", story=group.story, group=group.id, rule_id="deny-vs-assert",
                                 rule=f"{who} denies what {whom} asserts ({group.label})",
                                 claims=[ass.ref, den.ref], sources=[whom, who])
                once[(group.id, who, whom)] = d
                out.append(d)
    return out


def _figure_key(d: Disagreement, x: _Item, y: _Item) -> tuple:
    """A figure disagreement is listed once per pair of sides and figures, however many articles repeat it."""
    amounts = (f"{f.describe(with_unit=False)} {f.unit_lemma}" for f in d.figures)  # "2,000 Tonnen" = "2,000 tonnes"
    sides = sorted(zip((side(x), side(y)), amounts, strict=True))
    return (d.group, *sides)


def _figure_conflict(group: ClaimGroup, x: _Item, y: _Item, unit: str, tolerance: float) -> Disagreement | None:
    for fx in _figures(x, unit):
        for fy in _figures(y, unit):
            ok, rule_id, rule = compare_figures(fx, fy, tolerance)
            if not ok:
                return Disagreement(kind="figure", story=group.story, group=group.id, rule_id=rule_id,
                                    rule=rule, claims=[x.ref, y.ref],
                                    sources=[side(x), side(y)], figures=[fx, fy])
    return None
