"""The store's tables as SQLAlchemy 2 models.

One row per article (keyed twice: ``id`` is the content hash of the clean text, ``url``
a second key), with the whole analysis contract kept as JSON so ``get_article`` returns
exactly what ``analyze`` printed. Entities, claims and quantities are also split into
their own tables so the questions a fact-checker asks ("every claim by the Kremlin",
"every denial") are index lookups rather than JSON scans.

Entities are stored once per canonical key (``ref``, or a name-derived key when the
linker found none); ``article_entities`` says which article mentions which entity under
which local id (``e1``) and name as written. Claims point to their source entity and,
through ``claim_entities``, to the entities their content is about.

The tables after ``ingest_errors`` hold what :mod:`quellenlage.stories` computes across
articles: syndicated copies, stories, claim groups, disagreements and timeline points.

Full-text search is not modelled here: the migrations add FTS5 tables (SQLite) or
``tsvector`` columns with GIN indexes (PostgreSQL) next to ``articles`` and ``claims``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        # a listing filtered by outlet or language, newest first: read off the index, LIMIT rows only
        Index("ix_articles_outlet_published", "outlet", "published", "pk"),
        Index("ix_articles_language_published", "language", "published", "pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    outlet: Mapped[str | None] = mapped_column(String(256))
    title: Mapped[str | None] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(String(256))
    published: Mapped[str | None] = mapped_column(String(40), index=True)  # ISO 8601: sorts as text
    language: Mapped[str | None] = mapped_column(String(8))
    authors: Mapped[list] = mapped_column(JSON, default=list)
    agencies: Mapped[list] = mapped_column(JSON, default=list)
    image_credits: Mapped[list] = mapped_column(JSON, default=list)
    categories: Mapped[list] = mapped_column(JSON, default=list)
    description: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    analysis: Mapped[dict] = mapped_column(JSON)  # the contract minus article.text (kept in `text`)
    input_name: Mapped[str | None] = mapped_column(Text, index=True)  # skip known inputs by name
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    syndication_group_pk: Mapped[int | None] = mapped_column(
        ForeignKey("syndication_groups.pk", ondelete="SET NULL"), index=True)
    stories_done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # read by the full-text index besides title and text (index_words.py): other spellings, compound parts
    index_spellings: Mapped[str | None] = mapped_column(Text)
    index_parts: Mapped[str | None] = mapped_column(Text)


class AppearanceRow(Base):
    """One place where a stored text appeared: its URL, outlet and date (exact syndication).

    A text is stored once (``articles``, keyed by its content hash); the first page it came
    from is its first appearance, and every further page with the very same text adds one.
    ``key`` is what makes an appearance the same on a rerun: the URL, else the input name,
    else outlet and date. ``stories_done`` is false until the stories of its article were
    updated with it.
    """

    __tablename__ = "appearances"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(2048), unique=True)
    url: Mapped[str | None] = mapped_column(String(2048), index=True)
    outlet: Mapped[str | None] = mapped_column(String(256))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    input_name: Mapped[str | None] = mapped_column(Text, index=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    stories_done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class EntityRow(Base):
    __tablename__ = "entities"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(512))
    name_key: Mapped[str] = mapped_column(String(512), index=True)  # casefolded name, for lookups
    type: Mapped[str | None] = mapped_column(String(16))


class ArticleEntityRow(Base):
    __tablename__ = "article_entities"
    __table_args__ = (UniqueConstraint("article_pk", "local_id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"))
    entity_pk: Mapped[int] = mapped_column(ForeignKey("entities.pk", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(512))
    name_key: Mapped[str] = mapped_column(String(512), index=True)


class MentionRow(Base):
    __tablename__ = "mentions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_entity_pk: Mapped[int] = mapped_column(
        ForeignKey("article_entities.pk", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("article_pk", "local_id"),
        # claims by a source, newest first, off one index (PostgreSQL otherwise walked every claim backwards
        # by pk looking for a rare source)
        Index("ix_claims_source_key_pk", "source_key", "pk"),
        Index("ix_claims_source_entity_pk_pk", "source_entity_pk", "pk"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"))
    local_id: Mapped[str] = mapped_column(String(32))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    source_text: Mapped[str | None] = mapped_column(Text)
    source_start: Mapped[int | None] = mapped_column(Integer)
    source_end: Mapped[int | None] = mapped_column(Integer)
    source_name: Mapped[str | None] = mapped_column(String(512))
    source_key: Mapped[str | None] = mapped_column(String(512))  # casefolded source_name
    source_kind: Mapped[str | None] = mapped_column(String(16))
    source_entity_pk: Mapped[int | None] = mapped_column(ForeignKey("entities.pk", ondelete="SET NULL"))
    mode: Mapped[str] = mapped_column(String(16), index=True)
    stance: Mapped[str] = mapped_column(String(16), index=True)
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    # where the claim stands on its page: "title", "subheading" or "body" (stores written before
    # migration 0010 say "body" for every claim)
    position: Mapped[str] = mapped_column(String(16), default="body", server_default="body")
    via: Mapped[list] = mapped_column(JSON, default=list)
    index_terms: Mapped[str | None] = mapped_column(Text)  # spellings and compound parts for claim search


Index("ix_claims_article", ClaimRow.article_pk)


class ClaimEntityRow(Base):
    """An entity the claim's content is about (one of its mentions lies inside the content)."""

    __tablename__ = "claim_entities"

    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"), primary_key=True)
    entity_pk: Mapped[int] = mapped_column(ForeignKey("entities.pk", ondelete="CASCADE"), primary_key=True,
                                           index=True)


