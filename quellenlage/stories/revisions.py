"""Revisions: the same source giving a different figure later.

A government that said 2,000 in early September and 3,000 ten days later has not
contradicted anyone: it revised its own figure. Within a figure claim group, the asserted
figures of one canonical source (its entity key; its name when unlinked) are read in date
order; each figure that does not fit the one before it (:func:`compare_figures`) on a
later day is a :class:`Revision` — "revised 2,000 → 3,000 tonnes, 11 days later". A country
speaking is its government (``ClaimRecord.speaker``). Two
different figures of one source on the same day (in different articles) are not a
revision: :mod:`.disagreements` sets them against each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .claimgroups import _Item, records_by_id, unit_of
from .disagreements import TOLERANCE, compare_figures
from .model import ClaimGroup, Revision, TimelinePoint


def find_revisions(groups: Iterable[ClaimGroup], articles: Iterable | Mapping,
                   tolerance: float = TOLERANCE) -> list[Revision]:
    """Every revision within the figure claim groups, earliest first per source."""
    records = records_by_id(articles)
    out: list[Revision] = []
    for group in groups:
        unit = unit_of(group)
        if unit is None:
            continue
        by_source: dict[str, list[_Item]] = {}
        for ref in group.claims:
            rec = records.get(ref.article_id)
            claim = rec.claim(ref.claim_id) if rec else None
            if rec is None or claim is None or claim.stance != "assert" or rec.published is None:
                continue
            key = claim.speaker
            if key is not None:
                by_source.setdefault(key, []).append(_Item(rec, claim))
        for items in by_source.values():
            items.sort(key=lambda it: (it.rec.published, it.rec.seen))
            out.extend(_revisions(group, items, unit, tolerance))
    return out


def _revisions(group: ClaimGroup, items: list[_Item], unit: str, tolerance: float) -> list[Revision]:
    out = []
    for before, after in zip(items, items[1:], strict=False):
        if after.rec.published <= before.rec.published:
            continue
        old = next((f for f in before.claim.figures if f.unit_lemma == unit), None)
        new = next((f for f in after.claim.figures if f.unit_lemma == unit), None)
        if old is None or new is None or compare_figures(old, new, tolerance)[0]:
            continue
        days = (after.rec.published - before.rec.published).days
        out.append(Revision(
            story=group.story, group=group.id, source=after.claim.source, claims=[before.ref, after.ref],
            figures=[old, new], dates=[before.rec.published, after.rec.published], days=days,
            text=f"revised {old.describe(with_unit=False)} → {new.describe()}, {days} day{'' if days == 1 else 's'} later"))
    return out


def mark_revisions(points: list[TimelinePoint], revisions: Iterable[Revision]) -> None:
    """Note on each timeline point that revises an earlier figure what the revision was."""
    text = {(r.claims[1], r.figures[1].unit_lemma): r.text for r in revisions}
    for p in points:
        p.revision = text.get((p.claim, p.figure.unit_lemma), p.revision)
