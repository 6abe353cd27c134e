"""Typed response models of the REST API (they become the OpenAPI schema).

No model is written by hand where a type declares the concept already (:func:`model_of`):
the listing models are built from the store's result dataclasses
(:mod:`quellenlage.store.results`), which declare each concept once for the CLI, the web
pages and the API; the contract models (``shared/spec/analysis-output.md``) from the
document's types (:mod:`quellenlage.document`: ``Article``, ``Entity``, ``Claim``,
``Quantity``, …). Contract models allow extra fields, because the contract may grow;
listing models are exact. Hand-written are only the models of what exists in the API alone:
the error body and the write receipts (``Stored``, ``Deleted``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import MISSING, fields
from types import UnionType
from typing import Any, Generic, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model

from .. import document
from ..store import results


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer of the API: one human sentence, and details for validation errors."""

    error: str = Field(description="What went wrong, in one sentence.")
    status: int
    detail: list[dict] | None = None


# --- models built from dataclasses ------------------------------------------------------------


def model_of(cls: type, name: str, swap: Mapping[type, type] | None = None,
             base: type[BaseModel] | tuple[type, ...] = BaseModel,
             omit: Collection[str] = (), required: Collection[str] = (), none_default: bool = False,
             **more: Any) -> type[BaseModel]:
    """The response model of the dataclass ``cls``: its fields, in its order, with its defaults and the
    descriptions in the fields' metadata, nested dataclasses replaced by their models (``swap``).

    ``omit`` leaves fields out, ``required`` takes a field's default away, ``none_default`` gives every
    field that may be None and has no default the default None (an answer may lack it); ``more`` adds
    fields (name=(type, default)) that the result computes."""
    hints = get_type_hints(cls)
    spec: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in omit:
            continue
        tp = hints[f.name]
        if f.name in required:
            default = ...
        elif f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        else:
            default = None if none_default and type(None) in get_args(tp) else ...
        spec[f.name] = (_swapped(tp, swap or {}), Field(default, description=f.metadata.get("description")))
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


# --- the analysis contract: built from the document's types ---------------------------------------


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


_contract: dict[type, type] = {}


def _contract_model(cls: type, name: str, **options: Any) -> type[BaseModel]:
    """The contract model of a document type: open (the contract may grow), and a field that may be
    None may be missing (contracts stored by an older version)."""
    _contract[cls] = model = model_of(cls, name, _contract, base=_Open, none_default=True, **options)
    return model


SpanOut = _contract_model(document.TextSpan, "SpanOut")
MentionOut = _contract_model(document.Mention, "MentionOut")
# gender is a hint for pronoun resolution, categories and description page metadata: in the answers
# (extra fields pass through), not in the published contract (shared/spec/analysis-output.md)
EntityOut = _contract_model(document.Entity, "EntityOut", omit=("gender",))
SourceOut = _contract_model(document.Source, "SourceOut")
QuantityOut = _contract_model(document.Quantity, "QuantityOut")  # the contract's figure
RelayOut = _contract_model(document.Relay, "RelayOut")
ClaimOut = _contract_model(document.Claim, "ClaimOut")
ArticleOut = _contract_model(document.Article, "ArticleOut", omit=("categories", "description"), required=("id",))


class _Contract(_Open):
    """The analysis contract of one article, as ``quellenlage analyze`` prints it."""

    schema_: str = Field(alias="schema", serialization_alias="schema")


#: the document's contract fields after the schema version; what else the contract holds
#: (``quantities``, …) passes as an extra field
_CONTRACT_FIELDS = ("article", "entities", "claims")
Analysis = model_of(document.Document, "Analysis", _contract, base=_Contract, required=("article",),
                    omit=[f.name for f in fields(document.Document) if f.name not in _CONTRACT_FIELDS],
                    __doc__=_Contract.__doc__)


# --- store listings: built from the store's result types ----------------------------------------


_models: dict[type, type] = {}


def _model(cls: type, name: str, **more: Any) -> type[BaseModel]:
    _models[cls] = model = model_of(cls, name, _models, **more)
    return model


#: one page of a listing, generic in its items (``Paged[ArticleSummaryOut]``): the store's Page
#: without ``exact`` (the API does not say when ``total`` is a lower bound)
Paged = model_of(results.Page, "Paged", base=(BaseModel, Generic[results.T]), omit=("exact",),
                 __doc__="One page of a listing: ``items`` from ``offset``, and ``total`` matches in all.")
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


# the store's SearchHit, but the API gives the snippet as plain text and the matched words as offsets
SearchHitOut = _model(results.SearchHit, "SearchHitOut",
                      snippet=(str, Field(description="Plain text around the match.")),
                      highlights=(list[list[int]], Field(description="[start, end] of each matched word in `snippet`.")))


class Stored(BaseModel):
    """The answer to ``POST /api/articles``."""

    id: str
    added: bool = Field(description="False when the same text (or URL) was stored before.")
    url: str = Field(description="Where the stored analysis can be read.")
    claims: int


class Deleted(BaseModel):
    id: str
    deleted: bool
