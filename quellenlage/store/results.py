"""Typed results of store queries, shared by the CLI, the REST API and the web pages.

Every result is a plain dataclass; ``to_dict()`` gives JSON-ready data (what ``--json``
prints and the REST API returns). They are the one declaration of each concept on the read
side: the REST API's response models are built from them (``quellenlage.api.models``),
field by field, with the descriptions given here. A figure is :class:`quellenlage.figure.Figure`,
the one figure type of the store, the connect layer and the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from ..figure import Figure

T = TypeVar("T")

#: search snippets mark the matched words with these two characters (never found in article text);
#: :meth:`SearchHit.parts` splits a snippet at them for rendering.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data: results as dicts, lists and dicts copied, the rest as is.

    What ``dataclasses.asdict`` gives for these results (their fields hold only results,
    lists, dicts and immutable scalars), without its deep copy of every scalar: that copy
    was most of the time of a story's ``to_dict``.
    """
    if isinstance(value, (_Dict, Figure)):
        return value.as_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


_SCALARS = (str, int, float, bool, type(None))


def _doc(description: str) -> dict[str, str]:
    """A field's description, for the API schema (``quellenlage.api.models`` builds its models from these types)."""
    return {"description": description}


class _Dict:
    _field_names: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return self.as_dict()

    def as_dict(self) -> dict[str, Any]:
        """The fields, as ``dataclasses.asdict`` gives them (nested results too: not their ``to_dict``)."""
        names = type(self).__dict__.get("_field_names") or _field_names(type(self))
        out = {}
        for name in names:
            value = getattr(self, name)
            out[name] = value if type(value) in _SCALARS else _plain(value)
        return out


def _field_names(cls: type) -> tuple[str, ...]:
    cls._field_names = names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type,attr-defined]
    return names


@dataclass
class Page(_Dict, Generic[T]):
    """One page of a listing: ``items`` from ``offset``, and how many there are in all.

    ``exact`` is False when ``total`` is a lower bound (search stops counting at a cap).
    """

    items: list[T]
    total: int
    limit: int
    offset: int
    exact: bool = True


@dataclass
class ArticleSummary(_Dict):
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    language: str | None
    claim_count: int = 0
    agencies: list[str] = field(default_factory=list)


@dataclass
class ClaimHit(_Dict):
    """One stored claim with the article it appears in."""

    article_id: str
    claim_id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    source_kind: str | None
    source_ref: str | None
    source_type: str | None  # entity type of the source (PER, ORG, GPE …) when linked
    mode: str
    stance: str
    hedged: bool
    content: str
    cue: str | None = None
    position: str = "body"  # "title", "subheading" or "body": where the claim stands on its page
    via: list[str | None] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    language: str | None = None
    story_id: int | None = None  # the story its article belongs to, once stories are updated


@dataclass
class EntityDetail(_Dict):
    ref: str
    name: str
    type: str | None
    names: list[str]
    article_count: int
    claims_by: list[ClaimHit] = field(metadata=_doc("The newest claims with this entity as their source."))
    claims_about: list[ClaimHit] = field(metadata=_doc("The newest claims whose content names it."))
    claims_by_total: int = field(default=0, metadata=_doc("How many claims have it as their source, in all."))
    claims_about_total: int = field(default=0, metadata=_doc("How many claims name it, in all."))


@dataclass
class SearchHit(_Dict):
    article: ArticleSummary
    snippet: str  # matched words between HIGHLIGHT_START and HIGHLIGHT_END

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, for HTML or terminal rendering."""
        out: list[tuple[str, bool]] = []
        for i, chunk in enumerate(self.snippet.split(HIGHLIGHT_START)):
            if i == 0:
                out.append((chunk, False))
                continue
            hit, _, rest = chunk.partition(HIGHLIGHT_END)
            out.append((hit, True))
            out.append((rest, False))
        return [(t, h) for t, h in out if t]

    def plain(self) -> str:
        return self.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


@dataclass
class IngestError(_Dict):
    input_name: str
    reason: str
    created_at: str


@dataclass
class StorySummary(_Dict):
    id: int
    title: str | None
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: int
    languages: list[str]
    disagreements: int

    @property
    def disagrees(self) -> bool:
        return self.disagreements > 0

    def to_dict(self) -> dict[str, Any]:
        return {**self.as_dict(), "disagrees": self.disagrees}


@dataclass
class SourceLine(_Dict):
    """One row of a story's source table: who said what, how, with which figure, where printed.

    Syndicated copies of one text are one line, listing every outlet that carried it.
    """

    source: str | None
    source_kind: str | None
    mode: str
    stance: str
    hedged: bool
    content: str
    figures: list[Figure]
    date: str | None
    outlets: list[str]
    article_ids: list[str]
    claim_group: int | None = None


@dataclass
class ClaimGroupOut(_Dict):
    id: int
    key: str
    label: str | None
    claims: int
    sources: list[str]


@dataclass
class DisagreementOut(_Dict):
    kind: str = field(metadata=_doc("figure | stance"))
    rule: str | None = field(metadata=_doc("Why the two cannot both be true, in one sentence."))
    rule_id: str | None
    explanation: str | None
    claim_group: int | None
    a: SourceLine | None
    b: SourceLine | None


@dataclass
class TimelinePoint(_Dict):
    date: str | None
    source: str | None
    label: str | None
    value: float | None
    lower: float | None
    upper: float | None
    unit: str | None
    claim_group: int | None
    outlet: str | None = None
    outlets: list[str] = field(default_factory=list)  # every outlet that printed it (syndicated copies)
    stance: str | None = None
    revision: str | None = field(default=None, metadata=_doc(
        "When the figure revises the same source's earlier one: what changed ('revised 2,000 → 3,000 tonnes, "
        "12 days later')."))


@dataclass
class RevisionOut(_Dict):
    """One source giving a different figure later: "revised 2,000 → 3,000 tonnes, 12 days later"."""

    source: str | None
    text: str
    before: str  # the earlier figure as read ("2,000 tonnes")
    after: str
    dates: list[str | None]
    days: int | None
    claim_group: int | None = None


@dataclass
class Appearance(_Dict):
    """One page where a stored text appeared: the article (text) and the URL, outlet and date of the page."""

    article_id: str
    outlet: str | None
    url: str | None
    title: str | None = None
    published: str | None = None


@dataclass
class StoryDetail(_Dict):
    story: StorySummary
    articles: list[ArticleSummary]
    sources: list[SourceLine]
    claim_groups: list[ClaimGroupOut]
    disagreements: list[DisagreementOut]
    timeline: list[TimelinePoint]
    appearances: list[Appearance] = field(default_factory=list, metadata=_doc(  # first seen first
        "Every page where one of the story's texts appeared (the same text on several sites: exact syndication)."))
    revisions: list[RevisionOut] = field(default_factory=list, metadata=_doc(
        "A source giving a different figure later: listed apart from the disagreements."))

    @property
    def carried_by(self) -> list[str]:
        """Every outlet that printed one of the story's texts, in the order they appeared."""
        return list(dict.fromkeys(a.outlet for a in self.appearances if a.outlet))

    def to_dict(self) -> dict[str, Any]:
        data = self.as_dict()
        data["story"] = self.story.to_dict()
        return data
