"""A story's figures over time, and its source table.

The timeline lists each figure of each claim by publication date and source: "USA: more
than 1,000 Container (Oct 13) · South Korea: 2,000 (Nov 1)". The source table lists each
claim once: who, how (mode, stance, hedged), with which figures, when, and every outlet
that printed it — a syndicated agency text is one row naming all its outlets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from .claimgroups import records_by_id, story_items
from .model import ClaimGroup, ClaimRef, SourceRow, Story, SyndicationGroup, TimelinePoint
from .records import ArticleRecord


def _outlets(syndication: Iterable[SyndicationGroup] | None,
             records: Mapping[str, ArticleRecord] | None = None) -> dict[str, list[str]]:
    """Canonical article id -> every outlet that printed its text: the syndicated copies' outlets and
    the outlets of every exact appearance of each copy (``ArticleRecord.appearances``)."""
    records = records or {}
    out: dict[str, list[str]] = {}
    grouped: set[str] = set()
    for g in syndication or []:
        names = list(g.outlets)
        for aid in g.articles:
            grouped.add(aid)
            if aid in records:
                names += records[aid].outlets
        out[g.canonical] = list(dict.fromkeys(names))
    for aid, rec in records.items():
        if aid not in grouped and rec.outlets:
            out[aid] = rec.outlets
    return out


def _group_index(groups: Iterable[ClaimGroup] | None) -> dict[tuple[ClaimRef, str | None], str]:
    """(claim, unit key or None) -> group id."""
    out: dict[tuple[ClaimRef, str | None], str] = {}
    for g in groups or []:
        unit = g.key.topic.split(":", 1)[1] if g.key.topic.startswith("unit:") else None
        for c in g.claims:
            out.setdefault((c, unit), g.id)
            out.setdefault((c, None), g.id)
    return out


def timeline(story: Story, articles: Iterable | Mapping,
             syndication: Iterable[SyndicationGroup] | None = None,
             groups: Iterable[ClaimGroup] | None = None,
             include_assertions: bool = True) -> list[TimelinePoint]:
    """Every figure of the story's claims, ordered by date (undated last), then source and value.

    The outlet's own figures (mode ``assertion``) are included by default, with the outlet
    as their source: a figure an outlet states plainly is still a figure of the story.
    """
    records = records_by_id(articles)
    outlets = _outlets(syndication, records)
    gidx = _group_index(groups)
    points = []
    for it in story_items(story, records, syndication, include_assertions):
        for f in it.claim.figures:
            source = it.claim.source or (it.rec.outlet if it.claim.mode == "assertion" else None)
            points.append(TimelinePoint(
                date=it.rec.published, source=source, figure=f, article=it.rec.id, outlet=it.rec.outlet,
                claim=it.ref, stance=it.claim.stance,
                group=gidx.get((it.ref, f.unit_lemma)) or gidx.get((it.ref, None)),
                outlets=outlets.get(it.rec.id) or ([it.rec.outlet] if it.rec.outlet else [])))
    points.sort(key=lambda p: (p.date is None, p.date.isoformat() if p.date else "", p.source or "",
                               0.0 if math.isnan(p.figure.sort_value) else p.figure.sort_value))
    return points


def source_table(story: Story, articles: Iterable | Mapping,
                 syndication: Iterable[SyndicationGroup] | None = None,
                 groups: Iterable[ClaimGroup] | None = None) -> list[SourceRow]:
    """One row per claim of the story's canonical articles (syndicated copies folded in)."""
    records = records_by_id(articles)
    outlets = _outlets(syndication, records)
    gidx = _group_index(groups)
    rows = []
    for it in story_items(story, records, syndication):
        rows.append(SourceRow(
            source=it.claim.source, mode=it.claim.mode, stance=it.claim.stance, hedged=it.claim.hedged,
            claim=it.ref, content=it.claim.content, figures=list(it.claim.figures), date=it.rec.published,
            outlets=outlets.get(it.rec.id) or ([it.rec.outlet] if it.rec.outlet else []),
            group=gidx.get((it.ref, None))))
    return rows


def format_timeline(points: Iterable[TimelinePoint]) -> str:
    """A one-line-per-figure text timeline: ``2026-10-13  USA  more than 1,000 Container  (outlet, …)``."""
    lines = []
    for p in points:
        day = p.date.isoformat() if p.date else "undated   "
        stance = "" if p.stance == "assert" else f" [{p.stance}]"
        where = ", ".join(p.outlets) if p.outlets else (p.outlet or "")
        lines.append(f"{day}  {p.source or '(unnamed)'}: {p.figure.describe()}{stance}  ({where})")
    return "\n".join(lines)
