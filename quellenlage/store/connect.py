"""Running the connect layer (:mod:`quellenlage.stories`) over newly stored articles, and saving what it finds.

:func:`update_stories` takes the articles not yet placed (``articles.stories_done`` is
false), oldest first, hands each to the incremental
:class:`~quellenlage.stories.Connector` (syndication group + story), recomputes the claim
groups, disagreements, timeline and source table of every story the chunk touched, and
writes all of it — with the connector's state — in the same transaction that marks the
articles placed. A crash loses at most the chunk in progress, which the next run redoes.

The connect layer refers to articles by content id and to claims by
``(article_id, claim_id)``; here those become row keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from . import appearances
from .models import (
    ArticleRow,
    ClaimGroupMemberRow,
    ClaimGroupRow,
    ClaimRow,
    ConnectStateRow,
    DisagreementRow,
    StoryArticleRow,
    StoryRow,
    SyndicationGroupRow,
    TimelinePointRow,
)

STATE = "connector"
CHUNK = 500


@dataclass(frozen=True)
class StoriesUpdate:
    placed: int  # articles placed into syndication groups and stories
    stories: int  # stories created or changed


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def contract(row: ArticleRow, appears: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The analysis contract of a stored article; ``appears``: its appearances (every page with its text)."""
    data = dict(row.analysis)
    data["article"] = {**data.get("article", {}), "text": row.text}
    if appears:
        data["appearances"] = appears
    return data


def load_connector(session: Session) -> Any:
    from ..stories import Connector

    row = session.get(ConnectStateRow, STATE)
    return Connector.from_state(row.data) if row is not None else Connector()


def save_connector(session: Session, connector: Any) -> None:
    row = session.get(ConnectStateRow, STATE)
    if row is None:
        session.add(ConnectStateRow(name=STATE, data=connector.state(), updated_at=_now()))
    else:
        row.data = connector.state()
        row.updated_at = _now()


def update_stories(session_factory: Any, chunk: int = CHUNK) -> StoriesUpdate:
    """Place every unplaced article; one transaction per chunk. ``session_factory()`` opens a transaction."""
    placed = 0
    touched_all: set[str] = set()
    while True:
        with session_factory() as session:
            rows = session.scalars(select(ArticleRow).where(ArticleRow.stories_done.is_(False))
                                   .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.pk)
                                   .limit(chunk)).all()
            if not rows:
                break
            touched = place(session, rows)
            placed += len(rows)
            touched_all |= touched
    with session_factory() as session:
        touched_all |= recount_appearances(session)
    return StoriesUpdate(placed, len(touched_all))


def recount_appearances(session: Session) -> set[str]:
    """Save again the stories of placed articles that gained an appearance (the same text on another page)."""
    pks = appearances.pending_articles(session)
    if not pks:
        return set()
    keys = set(session.scalars(select(StoryRow.key).join(StoryArticleRow, StoryArticleRow.story_pk == StoryRow.pk)
                               .where(StoryArticleRow.article_pk.in_(pks))))
    connector = load_connector(session)
    saved = {k for k in sorted(keys) if k in connector.clusterer.profiles}
    for key in sorted(saved):
        _save_story(session, connector, key)
    appearances.mark_done(session, pks)
    return saved


def place(session: Session, rows: Iterable[ArticleRow]) -> set[str]:
    """Place these articles, save the stories they touch; returns the touched story ids."""
    connector = load_connector(session)
    touched: set[str] = set()
    groups: dict[str, Any] = {}
    rows = list(rows)
    for row in rows:
        group, story_id = connector.add(contract(row))
        touched.add(story_id)
        groups[group.id] = group
        row.stories_done = True
    _save_syndication(session, groups.values())
    for story_id in sorted(touched):
        _save_story(session, connector, story_id)
    save_connector(session, connector)
    return touched


def _article_pks(session: Session, ids: Iterable[str]) -> dict[str, int]:
    ids = list(set(ids))
    return dict(session.execute(select(ArticleRow.id, ArticleRow.pk).where(ArticleRow.id.in_(ids))).all()) \
        if ids else {}


def _save_syndication(session: Session, groups: Iterable[Any]) -> None:
    for g in groups:
        if not g.copies:
            continue  # an article alone is no syndication group
        pks = _article_pks(session, g.articles)
        row = session.scalar(select(SyndicationGroupRow).where(SyndicationGroupRow.key == g.id))
        if row is None:
            row = SyndicationGroupRow(key=g.id)
            session.add(row)
        row.canonical_article_pk = pks.get(g.canonical)
        session.flush()
        session.execute(update(ArticleRow).where(ArticleRow.pk.in_(pks.values()))
                        .values(syndication_group_pk=row.pk))


