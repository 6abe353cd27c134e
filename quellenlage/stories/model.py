"""The result types of the connect layer: plain dataclasses the store can map to tables.

Every type has ``to_dict()`` (JSON-ready: dates as ISO strings) and most have
``from_dict()``, so the store, the REST API and the web UI can persist and show them
without importing the algorithms. Articles are referred to by their content-hash id
(``article.id`` of the analysis contract), claims by ``(article_id, claim_id)``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from ..figure import Figure

DisagreementKind = Literal["figure", "stance"]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def parse_date(value: Any) -> date | None:
    """``"2026-10-13"`` or ``"2026-10-13T08:00:00+02:00"`` -> a date; anything unreadable -> None."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class ClaimRef:
    """One claim of one article: the key the store uses for claims."""

    article_id: str
    claim_id: str

    def to_dict(self) -> dict[str, str]:
        return {"article_id": self.article_id, "claim_id": self.claim_id}

    @classmethod
    def from_dict(cls, d: dict[str, str]) -> ClaimRef:
        return cls(d["article_id"], d["claim_id"])


@dataclass
class SyndicationGroup:
    """Near-identical copies of one text (an agency story printed by several outlets).

    ``canonical`` is the article that stands for all of them in source tables: the
    earliest published, else the one crediting an agency, else the first seen.
    ``outlets`` lists every outlet that printed the text, the canonical one first.
    """

    id: str
    canonical: str
    copies: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return [self.canonical, *self.copies]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "canonical": self.canonical, "copies": list(self.copies),
                "outlets": list(self.outlets), "agencies": list(self.agencies)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SyndicationGroup:
        return cls(d["id"], d["canonical"], list(d.get("copies", [])), list(d.get("outlets", [])),
                   list(d.get("agencies", [])))


@dataclass
class Story:
    """Articles about one event, across outlets and languages.

    ``articles`` holds every member (syndicated copies too) ordered by publication date;
    ``label`` names the story by its most central canonical entities (language-independent),
    ``title`` is the earliest article's headline.
    """

    id: str
    articles: list[str] = field(default_factory=list)
    label: str = ""
    title: str | None = None
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_date: date | None = None
    last_date: date | None = None
    entities: list[str] = field(default_factory=list)  # central entity refs, most central first

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["first_date"], d["last_date"] = _iso(self.first_date), _iso(self.last_date)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        return cls(d["id"], list(d.get("articles", [])), d.get("label", ""), d.get("title"),
                   list(d.get("languages", [])), list(d.get("outlets", [])),
                   parse_date(d.get("first_date")), parse_date(d.get("last_date")),
                   list(d.get("entities", [])))


@dataclass(frozen=True)
class ClaimKey:
    """What a claim group is about: canonical entity refs plus a topic.

    ``topic`` is ``unit:<key>`` when the claims count something (``unit:container``) or
    ``predicate:<key>`` when they state something without a figure (``predicate:deliver``).
    """

    entities: tuple[str, ...]
    topic: str

    def to_dict(self) -> dict[str, Any]:
        return {"entities": list(self.entities), "topic": self.topic}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ClaimKey:
        return cls(tuple(d.get("entities", ())), d["topic"])


@dataclass
class ClaimGroup:
    """Claims within one story about the same thing (same entities, same counted unit or predicate)."""

    id: str
    story: str
    key: ClaimKey
    claims: list[ClaimRef] = field(default_factory=list)
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "story": self.story, "key": self.key.to_dict(),
                "claims": [c.to_dict() for c in self.claims], "label": self.label}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ClaimGroup:
        return cls(d["id"], d["story"], ClaimKey.from_dict(d["key"]),
                   [ClaimRef.from_dict(c) for c in d.get("claims", [])], d.get("label", ""))


@dataclass
class Disagreement:
    """Two claims of one claim group that cannot both be true.

    ``kind`` is ``figure`` (their bounds do not overlap) or ``stance`` (one source denies
    what another asserts). ``rule`` spells out which rule applies, in one sentence, e.g.
    ``"exact figures differ: 2,000 Container vs 3,000 Containern"``; ``rule_id`` is the
    machine-readable name of the rule (see :mod:`quellenlage.stories.disagreements`).
    """

    kind: DisagreementKind
    story: str
    group: str
    rule_id: str
    rule: str
    claims: list[ClaimRef] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)  # for kind == "figure": the two figures compared

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "story": self.story, "group": self.group, "rule_id": self.rule_id,
                "rule": self.rule, "claims": [c.to_dict() for c in self.claims],
                "sources": list(self.sources), "figures": [f.to_dict() for f in self.figures]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Disagreement:
        return cls(d["kind"], d["story"], d["group"], d["rule_id"], d["rule"],
                   [ClaimRef.from_dict(c) for c in d.get("claims", [])], list(d.get("sources", [])),
                   [Figure.from_dict(f) for f in d.get("figures", [])])


@dataclass
class Revision:
    """One source giving a different figure later: a revision, not a disagreement.

    ``claims``, ``figures`` and ``dates`` hold the earlier and the later claim; ``text``
    says it in one line: ``"revised 2,000 → 3,000 tonnes, 12 days later"``.
    """

    story: str
    group: str
    source: str | None
    claims: list[ClaimRef] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[date | None] = field(default_factory=list)
    days: int | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story, "group": self.group, "source": self.source,
                "claims": [c.to_dict() for c in self.claims], "figures": [f.to_dict() for f in self.figures],
                "dates": [_iso(d) for d in self.dates], "days": self.days, "text": self.text}


@dataclass
class TimelinePoint:
    """One figure, as one source gave it, on the day it was published.

    ``outlet`` is the canonical article's outlet; ``outlets`` every outlet that printed
    the same text (a syndicated copy is one point, not eight).
    """

    date: date | None
    source: str | None
    figure: Figure
    article: str
    outlet: str | None
    claim: ClaimRef
    stance: str = "assert"
    group: str | None = None
    outlets: list[str] = field(default_factory=list)
    revision: str | None = None  # when this figure revises the same source's earlier one: what changed

    def to_dict(self) -> dict[str, Any]:
        return {"date": _iso(self.date), "source": self.source, "figure": self.figure.to_dict(),
                "article": self.article, "outlet": self.outlet, "claim": self.claim.to_dict(),
                "stance": self.stance, "group": self.group, "outlets": list(self.outlets),
                "revision": self.revision}


@dataclass
class SourceRow:
    """One line of a story's source table: who claims what, how, with which figure, where."""

    source: str | None
    mode: str
    stance: str
    hedged: bool
    claim: ClaimRef
    content: str
    figures: list[Figure] = field(default_factory=list)
    date: date | None = None
    outlets: list[str] = field(default_factory=list)
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "mode": self.mode, "stance": self.stance, "hedged": self.hedged,
                "claim": self.claim.to_dict(), "content": self.content,
                "figures": [f.to_dict() for f in self.figures], "date": _iso(self.date),
                "outlets": list(self.outlets), "group": self.group}
