"""Full-text search: FTS5 on SQLite, ``tsvector`` with a GIN index on PostgreSQL.

A user's query is taken as plain words: every word becomes a quoted term (all must
match), so quotes, ``*``, ``NEAR``, ``-``, ``'; DROP TABLE`` and other syntax of SQL or
of the search engine can neither break the query nor change its meaning. Values are
always bound parameters.

Cost is bounded whatever the words: only the newest ``MAX_MATCHES`` matching articles
(newest stored first, an order both engines read straight off their index) are ranked
by relevance (bm25 / ts_rank) and counted; beyond that ``total`` is a lower bound
(``Page.exact`` is False). Only the page shown gets snippets, the expensive part.
"""

from __future__ import annotations

import re

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import ArticleRow
from .queries import article_summaries, clamp
from .results import HIGHLIGHT_END, HIGHLIGHT_START, Page, SearchHit

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 16
MAX_MATCHES = 1000  # matches ranked and counted per query


def terms(query: str) -> list[str]:
    """The words of a query; everything else (operators, quotes, punctuation) is dropped."""
    return WORD.findall(query)[:32]


def fts5_query(words: list[str]) -> str:
    """``'Kreml "Contain'`` -> ``'"Kreml"* "Contain"*'``: each word a quoted FTS5 prefix term.

    Prefixes, because German compounds and inflections ("Container" finds "Containern").
    """
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def pg_tsquery(words: list[str]) -> str:
    """``["Kreml", "Contain"]`` -> ``"'kreml':* & 'contain':*"`` (words are \\w+: no quotes inside)."""
    return " & ".join(f"'{w.lower()}':*" for w in words)


def search(session: Session, query: str, limit: int = 20, offset: int = 0) -> Page[SearchHit]:
    limit, offset = clamp(limit, offset)
    words = terms(query)
    if not words:
        return Page([], 0, limit, offset)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        total, ranked, snippets = _sqlite(session, fts5_query(words), limit, offset)
    elif dialect == "postgresql":
        total, ranked, snippets = _postgres(session, pg_tsquery(words), limit, offset)
    else:
        total, ranked, snippets = _like(session, words, limit, offset)
    exact = total < MAX_MATCHES
    rows = {r.pk: r for r in session.scalars(select(ArticleRow).where(ArticleRow.pk.in_(ranked)))}
    ordered = [rows[pk] for pk in ranked if pk in rows]
    hits = [SearchHit(summary, snippets.get(row.pk, ""))
            for row, summary in zip(ordered, article_summaries(session, ordered), strict=True)]
    return Page(hits, total, limit, offset, exact)


def _sqlite(session: Session, match: str, limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    newest = "SELECT rowid, rank FROM article_fts WHERE article_fts MATCH :q ORDER BY rowid DESC LIMIT :m"
    params = {"q": match, "l": limit, "o": offset, "m": MAX_MATCHES}
    rows = session.execute(text(f"SELECT rowid, count(*) OVER () FROM ({newest}) "
                                "ORDER BY rank, rowid DESC LIMIT :l OFFSET :o"), params).all()
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({newest})", params)
    ranked = [r[0] for r in rows]
    if not ranked:
        return total, [], {}
    marks = {"q": match, "s": HIGHLIGHT_START, "e": HIGHLIGHT_END, "n": SNIPPET_WORDS}
    ids = ",".join(str(int(pk)) for pk in ranked)  # integers from the database itself
    snippets = dict(session.execute(
        text(f"SELECT rowid, snippet(article_fts, 1, :s, :e, '…', :n) FROM article_fts "
             f"WHERE article_fts MATCH :q AND rowid IN ({ids})"), marks).all())
    return total, ranked, snippets


def _postgres(session: Session, tsquery: str, limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    params = {"q": tsquery, "l": limit, "o": offset, "m": MAX_MATCHES}
    newest = ("SELECT pk, tsv FROM articles WHERE tsv @@ to_tsquery('simple', :q) "
              "ORDER BY pk DESC LIMIT :m")
    rows = session.execute(text(f"SELECT pk, count(*) OVER () FROM ({newest}) AS m "
                                "ORDER BY ts_rank(tsv, to_tsquery('simple', :q)) DESC, pk DESC "
                                "LIMIT :l OFFSET :o"), params).all()
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({newest}) AS m", params)
    ranked = [r[0] for r in rows]
    if not ranked:
        return total, [], {}
    options = (f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, MaxWords={SNIPPET_WORDS}, "
               f"MinWords={SNIPPET_WORDS // 2}, ShortWord=2")
    snippets = dict(session.execute(
        text("SELECT pk, ts_headline('simple', left(text, 20000), to_tsquery('simple', :q), :opt) "
             "FROM articles WHERE pk = ANY(:pks)"), {"q": tsquery, "opt": options, "pks": ranked}).all())
    return total, ranked, snippets


def _count(session: Session, sql: str, params: dict) -> int:
    """The match count when the page asked for lies beyond the last match (so no row carried it)."""
    return 0 if params["o"] == 0 else session.execute(text(sql), params).scalar() or 0


def _like(session: Session, words: list[str], limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    """Any other database: a slow but correct substring match, so the store still works."""
    stmt = select(ArticleRow.pk)
    for w in words:
        stmt = stmt.where(ArticleRow.text.contains(w, autoescape=True))
    pks = list(session.scalars(stmt.order_by(ArticleRow.pk.desc()).limit(MAX_MATCHES)))
    return len(pks), pks[offset:offset + limit], {}
