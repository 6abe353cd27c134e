"""Create the schema: every table of :mod:`quellenlage.store.models`, plus full-text search.

Full-text search is dialect-specific and therefore written here by hand:

- SQLite: an FTS5 table ``article_fts`` over ``articles.title`` and ``articles.text``
  (external content, so the text is stored once), kept in step by triggers, with
  ``remove_diacritics`` so "Sudkorea" finds "Südkorea".
- PostgreSQL: a generated ``tsvector`` column ``articles.tsv`` (the ``simple``
  configuration: articles are German and English, so no one language's stemmer) with
  a GIN index.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('entities',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=512), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('name_key', sa.String(length=512), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('ref')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_name_key'), ['name_key'], unique=False)

    op.create_table('ingest_errors',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('input_name', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_table('stories',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('first_published', sa.String(length=40), nullable=True),
    sa.Column('last_published', sa.String(length=40), nullable=True),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('outlet_count', sa.Integer(), nullable=False),
    sa.Column('language_count', sa.Integer(), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('disagreement_count', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_last_published'), ['last_published'], unique=False)

    op.create_table('syndication_groups',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('canonical_article_pk', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('key')
    )
    op.create_table('articles',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=True),
    sa.Column('outlet', sa.String(length=256), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('section', sa.String(length=256), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('authors', sa.JSON(), nullable=False),
    sa.Column('agencies', sa.JSON(), nullable=False),
    sa.Column('image_credits', sa.JSON(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('analysis', sa.JSON(), nullable=False),
    sa.Column('input_name', sa.Text(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.Column('syndication_group_pk', sa.Integer(), nullable=True),
    sa.Column('stories_done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['syndication_group_pk'], ['syndication_groups.pk'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('url')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_language'), ['language'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_stories_done'), ['stories_done'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_syndication_group_pk'), ['syndication_group_pk'], unique=False)

    op.create_table('claim_groups',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('story_pk', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=512), nullable=False),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['story_pk'], ['stories.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('claim_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_groups_story_pk'), ['story_pk'], unique=False)

    op.create_table('article_entities',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('entity_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=512), nullable=False),
    sa.Column('name_key', sa.String(length=512), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_pk'], ['entities.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('article_pk', 'local_id')
    )
    with op.batch_alter_table('article_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_entities_entity_pk'), ['entity_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_entities_name_key'), ['name_key'], unique=False)

    op.create_table('claims',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=32), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=False),
    sa.Column('content_end', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('source_name', sa.String(length=512), nullable=True),
    sa.Column('source_key', sa.String(length=512), nullable=True),
    sa.Column('source_kind', sa.String(length=16), nullable=True),
    sa.Column('source_entity_pk', sa.Integer(), nullable=True),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('stance', sa.String(length=16), nullable=False),
    sa.Column('hedged', sa.Boolean(), nullable=False),
    sa.Column('via', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_entity_pk'], ['entities.pk'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('article_pk', 'local_id')
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_article', ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_mode'), ['mode'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_source_entity_pk'), ['source_entity_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_source_key'), ['source_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_claims_stance'), ['stance'], unique=False)

    op.create_table('story_articles',
    sa.Column('story_pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_pk'], ['stories.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('story_pk', 'article_pk'),
    sa.UniqueConstraint('article_pk')
    )
    op.create_table('claim_entities',
    sa.Column('claim_pk', sa.Integer(), nullable=False),
    sa.Column('entity_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_pk'], ['entities.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_pk', 'entity_pk')
    )
    with op.batch_alter_table('claim_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_entities_entity_pk'), ['entity_pk'], unique=False)

    op.create_table('claim_group_members',
    sa.Column('claim_group_pk', sa.Integer(), nullable=False),
    sa.Column('claim_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claim_group_pk'], ['claim_groups.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_group_pk', 'claim_pk')
    )
    with op.batch_alter_table('claim_group_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_group_members_claim_pk'), ['claim_pk'], unique=False)

    op.create_table('disagreements',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('story_pk', sa.Integer(), nullable=False),
    sa.Column('claim_group_pk', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('rule', sa.Text(), nullable=True),
    sa.Column('claim_a_pk', sa.Integer(), nullable=True),
    sa.Column('claim_b_pk', sa.Integer(), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['claim_a_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_b_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_group_pk'], ['claim_groups.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_pk'], ['stories.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('disagreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disagreements_story_pk'), ['story_pk'], unique=False)

    op.create_table('mentions',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_entity_pk', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_entity_pk'], ['article_entities.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_entity_pk'), ['article_entity_pk'], unique=False)

    op.create_table('quantities',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('claim_pk', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('lower', sa.Float(), nullable=True),
    sa.Column('upper', sa.Float(), nullable=True),
    sa.Column('approx', sa.Boolean(), nullable=False),
    sa.Column('unit', sa.String(length=256), nullable=True),
    sa.Column('unit_lemma', sa.String(length=256), nullable=True),
    sa.Column('currency', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quantities_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_quantities_claim_pk'), ['claim_pk'], unique=False)

    op.create_table('timeline_points',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('story_pk', sa.Integer(), nullable=False),
    sa.Column('claim_group_pk', sa.Integer(), nullable=True),
    sa.Column('claim_pk', sa.Integer(), nullable=True),
    sa.Column('date', sa.String(length=40), nullable=True),
    sa.Column('source', sa.String(length=512), nullable=True),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('lower', sa.Float(), nullable=True),
    sa.Column('upper', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=256), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['claim_group_pk'], ['claim_groups.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_pk'], ['claims.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_pk'], ['stories.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('timeline_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timeline_points_story_pk'), ['story_pk'], unique=False)

    add_full_text_search()


#: how much of an article PostgreSQL indexes: a tsvector is limited to 1 MB
PG_FTS_CHARS = 200_000

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='pk', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
]

POSTGRES_FTS = [
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('simple', left(coalesce(title, '') || ' ' || text, {PG_FTS_CHARS}))) STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
]


def add_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS article_fts")
    with op.batch_alter_table('timeline_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timeline_points_story_pk'))

    op.drop_table('timeline_points')
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quantities_claim_pk'))
        batch_op.drop_index(batch_op.f('ix_quantities_article_pk'))

    op.drop_table('quantities')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_article_entity_pk'))

    op.drop_table('mentions')
    with op.batch_alter_table('disagreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disagreements_story_pk'))

    op.drop_table('disagreements')
    with op.batch_alter_table('claim_group_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_group_members_claim_pk'))

    op.drop_table('claim_group_members')
    with op.batch_alter_table('claim_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_entities_entity_pk'))

    op.drop_table('claim_entities')
    op.drop_table('story_articles')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claims_stance'))
        batch_op.drop_index(batch_op.f('ix_claims_source_key'))
        batch_op.drop_index(batch_op.f('ix_claims_source_entity_pk'))
        batch_op.drop_index(batch_op.f('ix_claims_mode'))
        batch_op.drop_index('ix_claims_article')

    op.drop_table('claims')
    with op.batch_alter_table('article_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_entities_name_key'))
        batch_op.drop_index(batch_op.f('ix_article_entities_entity_pk'))

    op.drop_table('article_entities')
    with op.batch_alter_table('claim_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_groups_story_pk'))

    op.drop_table('claim_groups')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_syndication_group_pk'))
        batch_op.drop_index(batch_op.f('ix_articles_stories_done'))
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_outlet'))
        batch_op.drop_index(batch_op.f('ix_articles_language'))

    op.drop_table('articles')
    op.drop_table('syndication_groups')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_last_published'))

    op.drop_table('stories')
    op.drop_table('ingest_errors')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_name_key'))

    op.drop_table('entities')
