"""The search vocabulary on PostgreSQL: ``search_terms``, every lexeme of ``articles.tsv`` and ``claims.tsv``.

Search expands each query word to the terms it begins, as on SQLite since 0007
(``quellenlage/store/search_terms.py`` and ``pg_query.py`` say why: GIN answers a prefix by
collecting the postings of every matching term, several times the cost of exact terms). The
list is filled here from the vectors themselves; new articles add theirs as they are stored.
``COLLATE "C"``: a range of the B-tree is then exactly the terms that begin with a prefix,
whatever the database's collation. SQLite has its list already.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute('CREATE TABLE search_terms (term TEXT COLLATE "C" NOT NULL PRIMARY KEY)')
    op.execute("INSERT INTO search_terms(term) SELECT word FROM ts_stat("
               "'SELECT tsv FROM articles UNION ALL SELECT tsv FROM claims') ORDER BY word")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_terms")
