"""Read queries over the store, returning the typed results of :mod:`.results`.

Each function takes an open :class:`~sqlalchemy.orm.Session`, so the CLI, the REST
API and tests use the same code; :class:`~quellenlage.store.core.Store` wraps them.
Filters that name a person or body (``source``, ``entity``) are matched on casefolded
names and on canonical entity refs, both indexed, so they stay fast at 100,000 articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from .filters import ClaimFilters
from .models import (
    ArticleEntityRow,
    ArticleRow,
    ClaimEntityRow,
    ClaimRow,
    EntityRow,
    IngestErrorRow,
    QuantityRow,
    StoryArticleRow,
)
from .results import ArticleSummary, ClaimHit, EntityDetail, Figure, IngestError, Page
from .write import name_key

MAX_LIMIT = 1000


def clamp(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def count(session: Session, stmt: Select) -> int:
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


# --- articles ------------------------------------------------------------------------------------


#: the columns an :class:`ArticleSummary` is made of (select these rather than whole rows: an
#: ``ArticleRow`` carries the text and the whole analysis, decoded from JSON on every load)
SUMMARY_COLUMNS = (ArticleRow.pk, ArticleRow.id, ArticleRow.url, ArticleRow.outlet, ArticleRow.title,
                   ArticleRow.published, ArticleRow.language, ArticleRow.agencies)


#: an article's number of claims, as a column of a select from ``articles`` (one index count per row)
CLAIM_COUNT = (select(func.count()).where(ClaimRow.article_pk == ArticleRow.pk).correlate(ArticleRow)
               .scalar_subquery().label("claim_count"))


def summary_of(row: Any) -> ArticleSummary:
    """The summary of a row of :data:`SUMMARY_COLUMNS` and :data:`CLAIM_COUNT`."""
    return ArticleSummary(id=row.id, url=row.url, outlet=row.outlet, title=row.title, published=row.published,
                          language=row.language, claim_count=row.claim_count or 0, agencies=list(row.agencies or []))


def articles(session: Session, outlet: str | None = None, language: str | None = None,
             since: str | None = None, until: str | None = None, limit: int = 50,
             offset: int = 0, entity: str | None = None) -> Page[ArticleSummary]:
    limit, offset = clamp(limit, offset)
    stmt = select(ArticleRow.pk)
    if entity:  # articles naming the entity (its ref)
        stmt = stmt.where(ArticleRow.pk.in_(select(ArticleEntityRow.article_pk).join(
            EntityRow, EntityRow.pk == ArticleEntityRow.entity_pk).where(EntityRow.ref == entity)))
    if outlet:
        stmt = stmt.where(ArticleRow.outlet == outlet)
    if language:
        stmt = stmt.where(ArticleRow.language == language)
    if since:
        stmt = stmt.where(ArticleRow.published >= since)
    if until:  # "2023-11-06" must include "2023-11-06T18:00"
        stmt = stmt.where(ArticleRow.published <= until + "\uffff")
    total = count(session, stmt)
    rows = session.connection().execute(stmt.with_only_columns(*SUMMARY_COLUMNS, CLAIM_COUNT)
                                        .order_by(ArticleRow.published.desc(), ArticleRow.pk.desc())
                                        .limit(limit).offset(offset)).all()
    return Page([summary_of(r) for r in rows], total, limit, offset)


_ARTICLE = select(ArticleRow.analysis, ArticleRow.text).where(ArticleRow.id == bindparam("id"))


def article(session: Session, article_id: str) -> dict[str, Any] | None:
    row = session.connection().execute(_ARTICLE, {"id": article_id}).first()  # two columns, not the ORM row
    if row is None:
        return None
    data = dict(row.analysis)
    data["article"] = {**data.get("article", {}), "text": row.text}
    return data


def syndication_groups(session: Session, article_ids: Sequence[str]) -> dict[str, int | None]:
    """Article id -> the key of its syndication group (near-identical copies), None when it stands alone."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return {}
    rows = session.execute(select(ArticleRow.id, ArticleRow.syndication_group_pk).where(ArticleRow.id.in_(ids)))
    return {article_id: group for article_id, group in rows}


def errors(session: Session, limit: int = 100, offset: int = 0, since: str | None = None) -> Page[IngestError]:
    """Failed inputs, newest first; ``since`` (an ISO date or time) keeps those recorded from then on."""
    limit, offset = clamp(limit, offset)
    stmt = select(IngestErrorRow)
    if since:
        stmt = stmt.where(IngestErrorRow.created_at >= datetime.fromisoformat(since))
    rows = session.scalars(stmt.order_by(IngestErrorRow.pk.desc()).limit(limit).offset(offset)).all()
    return Page([IngestError(r.input_name, r.reason, r.created_at.isoformat()) for r in rows],
                count(session, stmt), limit, offset)