def _save_story(session: Session, connector: Any, story_id: str, story: Any = None) -> None:
    """Recompute and save one story; ``story`` when the connector no longer holds its profile."""
    from ..stories import analyse_story

    story = story or connector.story(story_id)
    arts = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(story.articles))).all()
    appears = appearances.of_articles(session, [a.pk for a in arts])
    analysis = analyse_story(story, [contract(a, appears.get(a.pk)) for a in arts], connector.syndication())
    row = session.scalar(select(StoryRow).where(StoryRow.key == story_id))
    if row is None:
        row = StoryRow(key=story_id)
        session.add(row)
    by_id = {a.id: a for a in arts}
    row.title = story.title or story.label
    row.first_published = story.first_date.isoformat() if story.first_date else None
    row.last_published = story.last_date.isoformat() if story.last_date else None
    row.article_count = len(arts)
    row.outlet_count = len({a.outlet for a in arts if a.outlet}
                           | {p["outlet"] for ps in appears.values() for p in ps if p["outlet"]})
    row.languages = list(story.languages)
    row.language_count = len(story.languages)
    row.disagreement_count = len(analysis.disagreements)
    row.data = {"label": story.label, "entities": list(story.entities),
                "sources": [r.to_dict() for r in analysis.sources],
                "revisions": [r.to_dict() for r in analysis.revisions]}
    row.updated_at = _now()
    session.flush()
    for table in (StoryArticleRow, ClaimGroupRow, DisagreementRow, TimelinePointRow):
        session.execute(delete(table).where(table.story_pk == row.pk))
    session.execute(delete(StoryArticleRow).where(StoryArticleRow.article_pk.in_([a.pk for a in arts])))
    if arts:
        session.execute(insert(StoryArticleRow), [{"story_pk": row.pk, "article_pk": a.pk} for a in arts])
    claim_pk = _claim_pks(session, [a.pk for a in arts], by_id)
    group_pk = _save_groups(session, row.pk, analysis.groups, claim_pk)
    dis = [{"story_pk": row.pk, "claim_group_pk": group_pk.get(d.group), "kind": d.kind, "rule": d.rule,
            "claim_a_pk": claim_pk.get(_ref(d.claims, 0)), "claim_b_pk": claim_pk.get(_ref(d.claims, 1)),
            "explanation": " vs ".join(s or "?" for s in d.sources) or None, "data": d.to_dict()}
           for d in analysis.disagreements]
    if dis:
        session.execute(insert(DisagreementRow), dis)
    points = [{"story_pk": row.pk, "claim_group_pk": group_pk.get(p.group) if p.group else None,
               "claim_pk": claim_pk.get((p.claim.article_id, p.claim.claim_id)),
               "date": p.date.isoformat() if p.date else None, "source": p.source, "label": p.figure.describe(),
               "value": p.figure.value, "lower": p.figure.lower, "upper": p.figure.upper,
               "unit": p.figure.unit_lemma or p.figure.unit, "data": p.to_dict()} for p in analysis.timeline]
    if points:
        session.execute(insert(TimelinePointRow), points)


def _ref(refs: list[Any], i: int) -> tuple[str, str] | None:
    return (refs[i].article_id, refs[i].claim_id) if len(refs) > i else None


def _claim_pks(session: Session, article_pks: list[int], by_id: dict[str, ArticleRow]) -> dict[tuple[str, str], int]:
    id_of = {a.pk: a.id for a in by_id.values()}
    rows = session.execute(select(ClaimRow.pk, ClaimRow.article_pk, ClaimRow.local_id)
                           .where(ClaimRow.article_pk.in_(article_pks))).all()
    return {(id_of[apk], local): pk for pk, apk, local in rows}


def _save_groups(session: Session, story_pk: int, groups: list[Any],
                 claim_pk: dict[tuple[str, str], int]) -> dict[str, int]:
    if not groups:
        return {}
    rows = [{"story_pk": story_pk, "key": g.id, "label": g.label or g.key.topic, "data": g.to_dict()}
            for g in groups]
    pks = session.execute(insert(ClaimGroupRow).returning(ClaimGroupRow.pk, sort_by_parameter_order=True),
                          rows).scalars().all()
    members = {(gpk, claim_pk[(c.article_id, c.claim_id)])
               for g, gpk in zip(groups, pks, strict=True) for c in g.claims
               if (c.article_id, c.claim_id) in claim_pk}
    if members:
        session.execute(insert(ClaimGroupMemberRow), [{"claim_group_pk": g, "claim_pk": c} for g, c in members])
    return {g.id: pk for g, pk in zip(groups, pks, strict=True)}