class QuantityRow(Base):
    __tablename__ = "quantities"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    claim_pk: Mapped[int | None] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    lower: Mapped[float | None] = mapped_column(Float)
    upper: Mapped[float | None] = mapped_column(Float)
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str | None] = mapped_column(String(256))
    unit_lemma: Mapped[str | None] = mapped_column(String(256))
    currency: Mapped[str | None] = mapped_column(String(8))


class IngestErrorRow(Base):
    __tablename__ = "ingest_errors"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    input_name: Mapped[str] = mapped_column(Text, index=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# --- what the stories stage computes across articles -------------------------------------------


class SyndicationGroupRow(Base):
    """Near-identical texts (one agency story printed by several outlets); one canonical copy."""

    __tablename__ = "syndication_groups"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    # no foreign key: articles already point here, and a cycle would complicate creation order
    canonical_article_pk: Mapped[int | None] = mapped_column(Integer)


class StoryRow(Base):
    __tablename__ = "stories"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    first_published: Mapped[str | None] = mapped_column(String(40))
    last_published: Mapped[str | None] = mapped_column(String(40), index=True)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    outlet_count: Mapped[int] = mapped_column(Integer, default=0)
    language_count: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    disagreement_count: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # the stories stage's own summary, kept whole
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class StoryArticleRow(Base):
    __tablename__ = "story_articles"

    story_pk: Mapped[int] = mapped_column(ForeignKey("stories.pk", ondelete="CASCADE"), primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True,
                                            unique=True)


class ClaimGroupRow(Base):
    __tablename__ = "claim_groups"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_pk: Mapped[int] = mapped_column(ForeignKey("stories.pk", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(512))
    label: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class ClaimGroupMemberRow(Base):
    __tablename__ = "claim_group_members"

    claim_group_pk: Mapped[int] = mapped_column(ForeignKey("claim_groups.pk", ondelete="CASCADE"),
                                                primary_key=True)
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"), primary_key=True,
                                          index=True)


class DisagreementRow(Base):
    __tablename__ = "disagreements"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_pk: Mapped[int] = mapped_column(ForeignKey("stories.pk", ondelete="CASCADE"), index=True)
    claim_group_pk: Mapped[int | None] = mapped_column(ForeignKey("claim_groups.pk", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))  # "figure" | "stance"
    rule: Mapped[str | None] = mapped_column(Text)  # which rule makes the two incompatible
    claim_a_pk: Mapped[int | None] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"))
    claim_b_pk: Mapped[int | None] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"))
    explanation: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class TimelinePointRow(Base):
    __tablename__ = "timeline_points"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_pk: Mapped[int] = mapped_column(ForeignKey("stories.pk", ondelete="CASCADE"), index=True)
    claim_group_pk: Mapped[int | None] = mapped_column(ForeignKey("claim_groups.pk", ondelete="CASCADE"))
    claim_pk: Mapped[int | None] = mapped_column(ForeignKey("claims.pk", ondelete="CASCADE"))
    date: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(512))
    label: Mapped[str | None] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    lower: Mapped[float | None] = mapped_column(Float)
    upper: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(256))
    data: Mapped[dict] = mapped_column(JSON, default=dict)


class ConnectStateRow(Base):
    """The incremental state of the connect layer (``Connector.state()``), so clustering continues later."""

    __tablename__ = "connect_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class StoreStateRow(Base):
    """Small named counters of the store; ``generation`` rises with every committed write (see generation.py)."""

    __tablename__ = "store_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


# --- what `watch` keeps ---------------------------------------------------------------------------


class FetchStateRow(Base):
    """The last response for a fetched URL: validators for a conditional request, and when it was read."""

    __tablename__ = "fetch_state"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(16))  # feed | sitemap | page
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)  # the last 200 (not 304)


class AlertRow(Base):
    """Something a watch found (a new disagreement, a revised figure, …), recorded once by its key."""

    __tablename__ = "alerts"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    story_pk: Mapped[int | None] = mapped_column(ForeignKey("stories.pk", ondelete="SET NULL"), index=True)
    story_key: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
