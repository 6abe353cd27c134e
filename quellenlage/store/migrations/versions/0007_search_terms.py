"""The search vocabulary (SQLite): the full-text index's terms in a B-tree of their own.

Search expands each query word to the terms it begins (``quellenlage/store/search_terms.py``
says why: FTS5's own prefix expansion merged whole doclists and was most of a search's cost).
The list is filled here from the index itself, so a store written before this revision finds
what it found before; new articles add their terms as they are stored. PostgreSQL's ``tsquery``
prefixes need no such list.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_terms (term TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID")
    op.execute("CREATE VIRTUAL TABLE temp.ql_index_terms USING fts5vocab(main, article_fts, row)")
    op.execute("INSERT INTO search_terms(term) SELECT term FROM temp.ql_index_terms")
    op.execute("DROP TABLE temp.ql_index_terms")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_terms")