# --- claims --------------------------------------------------------------------------------------


def entity_pks_for(session: Session, name_or_ref: str) -> list[int]:
    """Entities named or keyed so: by ref, canonical name, or a name as written in an article."""
    key = name_key(name_or_ref) or ""
    by_entity = select(EntityRow.pk).where(or_(EntityRow.ref == name_or_ref, EntityRow.name_key == key))
    by_article = select(ArticleEntityRow.entity_pk).where(ArticleEntityRow.name_key == key).distinct()
    return sorted(set(session.scalars(by_entity)) | set(session.scalars(by_article.limit(1000))))


def claims(session: Session, source: str | None = None, entity: str | None = None,
           stance: str | None = None, mode: str | None = None, limit: int = 50,
           offset: int = 0, filters: ClaimFilters | None = None) -> Page[ClaimHit]:
    """Claims, newest stored first; ``filters`` adds the article's language, outlet, dates and has-a-figure."""
    limit, offset = clamp(limit, offset)
    stmt = select(ClaimRow.pk)
    if filters is not None:
        stmt = _article_filters(stmt, filters)
    if source:
        pks = entity_pks_for(session, source)
        stmt = stmt.where(or_(ClaimRow.source_key == name_key(source), ClaimRow.source_entity_pk.in_(pks))
                          if pks else ClaimRow.source_key == name_key(source))
    if entity:
        pks = entity_pks_for(session, entity)
        if not pks:  # an entity the store does not know: no claims, and no scan of them all to say so
            return Page([], 0, limit, offset)
        about = select(ClaimEntityRow.claim_pk).where(ClaimEntityRow.entity_pk.in_(pks))
        stmt = stmt.where(or_(ClaimRow.source_entity_pk.in_(pks), ClaimRow.pk.in_(about)))
    if stance:
        stmt = stmt.where(ClaimRow.stance == stance)
    if mode:
        stmt = stmt.where(ClaimRow.mode == mode)
    total = count(session, stmt)
    page = session.scalars(stmt.order_by(ClaimRow.pk.desc()).limit(limit).offset(offset)).all()
    return Page(claim_hits(session, page), total, limit, offset)


def _article_filters(stmt: Select, f: ClaimFilters) -> Select:
    if f.language or f.outlet or f.since or f.until:
        stmt = stmt.join(ArticleRow, ArticleRow.pk == ClaimRow.article_pk)
        stmt = stmt.where(*(c for c in (
            ArticleRow.language == f.language if f.language else None,
            ArticleRow.outlet == f.outlet if f.outlet else None,
            ArticleRow.published >= f.since if f.since else None,
            ArticleRow.published <= f.until + "\uffff" if f.until else None) if c is not None))
    if f.has_figure is not None:
        with_figure = select(QuantityRow.pk).where(QuantityRow.claim_pk == ClaimRow.pk).exists()
        stmt = stmt.where(with_figure if f.has_figure else ~with_figure)
    return stmt


def claim_hits(session: Session, claim_pks: Sequence[int]) -> list[ClaimHit]:
    """Full claim results for these claim pks, in the given order."""
    if not claim_pks:
        return []
    rows = session.connection().execute(_CLAIM_HITS, {"pks": list(claim_pks)}).all()
    figures = figures_of(session, claim_pks)
    by_pk = {}
    for c in rows:
        by_pk[c.pk] = ClaimHit(
            article_id=c.article_id, claim_id=c.local_id, outlet=c.outlet, title=c.title, published=c.published,
            url=c.url, source=c.source_name, source_kind=c.source_kind, source_ref=c.ref, source_type=c.type,
            mode=c.mode, stance=c.stance, hedged=c.hedged, content=c.content, cue=c.cue, position=c.position,
            via=[v.get("name") for v in c.via or []], figures=figures.get(c.pk, []), language=c.language,
            story_id=c.story_id)
    return [by_pk[pk] for pk in claim_pks if pk in by_pk]


