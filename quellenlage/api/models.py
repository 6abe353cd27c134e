"""Typed response models of the REST API (they become the OpenAPI schema).

They mirror the store's result dataclasses (:mod:`quellenlage.store.results`) and the
analysis contract (``shared/spec/analysis-output.md``). Contract models allow extra
fields, because the contract may grow; listing models are exact.
"""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer of the API: one human sentence, and details for validation errors."""

    error: str = Field(description="What went wrong, in one sentence.")
    status: int
    detail: list[dict] | None = None


class Paged(BaseModel, Generic[T]):
    """One page of a listing: ``items`` from ``offset``, and ``total`` matches in all."""

    items: list[T]
    total: int
    limit: int
    offset: int


# --- the analysis contract ------------------------------------------------------------------------


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class SpanOut(_Open):
    start: int
    end: int
    text: str | None = None


class MentionOut(_Open):
    start: int
    end: int


class EntityOut(_Open):
    id: str
    name: str
    type: str
    canonical: str | None = None
    ref: str | None = None
    mentions: list[MentionOut] = []


class SourceOut(_Open):
    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    entity: str | None = None
    kind: str = "unnamed"


class QuantityOut(_Open):
    text: str
    start: int
    end: int
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    unit: str | None = None


class RelayOut(_Open):
    name: str
    entity: str | None = None


class ClaimOut(_Open):
    id: str
    span: SpanOut
    content: SpanOut
    cue: SpanOut | None = None
    source: SourceOut | None = None
    mode: Literal["direct", "indirect", "reportive", "assertion"]
    stance: Literal["assert", "deny", "uncertain"] = "assert"
    hedged: bool = False
    via: list[RelayOut] = []
    quantities: list[QuantityOut] = []


class ArticleOut(_Open):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    section: str | None = None
    published: str | None = None
    authors: list[str] = []
    agencies: list[str] = []
    image_credits: list[str] = []
    language: str | None = None
    text: str = ""


class Analysis(_Open):
    """The analysis contract of one article, as ``quellenlage analyze`` prints it."""

    schema_: str = Field(alias="schema", serialization_alias="schema")
    article: ArticleOut
    entities: list[EntityOut] = []
    claims: list[ClaimOut] = []


# --- store listings ------------------------------------------------------------------------------


class FigureOut(BaseModel):
    text: str
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    unit: str | None = None
    unit_lemma: str | None = None
    currency: str | None = None


class ArticleSummaryOut(BaseModel):
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    claim_count: int = 0
    agencies: list[str] = []


class ClaimHitOut(BaseModel):
    article_id: str
    claim_id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    source_kind: str | None
    source_ref: str | None
    source_type: str | None = None
    mode: str
    stance: str
    hedged: bool
    content: str
    cue: str | None = None
    via: list[str | None] = []
    figures: list[FigureOut] = []
    language: str | None = None


class EntityDetailOut(BaseModel):
    ref: str
    name: str
    type: str | None
    names: list[str]
    article_count: int
    claims_by: list[ClaimHitOut] = Field(description="The newest claims with this entity as their source.")
    claims_about: list[ClaimHitOut] = Field(description="The newest claims whose content names it.")
    claims_by_total: int = Field(0, description="How many claims have it as their source, in all.")
    claims_about_total: int = Field(0, description="How many claims name it, in all.")


class SearchHitOut(BaseModel):
    article: ArticleSummaryOut
    snippet: str = Field(description="Plain text around the match.")
    highlights: list[list[int]] = Field(description="[start, end] of each matched word in `snippet`.")


class StorySummaryOut(BaseModel):
    id: int
    title: str | None
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: int
    languages: list[str]
    disagreements: int
    disagrees: bool


class SourceLineOut(BaseModel):
    source: str | None
    source_kind: str | None
    mode: str
    stance: str
    hedged: bool
    content: str
    figures: list[FigureOut]
    date: str | None
    outlets: list[str]
    article_ids: list[str]
    claim_group: int | None = None


class ClaimGroupOut(BaseModel):
    id: int
    key: str
    label: str | None
    claims: int
    sources: list[str]


class DisagreementOut(BaseModel):
    kind: str = Field(description="figure | stance")
    rule: str | None = Field(description="Why the two cannot both be true, in one sentence.")
    rule_id: str | None = None
    explanation: str | None
    claim_group: int | None
    a: SourceLineOut | None
    b: SourceLineOut | None


class TimelinePointOut(BaseModel):
    date: str | None
    source: str | None
    label: str | None
    value: float | None
    lower: float | None
    upper: float | None
    unit: str | None
    claim_group: int | None
    outlet: str | None = None
    outlets: list[str] = []
    stance: str | None = None


class AppearanceOut(BaseModel):
    article_id: str
    outlet: str | None
    url: str | None
    title: str | None = None
    published: str | None = None


class StoryDetailOut(BaseModel):
    story: StorySummaryOut
    articles: list[ArticleSummaryOut]
    sources: list[SourceLineOut]
    claim_groups: list[ClaimGroupOut]
    disagreements: list[DisagreementOut]
    timeline: list[TimelinePointOut]
    appearances: list[AppearanceOut] = Field(default=[], description="Every page where one of the story's texts "
                                             "appeared (the same text on several sites: exact syndication).")


class Stored(BaseModel):
    """The answer to ``POST /api/articles``."""

    id: str
    added: bool = Field(description="False when the same text (or URL) was stored before.")
    url: str = Field(description="Where the stored analysis can be read.")
    claims: int


class Deleted(BaseModel):
    id: str
    deleted: bool
