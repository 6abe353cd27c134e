"""Full-text search: FTS5 on SQLite, ``tsvector`` with a GIN index on PostgreSQL.

A user's query is taken as plain words: every word must match as a word or the beginning
of one ("Container" finds "Containern" and "Containerschiff"), so quotes, ``*``, ``NEAR``,
``-``, ``'; DROP TABLE`` and other syntax of SQL or of the search engine can neither break the
query nor change its meaning. Values are always bound parameters; on SQLite each word is
expanded to the index's terms it begins (``search_terms.py`` says why).

Cost is bounded whatever the words: only the newest ``MAX_MATCHES`` matching articles
(newest stored first, an order both engines read straight off their index) are ranked and
counted; beyond that ``total`` is a lower bound (``Page.exact`` is False).

Ranking: articles whose **title** holds every word first, then the others; newest first
within each. Not bm25 / ts_rank: their weights need each term's count of articles across the
whole index, which FTS5 counts anew for every query by reading every doclist (3.5 ms of a
6 ms search on the benchmark store, so 20 clients searching waited 110 ms at p95); a reader of
news wants the newest report that is about the words, and a title that names them says that
more plainly than a term frequency. Only the page shown gets snippets, cut in Python from the
rows already loaded (``snippets.py`` says why not with the engines' own functions).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, bindparam, func, select, text
from sqlalchemy.orm import Session

from .models import ArticleRow
from .queries import CLAIM_COUNT, SUMMARY_COLUMNS, clamp, summary_of
from .results import Page, SearchHit
from .search_terms import fts5_term
from .snippets import SCAN_CHARS, make_snippet

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 16
MAX_MATCHES = 1000  # matches ranked and counted per query


def terms(query: str) -> list[str]:
    """The words of a query, each once; everything else (operators, quotes, punctuation) is dropped."""
    unique: dict[str, str] = {}
    for word in WORD.findall(query):
        unique.setdefault(word.casefold(), word)
    return list(unique.values())[:32]


def fts5_query(conn: Connection, words: list[str]) -> str:
    """``Kreml Contain`` -> ``'("kreml") AND ("container" OR "containern")'``: every word, as the terms it begins.

    Prefixes, because German compounds and inflections ("Container" finds "Containern").
    """
    return " AND ".join(fts5_term(conn, w) for w in words)


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
        total, ranked = _sqlite(session, fts5_query(session.connection(), words), limit, offset)
    elif dialect == "postgresql":
        total, ranked = _postgres(session, pg_tsquery(words), limit, offset)
    else:
        total, ranked = _like(session, words, limit, offset)
    exact = total < MAX_MATCHES
    rows = {r.pk: r for r in session.connection().execute(_HITS, {"pks": ranked})} if ranked else {}
    hits = [SearchHit(summary_of(rows[pk]), make_snippet(rows[pk].head, words, SNIPPET_WORDS))
            for pk in ranked if pk in rows]
    return Page(hits, total, limit, offset, exact)


#: the page's articles: their summaries, and as much of the text as a snippet can look at (one character
#: more, so it can tell that the text goes on); columns, not ORM rows, which would decode the whole analysis
_HITS = select(*SUMMARY_COLUMNS, CLAIM_COUNT, func.substr(ArticleRow.text, 1, SCAN_CHARS + 1).label("head")).where(
    ArticleRow.pk.in_(bindparam("pks", expanding=True)))


#: the newest MAX_MATCHES matches, their number, and those with every word in the title first; one
#: statement, so SQLite runs it in one call outside the GIL (fetching a thousand pks row by row
#: took the GIL a thousand times, and other threads' turns between)
_NEWEST = "SELECT rowid AS pk FROM article_fts WHERE article_fts MATCH :q ORDER BY rowid DESC LIMIT :m"
_RANKED = text(f"""
WITH newest AS MATERIALIZED ({_NEWEST}),
in_title AS (
    SELECT rowid AS pk FROM article_fts WHERE article_fts MATCH :in_title AND rowid >= (SELECT min(pk) FROM newest))
SELECT pk, (SELECT count(*) FROM newest) FROM newest
ORDER BY pk IN in_title DESC, pk DESC LIMIT :l OFFSET :o""")


def _sqlite(session: Session, match: str, limit: int, offset: int) -> tuple[int, list[int]]:
    params = {"q": match, "in_title": "{title} : (" + match + ")", "m": MAX_MATCHES, "l": limit, "o": offset}
    rows = session.execute(_RANKED, params).all()
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({_NEWEST})", params)
    return total, [r[0] for r in rows]


def _postgres(session: Session, tsquery: str, limit: int, offset: int) -> tuple[int, list[int]]:
    params = {"q": tsquery, "l": limit, "o": offset, "m": MAX_MATCHES}
    newest = ("SELECT pk, title FROM articles WHERE tsv @@ to_tsquery('simple', :q) "
              f"ORDER BY {_pg_order(session, params)} LIMIT :m")
    rows = session.execute(text(f"SELECT pk, count(*) OVER () FROM ({newest}) AS m "
                                "ORDER BY to_tsvector('simple', coalesce(title, '')) @@ to_tsquery('simple', :q) "
                                "DESC, pk DESC LIMIT :l OFFSET :o"), params).all()
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({newest}) AS m", params)
    return total, [r[0] for r in rows]


def _pg_order(session: Session, params: dict) -> str:
    """``pk DESC`` (walk the newest articles, test each) or ``pk + 0 DESC`` (take all matches from the GIN index).

    PostgreSQL's planner rates testing a row's ``tsvector`` as cheap, so for a word in a few
    percent of the articles it walks the primary key backwards and unpacks tens of thousands
    of vectors (600 ms for one query of ``benchmarks/store.py``, 90 ms through the index).
    Its row estimate for the match is good, though: walking costs about ``total / matches``
    rows per match wanted, the index about ``matches`` rows, so below
    ``sqrt(MAX_MATCHES * total)`` matches the index is cheaper, and ``pk + 0`` makes the
    planner take it.
    """
    plan = session.execute(text("EXPLAIN (FORMAT JSON) SELECT pk FROM articles "
                                "WHERE tsv @@ to_tsquery('simple', :q)"), params).scalar()
    matches = plan[0]["Plan"]["Plan Rows"]
    total = session.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'articles'")).scalar() or 0
    return "pk + 0 DESC" if matches * matches < MAX_MATCHES * max(total, 1) else "pk DESC"


def _count(session: Session, sql: str, params: dict) -> int:
    """The match count when the page asked for lies beyond the last match (so no row carried it)."""
    return 0 if params["o"] == 0 else session.execute(text(sql), params).scalar() or 0


def _like(session: Session, words: list[str], limit: int, offset: int) -> tuple[int, list[int]]:
    """Any other database: a slow but correct substring match, so the store still works."""
    stmt = select(ArticleRow.pk, ArticleRow.title)
    for w in words:
        stmt = stmt.where(ArticleRow.text.contains(w, autoescape=True) | ArticleRow.title.contains(w, autoescape=True))
    rows = session.execute(stmt.order_by(ArticleRow.pk.desc()).limit(MAX_MATCHES)).all()
    in_title = {pk for pk, title in rows if all(w.casefold() in (title or "").casefold() for w in words)}
    ranked = [pk for pk, _ in rows if pk in in_title] + [pk for pk, _ in rows if pk not in in_title]
    return len(rows), ranked[offset:offset + limit]
