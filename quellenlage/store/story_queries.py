"""Reading stories: the listing, and one story's source table, groups, disagreements and timeline.

The source table is the one the connect layer computed (kept in ``stories.data``): one
line per claim of the story's canonical articles, every outlet of a syndicated text
listed on it, so a dpa text printed by eight outlets counts once. For stories written
by other means it is rebuilt from the stored claims: claims are one line per
(syndication group, source, content), dated by the earliest copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from . import appearances
from .filters import StoryFilters
from .models import (
    AppearanceRow,
    ArticleEntityRow,
    ArticleRow,
    ClaimGroupMemberRow,
    ClaimGroupRow,
    ClaimRow,
    DisagreementRow,
    EntityRow,
    QuantityRow,
    StoryArticleRow,
    StoryRow,
    TimelinePointRow,
)
from .queries import CLAIM_COUNT, FIGURE_COLUMNS, SUMMARY_COLUMNS, clamp, count, figure, summary_of
from .results import (
    Appearance,
    ClaimGroupOut,
    DisagreementOut,
    Figure,
    Page,
    RevisionOut,
    SourceLine,
    StoryDetail,
    StorySummary,
    TimelinePoint,
)
from .write import name_key


def summary(row: Any) -> StorySummary:
    """The listing entry of a story row (an ORM ``StoryRow`` or a row of :data:`STORY_COLUMNS`)."""
    return StorySummary(id=row.pk, title=row.title, first_published=row.first_published,
                        last_published=row.last_published, articles=row.article_count,
                        outlets=row.outlet_count, languages=list(row.languages or []),
                        disagreements=row.disagreement_count)


#: what a story's listing entry needs; not ``data`` (the connect layer's whole summary, the bulk of the row)
STORY_COLUMNS = (StoryRow.pk, StoryRow.title, StoryRow.first_published, StoryRow.last_published,
                 StoryRow.article_count, StoryRow.outlet_count, StoryRow.languages, StoryRow.disagreement_count)


#: how the story listing can be ordered: newest, largest, most disagreements first
STORY_ORDER = {
    "date": (StoryRow.last_published.desc(), StoryRow.pk.desc()),
    "size": (StoryRow.article_count.desc(), StoryRow.last_published.desc(), StoryRow.pk.desc()),
    "disagreements": (StoryRow.disagreement_count.desc(), StoryRow.last_published.desc(), StoryRow.pk.desc()),
}


def stories(session: Session, limit: int = 50, offset: int = 0, *, filters: StoryFilters | None = None,
            article: str | None = None, entity: str | None = None) -> Page[StorySummary]:
    """Stories, most recently updated first (or largest, or most disputed first: ``filters.sort``).

    Filters: at least ``min_articles`` articles; an article (or another appearance of one) from
    ``outlet``; an article in ``language``; active within ``since``..``until`` (ISO dates,
    inclusive); with disagreements; holding the article ``article``; naming the entity ``entity``."""
    f = filters or StoryFilters()
    min_articles, outlet, language, since, until = f.min_articles, f.outlet, f.language, f.since, f.until
    disagreements, sort = f.disagreements, f.sort
    limit, offset = clamp(limit, offset)
    conds: list[Any] = []
    if min_articles > 1:
        conds.append(StoryRow.article_count >= min_articles)
    if disagreements:
        conds.append(StoryRow.disagreement_count > 0)
    if since:
        conds.append(StoryRow.last_published >= since)
    if until:
        conds.append(StoryRow.first_published <= until + "\uffff")  # ISO strings: the whole last day
    members = select(StoryArticleRow.story_pk).join(ArticleRow, ArticleRow.pk == StoryArticleRow.article_pk)
    if language:
        conds.append(StoryRow.pk.in_(members.where(ArticleRow.language == language)))
    if article:
        conds.append(StoryRow.pk.in_(members.where(ArticleRow.id == article)))
    if entity:
        conds.append(StoryRow.pk.in_(members.join(ArticleEntityRow, ArticleEntityRow.article_pk == ArticleRow.pk)
                                     .join(EntityRow, EntityRow.pk == ArticleEntityRow.entity_pk)
                                     .where(EntityRow.ref == entity)))
    if outlet:
        pages = select(StoryArticleRow.story_pk).join(AppearanceRow, AppearanceRow.article_pk == StoryArticleRow.article_pk)
        conds.append(StoryRow.pk.in_(pages.where(AppearanceRow.outlet == outlet)))
    rows = session.execute(select(*STORY_COLUMNS).where(*conds).order_by(*STORY_ORDER.get(sort, STORY_ORDER["date"]))
                           .limit(limit).offset(offset)).all()
    return Page([summary(r) for r in rows], count(session, select(StoryRow.pk).where(*conds)), limit, offset)


# One story is read with column selects on the session's connection, not as ORM entities: building
# an entity per row (and decoding every JSON column of it, the articles' whole analysis among them)
# and the ORM's execution layer were most of the time. The statements are built once (their
# compiled form is cached by SQLAlchemy), each reads the story's rows by its key, no IN lists.
_STORY = select(*STORY_COLUMNS, StoryRow.data)
_STORY_BY_PK = _STORY.where(StoryRow.pk == bindparam("pk"))
_STORY_BY_KEY = _STORY.where(StoryRow.key == bindparam("key"))
_ARTICLES = (select(*SUMMARY_COLUMNS, CLAIM_COUNT, ArticleRow.syndication_group_pk)
             .join(StoryArticleRow, StoryArticleRow.article_pk == ArticleRow.pk)
             .where(StoryArticleRow.story_pk == bindparam("story"))
             .order_by(ArticleRow.published, ArticleRow.pk))
_CLAIMS = (select(ClaimRow.pk, ClaimRow.article_pk, ClaimRow.local_id, ClaimRow.source_name, ClaimRow.source_kind,
                  ClaimRow.mode, ClaimRow.stance, ClaimRow.hedged, ClaimRow.content, ClaimRow.source_entity_pk)
           .join(StoryArticleRow, StoryArticleRow.article_pk == ClaimRow.article_pk)
           .where(StoryArticleRow.story_pk == bindparam("story"), ClaimRow.mode != "assertion")
           .order_by(ClaimRow.pk))
_GROUPS = (select(ClaimGroupRow.pk, ClaimGroupRow.key, ClaimGroupRow.label)
           .where(ClaimGroupRow.story_pk == bindparam("story")).order_by(ClaimGroupRow.pk))
_MEMBERS = (select(ClaimGroupMemberRow.claim_pk, ClaimGroupMemberRow.claim_group_pk)
            .join(ClaimGroupRow, ClaimGroupRow.pk == ClaimGroupMemberRow.claim_group_pk)
            .where(ClaimGroupRow.story_pk == bindparam("story"))
            .order_by(ClaimGroupMemberRow.claim_group_pk, ClaimGroupMemberRow.claim_pk))
_DISAGREEMENTS = (select(DisagreementRow.kind, DisagreementRow.rule, DisagreementRow.data, DisagreementRow.explanation,
                         DisagreementRow.claim_group_pk, DisagreementRow.claim_a_pk, DisagreementRow.claim_b_pk)
                  .where(DisagreementRow.story_pk == bindparam("story")).order_by(DisagreementRow.pk))
_TIMELINE = (select(TimelinePointRow.date, TimelinePointRow.source, TimelinePointRow.label, TimelinePointRow.value,
                    TimelinePointRow.lower, TimelinePointRow.upper, TimelinePointRow.unit,
                    TimelinePointRow.claim_group_pk, TimelinePointRow.claim_pk, TimelinePointRow.data)
             .where(TimelinePointRow.story_pk == bindparam("story"))
             .order_by(TimelinePointRow.date, TimelinePointRow.pk))
_FIGURES = (select(QuantityRow.claim_pk, *FIGURE_COLUMNS)
            .join(StoryArticleRow, StoryArticleRow.article_pk == QuantityRow.article_pk)
            .where(StoryArticleRow.story_pk == bindparam("story"), QuantityRow.claim_pk.is_not(None))
            .order_by(QuantityRow.start))


def _story_row(conn: Connection, story_id: int | str) -> Any:
    if isinstance(story_id, int) or str(story_id).isdigit():
        row = conn.execute(_STORY_BY_PK, {"pk": int(story_id)}).first()
        if row is not None:
            return row
    return conn.execute(_STORY_BY_KEY, {"key": str(story_id)}).first()


def story(session: Session, story_id: int | str) -> StoryDetail | None:
    conn = session.connection()
    row = _story_row(conn, story_id)
    if row is None:
        return None
    story = {"story": row.pk}
    arts = conn.execute(_ARTICLES, story).all()
    by_pk = {a.pk: a for a in arts}
    claim_rows = conn.execute(_CLAIMS, story).all()
    groups = conn.execute(_GROUPS, story).all()
    group_of = dict(conn.execute(_MEMBERS, story).all()) if groups else {}
    if row.data and row.data.get("sources") is not None:
        lines, line_of = _connect_lines(row.data["sources"], claim_rows, by_pk, {g.key: g.pk for g in groups})
    else:
        figures: dict[int, list[Figure]] = {}
        for q in conn.execute(_FIGURES, story):
            figures.setdefault(q.claim_pk, []).append(figure(q))
        lines, line_of = _source_lines(claim_rows, by_pk, figures, group_of)
    members: dict[int, list[Any]] = {}
    for c in claim_rows:
        g = group_of.get(c.pk)
        if g is not None:
            members.setdefault(g, []).append(c)
    group_out = []
    for g in groups:
        mine = members.get(g.pk, [])
        names = {line_of[c.pk].source if c.pk in line_of else c.source_name for c in mine}  # canonical names
        group_out.append(ClaimGroupOut(id=g.pk, key=g.key, label=g.label, claims=len(mine),
                                       sources=sorted(n for n in names if n)))
    disagreements = [DisagreementOut(kind=d.kind, rule=d.rule, rule_id=(d.data or {}).get("rule_id"),
                                     explanation=d.explanation,
                                     claim_group=d.claim_group_pk, a=line_of.get(d.claim_a_pk),
                                     b=line_of.get(d.claim_b_pk)) for d in conn.execute(_DISAGREEMENTS, story)]
    claim_article = {c.pk: c.article_pk for c in claim_rows}
    timeline = [TimelinePoint(date=p.date, source=line_of[p.claim_pk].source if p.claim_pk in line_of else p.source,
                              label=p.label, value=p.value, lower=p.lower,
                              upper=p.upper, unit=p.unit, claim_group=p.claim_group_pk,
                              outlet=by_pk[claim_article[p.claim_pk]].outlet
                              if p.claim_pk in claim_article else None,
                              outlets=list((p.data or {}).get("outlets") or []),
                              stance=(p.data or {}).get("stance"), revision=(p.data or {}).get("revision"))
                for p in conn.execute(_TIMELINE, story)]
    appears = appearances.of_articles(session, list(by_pk))
    pages = [Appearance(article_id=by_pk[apk].id, **p) for apk in by_pk for p in appears.get(apk, [])]
    group_pk = {g.key: g.pk for g in groups}
    revisions = [RevisionOut(source=r.get("source"), text=r.get("text", ""),
                             before=Figure.from_dict(r["figures"][0]).describe(),
                             after=Figure.from_dict(r["figures"][1]).describe(),
                             dates=list(r.get("dates") or []), days=r.get("days"), claim_group=group_pk.get(r.get("group")))
                 for r in (row.data or {}).get("revisions") or [] if len(r.get("figures") or []) == 2]
    return StoryDetail(story=summary(row), articles=[summary_of(a) for a in arts], sources=lines,
                       claim_groups=group_out, disagreements=disagreements, timeline=timeline, appearances=pages,
                       revisions=revisions)


def _source_lines(claim_rows: Sequence[Any], arts: dict[int, Any], figures: dict[int, list[Any]],
                  group_of: dict[int, int]) -> tuple[list[SourceLine], dict[int, SourceLine]]:
    """One line per distinct claim; syndicated copies merged; one name per source (:func:`_canonical_names`).
    Returns the lines and claim pk -> line."""
    lines: dict[tuple, SourceLine] = {}
    line_of: dict[int, SourceLine] = {}
    names = _canonical_names(claim_rows, arts)
    for c in claim_rows:
        art = arts[c.article_pk]
        copy_key = ("syn", art.syndication_group_pk) if art.syndication_group_pk else ("art", art.pk)
        source = names.get(c.pk, c.source_name)
        key = (copy_key, name_key(source), " ".join(c.content.split()).casefold(), c.stance)
        line = lines.get(key)
        if line is None:
            line = lines[key] = SourceLine(
                source=source, source_kind=c.source_kind, mode=c.mode, stance=c.stance, hedged=c.hedged,
                content=c.content, figures=figures.get(c.pk, []), date=art.published, outlets=[],
                article_ids=[], claim_group=group_of.get(c.pk))
        if art.outlet and art.outlet not in line.outlets:
            line.outlets.append(art.outlet)
        if art.id not in line.article_ids:
            line.article_ids.append(art.id)
        if art.published and (line.date is None or art.published < line.date):
            line.date = art.published
        line_of[c.pk] = line
    ordered = sorted(lines.values(), key=lambda ln: (ln.date or "", ln.source or ""))
    return ordered, line_of


def _canonical_names(claim_rows: Sequence[Any], arts: dict[int, Any]) -> dict[int, str]:
    """Claim pk -> one name per speaker, as the connect layer names them (``stories.connect.canonical_sources``):
    a speaker is an institution of the bilingual table, else the source's entity, else its folded name, and
    is named as most of its claims name it — "Umweltministerium" and "Environment Ministry" are one source."""
    from collections import Counter

    from ..stories.terms import institution_key

    speaker: dict[int, Any] = {}
    counts: dict[Any, Counter[str]] = {}
    for c in claim_rows:
        if not c.source_name:
            continue
        institution = institution_key(c.source_name, arts[c.article_pk].language)
        who = ("institution", institution) if institution else (
            ("entity", c.source_entity_pk) if c.source_entity_pk is not None else ("name", name_key(c.source_name)))
        speaker[c.pk] = who
        counts.setdefault(who, Counter())[c.source_name] += 1
    chosen = {who: min(n.items(), key=lambda kv: (-kv[1], kv[0]))[0] for who, n in counts.items()}
    return {pk: chosen[who] for pk, who in speaker.items()}


def _connect_lines(rows: list[dict[str, Any]], claim_rows: Sequence[Any], arts: dict[int, Any],
                   group_pk: dict[str, int]) -> tuple[list[SourceLine], dict[int, SourceLine]]:
    """The connect layer's source rows as :class:`SourceLine` objects, and claim pk -> line."""
    pk_of = {(arts[c.article_pk].id, c.local_id): c.pk for c in claim_rows}
    kind_of = {c.pk: c.source_kind for c in claim_rows}
    lines, line_of = [], {}
    for r in rows:
        ref = r.get("claim") or {}
        cpk = pk_of.get((ref.get("article_id"), ref.get("claim_id")))
        line = SourceLine(
            source=r.get("source"), source_kind=kind_of.get(cpk), mode=r.get("mode", ""), stance=r.get("stance", ""),
            hedged=bool(r.get("hedged")), content=r.get("content", ""),
            figures=[Figure.from_dict(f) for f in r.get("figures") or []],
            date=r.get("date"), outlets=list(r.get("outlets") or []),
            article_ids=[ref["article_id"]] if ref.get("article_id") else [],
            claim_group=group_pk.get(r.get("group")) if r.get("group") else None)
        lines.append(line)
        if cpk is not None:
            line_of[cpk] = line
    return lines, line_of
