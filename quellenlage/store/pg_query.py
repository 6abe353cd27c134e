"""PostgreSQL: a query's words as a ``tsquery`` of exact terms, taken from the search vocabulary.

Each form of a query word (:func:`~.index_words.query_forms`) is a prefix ("Contain" finds
"Containern"). Written as a prefix (``'contain':*``), GIN collects the postings of every term that
begins with it into a bitmap before it intersects the words; written as the terms it begins
(``'container' | 'containern'``, listed in ``search_terms``: :mod:`.search_terms`), it intersects
posting lists, several times faster. The answer is the same either way, so a form stays a prefix
where the list cannot stand in for it: PostgreSQL's parser would read the form as something else
than this one lexeme, or it begins more than :data:`~.search_terms.MAX_EXPANSION` terms (or none).

The terms are lexemes as stored, so the query is the ``tsquery`` literal itself (``CAST(:q AS
tsquery)``); only when a form is not a lexeme as typed ("foo_bar" is two for PostgreSQL's parser)
does the whole query go through ``to_tsquery('simple', …)``, word for word as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from .index_words import query_forms
from .search_terms import MAX_EXPANSION


def planner(from_index: bool) -> str:
    """Settings of one search, for its transaction: no parallel workers (a server answers many searches at once), no
    JIT (it compiles for tens of milliseconds); ``from_index``: the matches come from the GIN index (with a range
    of the primary key, through a BitmapAnd), never from a sequential scan or a filtered walk of the primary key,
    which read every stored vector on their way."""
    sql = "SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)"
    return sql + (", set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
                  if from_index else "")


#: for each form: does PostgreSQL read it as exactly this one lexeme, and the listed terms it begins
_EXPAND = text(
    "SELECT f.form, to_tsquery('simple', quote_literal(f.form))::text = quote_literal(f.form), "
    "ARRAY(SELECT t.term FROM search_terms t WHERE t.term >= f.form COLLATE \"C\" "
    "AND t.term < f.upto COLLATE \"C\" ORDER BY t.term LIMIT :n) "
    "FROM unnest(CAST(:forms AS text[]), CAST(:uptos AS text[])) AS f(form, upto)")


def _upto(form: str) -> str:
    """The smallest string after every string that begins with ``form`` (code point order, as ``COLLATE "C"``)."""
    last = ord(form[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # no string holds a surrogate
        last = 0xE000
    return form[:-1] + chr(last)


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


@dataclass(frozen=True)
class PgQuery:
    """Per query word, per form, its alternatives: ``(lexeme, is_prefix)``."""

    words: tuple[tuple[tuple[tuple[str, bool], ...], ...], ...]
    literal: bool  # lexemes as stored (a tsquery literal), else forms for to_tsquery('simple', …)

    def sql(self, param: str) -> str:
        """The SQL expression of the tsquery bound to ``param``."""
        return f"CAST(:{param} AS tsquery)" if self.literal else f"to_tsquery('simple', :{param})"

    def text(self, weights: str = "", first_form: bool = False, any_word: bool = False) -> str:
        """Every word (``any_word``: one of them), each as any of its alternatives; ``weights`` "ABC" restricts
        where they match; ``first_form``: each word as typed only (for the planner's estimate)."""
        def alternative(lexeme: str, prefix: bool) -> str:
            mark = ("*" if prefix else "") + weights
            return _quoted(lexeme) + (":" + mark if mark else "")

        def word(forms: tuple[tuple[tuple[str, bool], ...], ...]) -> str:
            alts = [alternative(*a) for form in forms[:1 if first_form else None] for a in form]
            return alts[0] if len(alts) == 1 else "(" + " | ".join(alts) + ")"
        return (" | " if any_word else " & ").join(word(w) for w in self.words)


def pg_query(conn: Connection, words: list[str]) -> PgQuery:
    """The tsquery of ``words`` (each non-empty ``\\w+``), every form expanded to its listed terms where that is exact."""
    forms = [query_forms(w) for w in words]
    flat = list(dict.fromkeys(f for fs in forms for f in fs))
    rows = conn.execute(_EXPAND, {"forms": flat, "uptos": [_upto(f) for f in flat], "n": MAX_EXPANSION + 1})
    found = {form: (single, terms) for form, single, terms in rows}
    if not all(found[f][0] for f in flat):  # PostgreSQL's parser reads some form otherwise: all as before
        return PgQuery(tuple(tuple(((f, True),) for f in fs) for fs in forms), literal=False)

    def alternatives(form: str) -> tuple[tuple[str, bool], ...]:
        terms = found[form][1]
        return tuple((t, False) for t in terms) if 0 < len(terms) <= MAX_EXPANSION else ((form, True),)
    return PgQuery(tuple(tuple(alternatives(f) for f in fs) for fs in forms), literal=True)