_CLAIM_HITS = (select(ClaimRow.pk, ClaimRow.local_id, ClaimRow.source_name, ClaimRow.source_kind, ClaimRow.mode,
                      ClaimRow.stance, ClaimRow.hedged, ClaimRow.content, ClaimRow.cue, ClaimRow.position, ClaimRow.via,
                      ArticleRow.id.label("article_id"), ArticleRow.outlet, ArticleRow.title, ArticleRow.published,
                      ArticleRow.url, ArticleRow.language, EntityRow.ref, EntityRow.type,
                      StoryArticleRow.story_pk.label("story_id"))
               .join(ArticleRow, ArticleRow.pk == ClaimRow.article_pk)
               .outerjoin(StoryArticleRow, StoryArticleRow.article_pk == ClaimRow.article_pk)
               .outerjoin(EntityRow, EntityRow.pk == ClaimRow.source_entity_pk)
               .where(ClaimRow.pk.in_(bindparam("pks", expanding=True))))


def iter_claims(session: Session, chunk: int = 1000) -> Iterator[ClaimHit]:
    """Every claim (assertions excluded), in storage order, a chunk at a time: for exports of any size."""
    last = 0
    while True:
        pks = session.scalars(select(ClaimRow.pk).where(ClaimRow.pk > last, ClaimRow.mode != "assertion")
                              .order_by(ClaimRow.pk).limit(chunk)).all()
        if not pks:
            return
        yield from claim_hits(session, pks)
        last = pks[-1]


def iter_articles(session: Session, chunk: int = 200) -> Iterator[dict[str, Any]]:
    """Every article's analysis contract, in storage order, a chunk at a time."""
    last = 0
    while True:
        rows = session.scalars(select(ArticleRow).where(ArticleRow.pk > last).order_by(ArticleRow.pk)
                               .limit(chunk)).all()
        if not rows:
            return
        for row in rows:
            data = dict(row.analysis)
            data["article"] = {**data.get("article", {}), "text": row.text}
            yield data
        last = rows[-1].pk
        session.expunge_all()


def figures_of(session: Session, claim_pks: Sequence[int]) -> dict[int, list[Figure]]:
    out: dict[int, list[Figure]] = {}
    if not claim_pks:
        return out
    for q in session.connection().execute(_FIGURES, {"pks": list(claim_pks)}):
        out.setdefault(q.claim_pk, []).append(figure(q))
    return out


FIGURE_COLUMNS = (QuantityRow.text, QuantityRow.value, QuantityRow.lower, QuantityRow.upper, QuantityRow.approx,
                  QuantityRow.unit, QuantityRow.unit_lemma, QuantityRow.currency)


_FIGURES = (select(QuantityRow.claim_pk, *FIGURE_COLUMNS).where(QuantityRow.claim_pk.in_(bindparam("pks", expanding=True)))
            .order_by(QuantityRow.start))


def figure(q: Any) -> Figure:
    """A :class:`Figure` of a ``QuantityRow`` or a row of :data:`FIGURE_COLUMNS`."""
    return Figure(text=q.text, value=q.value, lower=q.lower, upper=q.upper, approx=q.approx, unit=q.unit,
                  unit_lemma=q.unit_lemma, currency=q.currency)


# --- entities ------------------------------------------------------------------------------------


def entity(session: Session, ref: str, limit: int = 50) -> EntityDetail | None:
    row = session.scalar(select(EntityRow).where(EntityRow.ref == ref))
    if row is None:
        pks = entity_pks_for(session, ref)
        row = session.get(EntityRow, pks[0]) if pks else None
    if row is None:
        return None
    names = sorted(set(session.scalars(select(ArticleEntityRow.name)
                                       .where(ArticleEntityRow.entity_pk == row.pk).distinct().limit(50))))
    articles_n = session.scalar(select(func.count(func.distinct(ArticleEntityRow.article_pk)))
                                .where(ArticleEntityRow.entity_pk == row.pk)) or 0
    by = session.scalars(select(ClaimRow.pk).where(ClaimRow.source_entity_pk == row.pk)
                         .order_by(ClaimRow.pk.desc()).limit(limit)).all()
    about = session.scalars(select(ClaimEntityRow.claim_pk).where(ClaimEntityRow.entity_pk == row.pk)
                            .order_by(ClaimEntityRow.claim_pk.desc()).limit(limit)).all()
    by_total = session.scalar(select(func.count()).where(ClaimRow.source_entity_pk == row.pk)) or 0
    about_total = session.scalar(select(func.count()).select_from(ClaimEntityRow)
                                 .where(ClaimEntityRow.entity_pk == row.pk)) or 0
    return EntityDetail(ref=row.ref, name=row.name, type=row.type, names=names, article_count=articles_n,
                        claims_by=claim_hits(session, by), claims_about=claim_hits(session, about),
                        claims_by_total=by_total, claims_about_total=about_total)
