"""The typed article document that flows through every stage.

A reader creates a :class:`Document` from raw input; each stage of the pipeline
(:mod:`quellenlage.pipeline`) enriches it in place, as spaCy's ``Doc`` is enriched
by its components. :meth:`Document.to_dict` is the analysis contract
(``shared/spec/analysis-output.md``): field names there are stable, new fields may
be added here, none may be renamed.

Offsets everywhere are character offsets into ``article.text``.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cache
from typing import Any, Literal, get_args

SCHEMA = "quellenlage.analysis/1"

Mode = Literal["direct", "indirect", "reportive", "assertion"]
Stance = Literal["assert", "deny", "uncertain"]
#: The same values as enums, for the filters of the CLI and the REST API.
ModeChoice = StrEnum("ModeChoice", {m: m for m in get_args(Mode)})
StanceChoice = StrEnum("StanceChoice", {s: s for s in get_args(Stance)})
SourceKind = Literal["named", "described", "anonymous", "unnamed", "document"]
Position = Literal["title", "subheading", "body"]  # where a claim stands on its page
InputKind = Literal["html", "text"]


@dataclass
class TextSpan:
    """A stretch of ``article.text``; ``text`` equals ``article.text[start:end]``."""

    start: int
    end: int
    text: str | None = None


@dataclass
class Quantity:
    """A figure as written, with exact value or bounds (``mehr als 1.000`` -> lower=1000)."""

    text: str
    start: int
    end: int
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approx: bool = False
    unit: str | None = None  # the counted thing or unit as written ("Containern")
    unit_lemma: str | None = None  # its base form ("Container")
    currency: str | None = None  # ISO 4217 code when the unit is money ("EUR")


@dataclass
class Mention:
    start: int
    end: int


@dataclass
class Entity:
    id: str
    name: str
    type: str  # GPE | PER | ORG | LOC | MEDIA
    canonical: str | None = None  # one name in English
    ref: str | None = None  # stable key: iso3166:KP, or a slug
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None  # "f" / "m" for persons when a first name or title tells, for pronoun resolution


@dataclass
class Source:
    text: str | None
    start: int | None
    end: int | None
    name: str | None
    entity: str | None = None
    kind: SourceKind = "unnamed"


@dataclass
class Relay:
    name: str
    entity: str | None = None


@dataclass
class Claim:
    id: str
    span: TextSpan
    content: TextSpan
    cue: TextSpan | None
    source: Source | None
    mode: Mode
    stance: Stance = "assert"
    hedged: bool = False
    via: list[Relay] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    position: Position = "body"


@dataclass
class Article:
    """Metadata and clean text of one article: the contract's ``article`` object."""

    id: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    section: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    language: str | None = None
    text: str = ""
    categories: list[str] = field(default_factory=list)
    description: str | None = None


@dataclass(slots=True)
class Token:
    """One token; ``pos`` (STTS for German) and ``lemma`` are filled only for tagged sentences.
    With slots: an article makes tens of thousands, and they are made a third faster."""

    text: str
    start: int
    end: int
    pos: str | None = None
    lemma: str | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int = 0
    tokens: list[Token] = field(default_factory=list)
    tagged: bool = False


@dataclass
class RawInput:
    """What a reader hands to the pipeline: decoded text of one input and where it came from."""

    name: str  # path, URL or "-" for stdin
    content: str
    kind: InputKind
    encoding: str = "utf-8"
    url: str | None = None  # where the page was fetched from (WARC target URI, feed link)


@dataclass
class Document:
    """One article on its way through the stages.

    ``article``, ``entities`` and ``claims`` form the contract; ``sentences``,
    ``quantities`` (all figures of the article, not only those inside claims),
    ``boilerplate`` (debris removed from the text) and ``warnings`` are for
    later stages and for Python users.
    """

    raw: RawInput
    article: Article = field(default_factory=Article)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    user_data: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def set_text(self, text: str) -> None:
        """Set the clean text and the content-hash id that keys the article everywhere."""
        self.article.text = text
        self.article.id = content_id(text)

    def span(self, start: int, end: int) -> TextSpan:
        """A :class:`TextSpan` whose text is read from the article, so it can never disagree with it."""
        return TextSpan(start, end, self.article.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The analysis contract as plain JSON-ready data."""
        return {
            "schema": SCHEMA,
            "article": as_plain(self.article),
            "entities": [as_plain(e) for e in self.entities],
            "claims": [as_plain(c) for c in self.claims],
        }


#: the types whose values ``dataclasses.asdict`` keeps as they are (``copy.deepcopy`` returns them)
_ATOMIC = frozenset((str, int, float, bool, type(None)))


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def as_plain(obj: Any) -> Any:
    """``dataclasses.asdict(obj)`` (the same dicts, lists and values, in the same order) made without
    handing every string and number to ``copy.deepcopy``, which returns them unchanged: that copy was
    two thirds of the time of :meth:`Document.to_dict`, which ``analyze`` runs for every page."""
    cls = type(obj)
    if cls in _ATOMIC:
        return obj
    if cls is list:
        return [as_plain(v) for v in obj]
    if hasattr(cls, "__dataclass_fields__"):
        return {name: as_plain(getattr(obj, name)) for name in _field_names(cls)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple, as asdict makes it
        return cls(*[as_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(as_plain(v) for v in obj)
    if isinstance(obj, dict):
        return cls((as_plain(k), as_plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def content_id(text: str) -> str:
    """Content hash of the clean text, whitespace-folded so re-extraction keeps the key stable."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]
