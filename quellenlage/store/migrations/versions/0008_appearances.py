"""Appearances: every URL, outlet and date where a stored text appeared.

A text is stored once, keyed by its content hash; before this revision a second page with
the very same text was counted as known and dropped with its URL and outlet. Each stored
article gets its own first appearance here (its URL, outlet, date and input name), so a
store written before this revision shows every article as carried by its own outlet.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appearances",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=2048), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("outlet", sa.String(length=256), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=40), nullable=True),
        sa.Column("input_name", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("stories_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("appearances", schema=None) as batch_op:
        batch_op.create_index("ix_appearances_article_pk", ["article_pk"], unique=False)
        batch_op.create_index("ix_appearances_url", ["url"], unique=False)
        batch_op.create_index("ix_appearances_input_name", ["input_name"], unique=False)
        batch_op.create_index("ix_appearances_stories_done", ["stories_done"], unique=False)
    # every stored article appeared once, where it came from (the key as write.appearance_key makes it)
    op.execute(
        "INSERT INTO appearances (article_pk, key, url, outlet, title, published, input_name, seen_at, stories_done) "
        "SELECT pk, COALESCE(url, 'text:' || id || '|' || COALESCE(outlet, '')), url, outlet, title, published, "
        "input_name, ingested_at, " + ("true" if op.get_bind().dialect.name == "postgresql" else "1")
        + " FROM articles")


def downgrade() -> None:
    with op.batch_alter_table("appearances", schema=None) as batch_op:
        batch_op.drop_index("ix_appearances_stories_done")
        batch_op.drop_index("ix_appearances_input_name")
        batch_op.drop_index("ix_appearances_url")
        batch_op.drop_index("ix_appearances_article_pk")
    op.drop_table("appearances")
