"""Claim search: the claims whose content or source holds every word of a query, with claim filters.

The same words as article search (:mod:`.search`): each word matches as a word or the beginning
of one, in its other spellings and as a part of a German compound; the index is ``claim_fts``
(SQLite) or ``claims.tsv`` (PostgreSQL) over content, source name and ``claims.index_terms``
(migration 0009). Of the newest :data:`~.search.MAX_MATCHES` matching claims (stored), the page
shows the newest published first. Filters (:class:`~.filters.ClaimFilters`) apply before that bound:
the article's language, outlet and dates, the claim's source, stance, mode and whether it has a figure.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .filters import ClaimFilters
from .pg_query import pg_query, planner
from .queries import claim_hits, clamp, entity_pks_for
from .results import ClaimHit, Page
from .search import MAX_MATCHES, fts5_query, terms
from .write import name_key

NEWEST = "a.published IS NULL, a.published DESC, c.pk DESC"


def search_claims(session: Session, query: str, filters: ClaimFilters | None = None, entity: str | None = None,
                  limit: int = 50, offset: int = 0) -> Page[ClaimHit]:
    """``entity``: only claims by or about it (a name or ref, as :func:`.queries.claims`)."""
    limit, offset = clamp(limit, offset)
    filters = filters or ClaimFilters()
    words = terms(query)
    if not words:
        return Page([], 0, limit, offset)
    conds, params = _conditions(session, filters)
    if entity:
        pks = ", ".join(str(int(pk)) for pk in entity_pks_for(session, entity))
        if not pks:  # an entity the store does not know
            return Page([], 0, limit, offset)
        conds.append(f"(c.source_entity_pk IN ({pks}) OR c.pk IN "
                     f"(SELECT claim_pk FROM claim_entities WHERE entity_pk IN ({pks})))")
    where = "".join(f" AND {c}" for c in conds)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        params["q"] = fts5_query(session.connection(), words)
        newest = ("SELECT f.rowid AS pk FROM claim_fts f JOIN claims c ON c.pk = f.rowid "
                  f"JOIN articles a ON a.pk = c.article_pk WHERE claim_fts MATCH :q{where} "
                  "ORDER BY f.rowid DESC LIMIT :m")
    elif dialect == "postgresql":
        query = pg_query(session.connection(), words)
        params["q"] = query.text()
        session.execute(text(planner(from_index=False)))
        newest = ("SELECT c.pk FROM claims c JOIN articles a ON a.pk = c.article_pk "
                  f"WHERE c.tsv @@ {query.sql('q')}{where} ORDER BY c.pk + 0 DESC LIMIT :m")
    else:
        raise NotImplementedError(f"claim search needs SQLite or PostgreSQL, not {dialect}")
    params.update(m=MAX_MATCHES, l=limit, o=offset)
    rows = session.execute(text(f"WITH n AS ({newest}) SELECT n.pk, (SELECT count(*) FROM n) FROM n "
                                "JOIN claims c ON c.pk = n.pk JOIN articles a ON a.pk = c.article_pk "
                                f"ORDER BY {NEWEST} LIMIT :l OFFSET :o"), params).all()
    total = rows[0][1] if rows else 0
    if not rows and offset:  # the page asked for lies beyond the last match
        total = session.execute(text(f"SELECT count(*) FROM ({newest}) AS n"), params).scalar() or 0
    return Page(claim_hits(session, [r[0] for r in rows]), total, limit, offset, total < MAX_MATCHES)


def _conditions(session: Session, filters: ClaimFilters) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on ``c`` (claims) and ``a`` (articles) for the filters, and their parameters."""
    conds, params = filters.article_sql("a")
    claim_conds, claim_params = filters.claim_sql("c")
    conds += claim_conds
    params.update(claim_params)
    if filters.source:  # a name as written, or an entity by name or ref (as queries.claims)
        params["f_source_key"] = name_key(filters.source)
        pks = entity_pks_for(session, filters.source)
        entity = f" OR c.source_entity_pk IN ({', '.join(str(int(pk)) for pk in pks)})" if pks else ""
        conds.append(f"(c.source_key = :f_source_key{entity})")
    return conds, params
