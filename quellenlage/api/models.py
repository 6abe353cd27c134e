"""Typed response models of the REST API (they become the OpenAPI schema).

The listing models are built from the store's result dataclasses
(:mod:`quellenlage.store.results`), which declare each concept once for the CLI, the web
pages and the API (:func:`model_of`); the contract models follow the analysis contract
(``shared/spec/analysis-output.md``), and a contract figure is built from the document's
:class:`~quellenlage.document.Quantity`. Contract models allow extra fields, because the
contract may grow; listing models are exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, fields
from types import UnionType
from typing import Any, Generic, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from .. import document
from ..store import results

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


# --- models built from dataclasses ------------------------------------------------------------


def model_of(cls: type, name: str, swap: Mapping[type, type] | None = None, base: type[BaseModel] = BaseModel,
             **more: Any) -> type[BaseModel]:
    """The response model of the store's result dataclass ``cls``: its fields, in its order, with its
    defaults and the descriptions in the fields' metadata, nested results replaced by their models
    (``swap``); ``more`` adds fields (name=(type, default)) that the result computes."""
    hints = get_type_hints(cls)
    spec: dict[str, Any] = {}
    for f in fields(cls):
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        else:
            default = ...
        spec[f.name] = (_swapped(hints[f.name], swap or {}), Field(default, description=f.metadata.get("description")))
    spec.update(more)
    return create_model(name, __base__=base, __module__=__name__, **spec)


def _swapped(tp: Any, swap: Mapping[type, type]) -> Any:
    if tp in swap:
        return swap[tp]
    args = get_args(tp)
    origin = get_origin(tp)
    if not args or origin is Literal:
        return tp
    inner = tuple(_swapped(a, swap) for a in args)
    if origin in (Union, UnionType):
        return Union[inner]  # noqa: UP007  (built from a tuple)
    return origin[inner]


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


QuantityOut = model_of(document.Quantity, "QuantityOut", base=_Open)  # the contract's figure


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
    position: Literal["title", "subheading", "body"] = "body"


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


# --- store listings: built from the store's result types ----------------------------------------


_models: dict[type, type] = {}


def _model(cls: type, name: str, **more: Any) -> type[BaseModel]:
    _models[cls] = model = model_of(cls, name, _models, **more)
    return model


FigureOut = _model(results.Figure, "FigureOut")
ArticleSummaryOut = _model(results.ArticleSummary, "ArticleSummaryOut")
ClaimHitOut = _model(results.ClaimHit, "ClaimHitOut")
EntityDetailOut = _model(results.EntityDetail, "EntityDetailOut")
StorySummaryOut = _model(results.StorySummary, "StorySummaryOut", disagrees=(bool, ...))
SourceLineOut = _model(results.SourceLine, "SourceLineOut")
ClaimGroupOut = _model(results.ClaimGroupOut, "ClaimGroupOut")
DisagreementOut = _model(results.DisagreementOut, "DisagreementOut")
TimelinePointOut = _model(results.TimelinePoint, "TimelinePointOut")
AppearanceOut = _model(results.Appearance, "AppearanceOut")
RevisionOut = _model(results.RevisionOut, "RevisionOut")
StoryDetailOut = _model(results.StoryDetail, "StoryDetailOut")


class SearchHitOut(BaseModel):
    # not the store's SearchHit: the API gives the snippet as plain text and the matched words as offsets

    article: ArticleSummaryOut  # type: ignore[valid-type]
    snippet: str = Field(description="Plain text around the match.")
    highlights: list[list[int]] = Field(description="[start, end] of each matched word in `snippet`.")


class Stored(BaseModel):
    """The answer to ``POST /api/articles``."""

    id: str
    added: bool = Field(description="False when the same text (or URL) was stored before.")
    url: str = Field(description="Where the stored analysis can be read.")
    claims: int


class Deleted(BaseModel):
    id: str
    deleted: bool
