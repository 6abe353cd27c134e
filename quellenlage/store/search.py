"""Full-text search: FTS5 on SQLite, ``tsvector`` with a GIN index on PostgreSQL.

A user's query is taken as plain words: every word becomes a quoted term (all must
match), so quotes, ``*``, ``NEAR``, ``-``, ``'; DROP TABLE`` and other syntax of SQL or
of the search engine can neither break the query nor change its meaning. Values are
always bound parameters.

Matching articles are ranked (bm25 / ts_rank) and only the page shown gets snippets,
which are the expensive part.
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
    rows = {r.pk: r for r in session.scalars(select(ArticleRow).where(ArticleRow.pk.in_(ranked)))}
    ordered = [rows[pk] for pk in ranked if pk in rows]
    hits = [SearchHit(summary, snippets.get(row.pk, ""))
            for row, summary in zip(ordered, article_summaries(session, ordered), strict=True)]
    return Page(hits, total, limit, offset)


def _sqlite(session: Session, match: str, limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    total = session.execute(text("SELECT count(*) FROM article_fts WHERE article_fts MATCH :q"),
                            {"q": match}).scalar() or 0
    ranked = list(session.execute(
        text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q ORDER BY rank LIMIT :l OFFSET :o"),
        {"q": match, "l": limit, "o": offset}).scalars())
    if not ranked:
        return total, [], {}
    marks = {"q": match, "s": HIGHLIGHT_START, "e": HIGHLIGHT_END, "n": SNIPPET_WORDS}
    ids = ",".join(str(int(pk)) for pk in ranked)  # integers from the database itself
    snippets = dict(session.execute(
        text(f"SELECT rowid, snippet(article_fts, 1, :s, :e, '…', :n) FROM article_fts "
             f"WHERE article_fts MATCH :q AND rowid IN ({ids})"), marks).all())
    return total, ranked, snippets


def _postgres(session: Session, tsquery: str, limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    params = {"q": tsquery, "l": limit, "o": offset}
    total = session.execute(text("SELECT count(*) FROM articles WHERE tsv @@ to_tsquery('simple', :q)"),
                            params).scalar() or 0
    ranked = list(session.execute(
        text("SELECT pk FROM articles, to_tsquery('simple', :q) query WHERE tsv @@ query "
             "ORDER BY ts_rank(tsv, query) DESC, pk DESC LIMIT :l OFFSET :o"), params).scalars())
    if not ranked:
        return total, [], {}
    options = (f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, MaxWords={SNIPPET_WORDS}, "
               f"MinWords={SNIPPET_WORDS // 2}, ShortWord=2")
    snippets = dict(session.execute(
        text("SELECT pk, ts_headline('simple', left(text, 20000), to_tsquery('simple', :q), :opt) "
             "FROM articles WHERE pk = ANY(:pks)"), {"q": tsquery, "opt": options, "pks": ranked}).all())
    return total, ranked, snippets


def _like(session: Session, words: list[str], limit: int, offset: int) -> tuple[int, list[int], dict[int, str]]:
    """Any other database: a slow but correct substring match, so the store still works."""
    stmt = select(ArticleRow.pk)
    for w in words:
        stmt = stmt.where(ArticleRow.text.contains(w, autoescape=True))
    pks = list(session.scalars(stmt.order_by(ArticleRow.pk.desc())))
    return len(pks), pks[offset:offset + limit], {}
