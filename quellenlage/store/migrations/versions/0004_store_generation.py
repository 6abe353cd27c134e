"""A write generation: one counter every committed write raises, so servers can cache reads.

``quellenlage serve`` keeps rendered pages and API answers in memory per generation
(``quellenlage/api/cache.py``); an ingest in another process, on another machine or in a
Dask worker raises the counter when it commits, and every server sees it change.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "store_state",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.bulk_insert(table, [{"name": "generation", "value": 0}])


def downgrade() -> None:
    op.drop_table("store_state")
