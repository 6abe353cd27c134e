"""Index a claim's source together with the claim's pk.

``/api/claims?source=Polizei`` asks for the newest 50 claims of one source. PostgreSQL's
planner, expecting a few hundred matches among 300,000 claims, walked the primary key
backwards and tested every claim (40 ms for a source with none). With
``(source_key, pk)`` and ``(source_entity_pk, pk)`` both engines read the newest matches
in order off one index; the single-column indexes they replace are their prefixes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_source_key")
        batch_op.drop_index("ix_claims_source_entity_pk")
        batch_op.create_index("ix_claims_source_key_pk", ["source_key", "pk"], unique=False)
        batch_op.create_index("ix_claims_source_entity_pk_pk", ["source_entity_pk", "pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_source_entity_pk_pk")
        batch_op.drop_index("ix_claims_source_key_pk")
        batch_op.create_index("ix_claims_source_entity_pk", ["source_entity_pk"], unique=False)
        batch_op.create_index("ix_claims_source_key", ["source_key"], unique=False)
