"""Search that understands German and finds claims: spellings and compound parts in the index, claim search.

Articles get two columns the full-text index reads besides title and text (written when an
article is stored, ``quellenlage/store/index_words.py``): ``index_spellings`` (words with an
umlaut or ß as written without one, "oelfilm") and ``index_parts`` (the parts of German
compounds, "wasser schutz polizei"). Claims get one, ``index_terms`` (both, for content and
source), and a full-text index of their own over content, source name and those terms.

- SQLite: ``article_fts`` is made again with four columns (title, text, index_spellings,
  index_parts), so that a query can tell a match in the title, in the words as written, and in
  a part; ``claim_fts`` indexes claims the same way; triggers keep both in step; the search
  vocabulary (0007) is filled again from the new index.
- PostgreSQL: ``articles.tsv`` is made again with weights (A title, B text, C spellings,
  D parts), so ranking can test where a word matched on the same vector; ``claims.tsv`` is new.
  Both with a GIN index.

Existing rows get their new columns here, computed by the code of this revision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PG_FTS_CHARS = 200_000  # as 0001: a tsvector is limited to 1 MB
TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
ARTICLE_COLUMNS = ("title", "text", "index_spellings", "index_parts")
CLAIM_COLUMNS = ("content", "source_name", "index_terms")
OLD_TRIGGERS = ("articles_fts_insert", "articles_fts_delete", "articles_fts_update")


def _fts(table: str, fts: str, columns: tuple[str, ...]) -> list[str]:
    """An external-content FTS5 table over ``table``'s ``columns`` and the triggers that keep it in step."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.pk, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.pk, {new});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='pk', {TOKENIZE})",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
    ]


def _weighted(column: str, weight: str) -> str:
    return f"setweight(to_tsvector('simple', left(coalesce({column}, ''), {PG_FTS_CHARS})), '{weight}')"


POSTGRES = [
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
    + " || ".join(_weighted(c, w) for c, w in zip(ARTICLE_COLUMNS, "ABCD", strict=True)) + ") STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
    "ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', left("
    f"coalesce(content, '') || ' ' || coalesce(source_name, '') || ' ' || coalesce(index_terms, ''), {PG_FTS_CHARS}"
    "))) STORED",
    "CREATE INDEX ix_claims_tsv ON claims USING gin (tsv)",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in OLD_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS article_fts")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS tsv")
    op.add_column("articles", sa.Column("index_spellings", sa.Text(), nullable=True))
    op.add_column("articles", sa.Column("index_parts", sa.Text(), nullable=True))
    op.add_column("claims", sa.Column("index_terms", sa.Text(), nullable=True))
    _fill(op.get_bind())
    if dialect == "sqlite":
        for statement in _fts("articles", "article_fts", ARTICLE_COLUMNS) + _fts("claims", "claim_fts", CLAIM_COLUMNS):
            op.execute(statement)
        op.execute("DELETE FROM search_terms")
        for fts in ("article_fts", "claim_fts"):
            op.execute(f"CREATE VIRTUAL TABLE temp.ql_index_terms USING fts5vocab(main, {fts}, row)")
            op.execute("INSERT OR IGNORE INTO search_terms(term) SELECT term FROM temp.ql_index_terms")
            op.execute("DROP TABLE temp.ql_index_terms")
    elif dialect == "postgresql":
        for statement in POSTGRES:
            op.execute(statement)


def _fill(conn: sa.Connection, chunk: int = 500) -> None:
    """The new columns of the articles and claims already stored, a chunk of articles at a time."""
    from quellenlage.store.index_words import claim_terms, extra_terms

    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT pk, title, text, language FROM articles WHERE pk > :last "
                                    "ORDER BY pk LIMIT :n"), {"last": last, "n": chunk}).all()
        if not rows:
            return
        articles = [dict(zip(("s", "p"), extra_terms((r.title, r.text), r.language), strict=True), pk=r.pk)
                    for r in rows]
        conn.execute(sa.text("UPDATE articles SET index_spellings = :s, index_parts = :p WHERE pk = :pk"), articles)
        claims = conn.execute(sa.text("SELECT c.pk, c.content, c.source_name, a.language FROM claims c "
                                      "JOIN articles a ON a.pk = c.article_pk WHERE c.article_pk > :lo "
                                      "AND c.article_pk <= :hi"), {"lo": last, "hi": rows[-1].pk}).all()
        terms = [{"pk": c.pk, "t": claim_terms(c.content, c.source_name, c.language)} for c in claims]
        if terms:
            conn.execute(sa.text("UPDATE claims SET index_terms = :t WHERE pk = :pk"), terms)
        last = rows[-1].pk


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in ("articles", "claims"):
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
        op.execute("DROP TABLE IF EXISTS article_fts")
        op.execute("DROP TABLE IF EXISTS claim_fts")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS tsv")
        op.execute("ALTER TABLE claims DROP COLUMN IF EXISTS tsv")
    op.drop_column("claims", "index_terms")
    op.drop_column("articles", "index_parts")
    op.drop_column("articles", "index_spellings")
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='pk', "
                   f"{TOKENIZE})")
        op.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
        op.execute("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                   "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
        op.execute("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO "
                   "article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); END")
        op.execute("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN INSERT INTO "
                   "article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); "
                   "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
                   f"left(coalesce(title, '') || ' ' || text, {PG_FTS_CHARS}))) STORED")
        op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")
