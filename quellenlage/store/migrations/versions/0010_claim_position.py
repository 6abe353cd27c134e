"""Where a claim stands on its page: ``claims.position`` ("title", "subheading", "body").

The analysis has said it since the headline rules (issue 12); the store kept only the claim.
Claims stored before this revision were not told and read "body", the value nearly all of
them have; a page ingested into a new store gets the true one.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.String(length=16), nullable=False, server_default="body"))


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("position")
