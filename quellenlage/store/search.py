"""Full-text search: FTS5 on SQLite, ``tsvector`` with a GIN index on PostgreSQL.

A user's query is taken as plain words: every word must match as a word or the beginning
of one ("Container" finds "Containern" and "Containerschiff"), so quotes, ``*``, ``NEAR``,
``-``, ``'; DROP TABLE`` and other syntax of SQL or of the search engine can neither break the
query nor change its meaning. Values are always bound parameters; on SQLite each word is
expanded to the index's terms it begins (``search_terms.py`` says why). A word also matches in
its other spellings ("oelfilm" <-> "Ölfilm", "Strasse" <-> "Straße") and as a part of a German
compound ("Polizei" finds "Wasserschutzpolizei"): the index holds both (``index_words.py``).

Cost is bounded whatever the words: only the newest ``MAX_MATCHES`` matching articles
(newest stored first, an order both engines read straight off their index) are ranked and
counted; beyond that ``total`` is a lower bound (``Page.exact`` is False). Filters (language,
outlet, published dates: ``filters.py``) apply before that bound.

Two orders of those matches. ``relevance`` (the default): articles whose **title** holds every
word first, then those holding every word as written (or spelled otherwise), then those found
only through the parts of compounds; newest *published* first within each (then newest
stored). ``date``: newest published first, whatever matched. Not bm25 / ts_rank: their weights
need each term's count of articles across the whole index, which FTS5 counts anew for every
query by reading every doclist (3.5 ms of a 6 ms search on the benchmark store, so 20 clients
searching waited 110 ms at p95); a reader of news wants the newest report that is about the
words, and a title that names them says that more plainly than a term frequency. Only the page
shown gets snippets, cut in Python from the rows already loaded (``snippets.py`` says why not
with the engines' own functions).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, bindparam, func, select, text
from sqlalchemy.orm import Session

from .filters import SearchFilters, check_order
from .index_words import query_forms, snippet_forms
from .models import ArticleRow
from .pg_query import PgQuery, pg_query, planner
from .queries import CLAIM_COUNT, SUMMARY_COLUMNS, clamp, summary_of
from .results import Page, SearchHit
from .search_terms import fts5_term
from .snippets import SCAN_CHARS, make_snippet

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 16
MAX_MATCHES = 1000  # matches ranked and counted per query
MIN_INNER = 4  # a query word this long is marked inside a word of a snippet too (a part of a compound)
#: FTS5 columns (migration 0009) of the ranking tiers: the title, the words as written (and spelled otherwise)
IN_TITLE, AS_WRITTEN = "{title}", "{title text index_spellings}"


def terms(query: str) -> list[str]:
    """The words of a query, each once; everything else (operators, quotes, punctuation) is dropped."""
    unique: dict[str, str] = {}
    for word in WORD.findall(query):
        unique.setdefault(word.casefold(), word)
    return list(unique.values())[:32]


def fts5_query(conn: Connection, words: list[str]) -> str:
    """``Kreml Ölfilm`` -> ``'("kreml") AND ("olfilm" OR "oelfilm")'``: every word, as the terms its forms begin.

    Prefixes, because German compounds and inflections ("Container" finds "Containern"); forms,
    because "Ölfilm" is also written "Oelfilm" (:func:`~.index_words.query_forms`).
    """
    return " AND ".join(_word_match(conn, w) for w in words)


def _word_match(conn: Connection, word: str) -> str:
    alternatives = [fts5_term(conn, form) for form in query_forms(word)]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def search(session: Session, query: str, limit: int = 20, offset: int = 0, order: str | None = None,
           filters: SearchFilters | None = None) -> Page[SearchHit]:
    """Articles with every word of ``query``; ``order`` ``relevance`` (default) or ``date`` (see the module)."""
    limit, offset = clamp(limit, offset)
    order, filters = check_order(order), filters or SearchFilters()
    words = terms(query)
    if not words:
        return Page([], 0, limit, offset)
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        total, ranked = _sqlite(session, words, limit, offset, order, filters)
    elif dialect == "postgresql":
        total, ranked = _postgres(session, words, limit, offset, order, filters)
    else:
        total, ranked = _like(session, words, limit, offset, filters)
    exact = total < MAX_MATCHES
    rows = {r.pk: r for r in session.connection().execute(_HITS, {"pks": ranked})} if ranked else {}
    marks = [f for w in words for f in snippet_forms(w)]
    inner = tuple(f for f in marks if len(f) >= MIN_INNER)
    hits = [SearchHit(summary_of(rows[pk]), make_snippet(rows[pk].head, marks, SNIPPET_WORDS, inner))
            for pk in ranked if pk in rows]
    return Page(hits, total, limit, offset, exact)


#: the page's articles: their summaries, and as much of the text as a snippet can look at (one character
#: more, so it can tell that the text goes on); columns, not ORM rows, which would decode the whole analysis
_HITS = select(*SUMMARY_COLUMNS, CLAIM_COUNT, func.substr(ArticleRow.text, 1, SCAN_CHARS + 1).label("head")).where(
    ArticleRow.pk.in_(bindparam("pks", expanding=True)))

#: newest published first, then newest stored (undated articles last)
NEWEST = "a.published IS NULL, a.published DESC, n.pk DESC"


def _sqlite(session: Session, words: list[str], limit: int, offset: int, order: str,
            filters: SearchFilters) -> tuple[int, list[int]]:
    """The newest MAX_MATCHES matches (stored), their number, and the page of them in ``order``.

    One statement, so SQLite runs it in one call outside the GIL (fetching a thousand pks row by row
    took the GIL a thousand times, and other threads' turns between). The tiers of ``relevance`` are
    one more FTS5 match each, restricted to the rowids of those matches.
    """
    match = fts5_query(session.connection(), words)
    conds, params = filters.article_sql("a")
    where = "".join(f" AND {c}" for c in conds)
    join = " JOIN articles a ON a.pk = f.rowid" if conds else ""
    newest = (f"SELECT f.rowid AS pk FROM article_fts f{join} WHERE article_fts MATCH :q{where} "
              "ORDER BY f.rowid DESC LIMIT :m")
    tiers = ""
    ranking = NEWEST
    if order == "relevance":
        tiers = (",\nin_title AS (SELECT rowid AS pk FROM article_fts WHERE article_fts MATCH :in_title "
                 "AND rowid >= (SELECT min(pk) FROM newest)),\n"
                 "as_written AS (SELECT rowid AS pk FROM article_fts WHERE article_fts MATCH :as_written "
                 "AND rowid >= (SELECT min(pk) FROM newest))")
        ranking = f"n.pk IN in_title DESC, n.pk IN as_written DESC, {NEWEST}"
    sql = (f"WITH newest AS MATERIALIZED ({newest}){tiers}\n"
           "SELECT n.pk, (SELECT count(*) FROM newest) FROM newest n JOIN articles a ON a.pk = n.pk "
           f"ORDER BY {ranking} LIMIT :l OFFSET :o")
    params.update(q=match, in_title=f"{IN_TITLE} : ({match})", as_written=f"{AS_WRITTEN} : ({match})",
                  m=MAX_MATCHES, l=limit, o=offset)
    rows = session.execute(text(sql), params).all()
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({newest})", params)
    return total, [r[0] for r in rows]


#: the title's and the compound parts' share of ``articles.tsv`` (migration 0009: weights A and D), made again from
#: their columns: testing a title (or a handful of parts) is cheaper than reading the stored vector of the whole text
TITLE_VECTOR = "to_tsvector('simple', left(coalesce(n.title, ''), 200000))"
PARTS_VECTOR = "to_tsvector('simple', left(coalesce(n.index_parts, ''), 200000))"
WALK_COST = 3  # reading an article's stored vector, walking newest first, against visiting a GIN match
WINDOW = 2  # the newest articles searched first hold about this many times MAX_MATCHES matches, by the estimate
MIN_WINDOW = 8000  # articles; below that the planner tests each one's vector instead of intersecting the indexes


def _postgres(session: Session, words: list[str], limit: int, offset: int, order: str,
              filters: SearchFilters) -> tuple[int, list[int]]:
    """As :func:`_sqlite`; the tiers of ``relevance`` test the title and the parts of the newest matches.

    Title: the query on the title's vector (the same lexemes as weight A of ``tsv``). Words as written:
    an article whose parts hold none of the words matched every word as written; only one whose parts
    do has its whole vector read (``tsv @@`` weights ABC, as before). Same order as testing the stored
    vector for A and for ABC, at a fraction of the cost (``docs/search.md``).
    """
    query = pg_query(session.connection(), words)
    conds, params = filters.article_sql("a")
    where = "".join(f" AND {c}" for c in conds)
    params.update(q=query.text(), l=limit, o=offset, m=MAX_MATCHES)
    from_index, lowest = _pg_plan(session, query, params, where)
    session.execute(text(planner(from_index)))
    ranking = NEWEST.replace("a.", "n.")
    if order == "relevance":
        params.update(any_word=query.text(any_word=True), as_written=query.text("ABC"))
        ranking = (f"{TITLE_VECTOR} @@ {query.sql('q')} DESC, CASE WHEN {PARTS_VECTOR} @@ {query.sql('any_word')} "
                   f"THEN n.tsv @@ {query.sql('as_written')} ELSE true END DESC, {ranking}")
    while True:
        window = " AND a.pk >= :lowest" if lowest is not None else ""
        newest = (f"SELECT a.pk, a.published, a.title, a.index_parts, a.tsv FROM articles a "
                  f"WHERE a.tsv @@ {query.sql('q')}{where}{window} "
                  f"ORDER BY a.pk{' + 0' if from_index else ''} DESC LIMIT :m")
        rows = session.execute(text(f"SELECT n.pk, count(*) OVER () FROM ({newest}) AS n "
                                    f"ORDER BY {ranking} LIMIT :l OFFSET :o"), {**params, "lowest": lowest}).all()
        if lowest is None or (rows and rows[0][1] >= MAX_MATCHES):  # the window held the newest MAX_MATCHES
            break
        lowest = None  # fewer matches than estimated: all of them
    total = rows[0][1] if rows else _count(session, f"SELECT count(*) FROM ({newest}) AS n", params)
    return total, [r[0] for r in rows]


def _pg_plan(session: Session, query: PgQuery, params: dict, where: str) -> tuple[bool, int | None]:
    """Take the matches from the GIN index (True), or walk the newest articles and test each (False); and the
    lowest pk of the newest articles to search first (None: all of them).

    Walking costs about ``total / matches`` articles per match wanted, each one's stored vector read
    (``WALK_COST`` times a GIN match's heap visit); the index costs a visit per match. So below
    ``sqrt(WALK_COST * MAX_MATCHES * total)`` matches the index is cheaper. And of a common word's
    matches only the newest MAX_MATCHES count: the newest ``WINDOW * MAX_MATCHES * total / matches``
    articles should hold them, and intersecting the GIN index with that range of the primary key
    visits only the matches in it (a query of 10,400 matches: 285 -> 33 ms). When they hold fewer,
    :func:`_postgres` asks again for all. The planner's estimate of the matches is asked for the
    words as typed: their other spellings match the same articles (the index holds both), and an
    estimate of their OR counted them as independent, up to 7 times too many, which sent a query of
    1,500 matches walking 59,000 articles (1.3 s).
    """
    estimate = {**params, "q_estimate": query.text(first_form=True)}
    plan = session.execute(text("EXPLAIN (FORMAT JSON) SELECT a.pk FROM articles a "
                                f"WHERE a.tsv @@ {query.sql('q_estimate')}{where}"), estimate).scalar()
    matches = max(plan[0]["Plan"]["Plan Rows"], 1)
    total, newest = session.execute(text("SELECT reltuples, (SELECT max(pk) FROM articles) FROM pg_class "
                                         "WHERE relname = 'articles'")).one()
    total = max(total or 0, 1)
    if matches * matches >= WALK_COST * MAX_MATCHES * total:
        return False, None
    window = max(MIN_WINDOW, int(WINDOW * MAX_MATCHES * total / matches))
    return True, (newest - window if newest and window < newest else None)


def _count(session: Session, sql: str, params: dict) -> int:
    """The match count when the page asked for lies beyond the last match (so no row carried it)."""
    return 0 if params["o"] == 0 else session.execute(text(sql), params).scalar() or 0


def _like(session: Session, words: list[str], limit: int, offset: int,
          filters: SearchFilters) -> tuple[int, list[int]]:
    """Any other database: a slow but correct substring match, so the store still works (no tiers, no filters)."""
    stmt = select(ArticleRow.pk, ArticleRow.title)
    for w in words:
        stmt = stmt.where(ArticleRow.text.contains(w, autoescape=True) | ArticleRow.title.contains(w, autoescape=True))
    rows = session.execute(stmt.order_by(ArticleRow.pk.desc()).limit(MAX_MATCHES)).all()
    in_title = {pk for pk, title in rows if all(w.casefold() in (title or "").casefold() for w in words)}
    ranked = [pk for pk, _ in rows if pk in in_title] + [pk for pk, _ in rows if pk not in in_title]
    return len(rows), ranked[offset:offset + limit]
