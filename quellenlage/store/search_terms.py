"""The search vocabulary: every term of the full-text indexes, so that a prefix becomes its terms.

Why: FTS5 answers a prefix term (``"Contain"*``) by merging the doclists of every term with
that prefix across the whole index before it returns a row, whatever the ``LIMIT``: ~2 ms per
query on the 100,000-article store of ``benchmarks/store.py``, the largest part of a search.
An OR of exact terms (``("container" OR "containern")``) is read lazily, newest first, and
costs a tenth of that. FTS5 keeps no list of its terms that is cheap to read (``fts5vocab``
visits every doclist), so the store keeps one: ``search_terms``, a B-tree of the terms exactly
as the index's tokenizer wrote them (those of ``claim_fts`` too, migration 0009). They come from that same tokenizer, run over each batch of
new articles in a contentless scratch FTS5 table of the writing connection, never from a Python
imitation of it.

PostgreSQL (migration 0012) for the same reason: its GIN index answers a prefix (``'contain':*``) by
collecting the postings of every matching term into a bitmap before it can intersect them with the
other words'; exact terms it intersects posting list against posting list. On the 86,000-article store
of ``benchmarks/store.py`` the index scan of a two-word query took 16 ms as prefixes and 1.8 ms as
exact terms. The list is ``search_terms`` there too, filled from the ``tsvector`` columns themselves
(:func:`add_terms`), so it holds the lexemes exactly as PostgreSQL wrote them; :mod:`.pg_query` builds
the ``tsquery`` from it.

A prefix falls back to FTS5's own expansion when this list cannot stand in for it: no term
found (the query word was folded here differently from the tokenizer, say "ø", or there is
none) or more than :data:`MAX_EXPANSION` terms (a short prefix such as "a"). Both answers are
the same as FTS5's; only the cost differs. A term stays listed when its last article is deleted:
looking it up finds nothing and costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

from .snippets import fold

#: the tokenizer of ``article_fts`` and ``claim_fts`` (migration 0009), which the scratch table must share
TOKENIZE = "unicode61 remove_diacritics 2"
MAX_EXPANSION = 64  # terms per query word; beyond that FTS5 expands the prefix itself
CHUNK = 500  # article pks per scratch batch (well below SQLite's bound on parameters)

_SCRATCH = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ql_new_terms USING fts5(title, text, content='', "
            f"tokenize='{TOKENIZE}')")
_SCRATCH_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.ql_new_terms_v USING fts5vocab(ql_new_terms, row)"
_TOKENIZE = text("INSERT INTO temp.ql_new_terms(rowid, title, text) SELECT pk, title, "
                 "text || ' ' || coalesce(index_spellings, '') || ' ' || coalesce(index_parts, '') "
                 "FROM articles WHERE pk IN :pks").bindparams(bindparam("pks", expanding=True))
#: the claims' words too (``claim_fts``): a source's name need not be written in the article as it is stored
_TOKENIZE_CLAIMS = text("INSERT INTO temp.ql_new_terms(title, text) SELECT coalesce(source_name, ''), "
                        "content || ' ' || coalesce(index_terms, '') FROM claims WHERE article_pk IN :pks"
                        ).bindparams(bindparam("pks", expanding=True))
_KEEP = "INSERT OR IGNORE INTO search_terms(term) SELECT term FROM temp.ql_new_terms_v"
_CLEAR = "INSERT INTO temp.ql_new_terms(ql_new_terms) VALUES ('delete-all')"
_RANGE = text("SELECT term FROM search_terms WHERE term >= :lo AND term < :hi ORDER BY term LIMIT :n")


#: PostgreSQL: the lexemes of the articles' and their claims' ``tsv``, in one order (so that two writers adding the
#: same new terms wait for each other instead of deadlocking)
_PG_ADD = text("INSERT INTO search_terms(term) SELECT t FROM ("
               "SELECT unnest(tsvector_to_array(tsv)) AS t FROM articles WHERE pk = ANY(:pks) UNION "
               "SELECT unnest(tsvector_to_array(tsv)) FROM claims WHERE article_pk = ANY(:pks)) AS w "
               "ORDER BY t ON CONFLICT (term) DO NOTHING")


def add_terms(conn: Connection, pks: Sequence[int]) -> None:
    """List the terms of the articles ``pks`` and their claims (just inserted, in ``conn``'s transaction)."""
    if not pks:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_ADD, {"pks": list(pks)})
        return
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(_SCRATCH)
    conn.exec_driver_sql(_SCRATCH_VOCAB)
    for start in range(0, len(pks), CHUNK):
        conn.execute(_TOKENIZE, {"pks": list(pks[start:start + CHUNK])})
        conn.execute(_TOKENIZE_CLAIMS, {"pks": list(pks[start:start + CHUNK])})
        conn.exec_driver_sql(_KEEP)
        conn.exec_driver_sql(_CLEAR)


def terms_of_prefix(conn: Connection, word: str) -> list[str] | None:
    """The index's terms that begin with ``word``; None where FTS5 should expand the prefix itself."""
    prefix = fold(word)
    found = list(conn.execute(_RANGE, {"lo": prefix, "hi": prefix + "\U0010ffff", "n": MAX_EXPANSION + 1}).scalars())
    return found if 0 < len(found) <= MAX_EXPANSION else None


def fts5_term(conn: Connection, word: str) -> str:
    """``Contain`` -> ``("container" OR "containern")``, or the FTS5 prefix ``"Contain"*`` (see :func:`terms_of_prefix`)."""
    terms = terms_of_prefix(conn, word)
    if terms is None:
        return '"' + word.replace('"', '""') + '"*'
    return "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")"
