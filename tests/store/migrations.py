"""Moving a test store back to an older revision, to test what a migration does to data written before it."""

from __future__ import annotations

from alembic import command

from quellenlage.store import db as storedb


def downgrade(engine, revision: str) -> None:
    cfg = storedb.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
