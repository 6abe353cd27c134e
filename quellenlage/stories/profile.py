"""What the story clusterer remembers about one story: :class:`StoryProfile`.

A profile is the story's summary the clusterer compares a new article with (entity keys and
how many member articles name them, figure units, claim topics, date range) and the part of
the clusterer's state the store persists, so it is kept apart from the matching itself
(:mod:`.clustering`) and round-trips through :meth:`StoryProfile.to_dict`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .model import parse_date
from .records import ArticleRecord

CORE_SHARE = 0.34  # an entity is core to a story when at least this share of its articles mention it


def claim_topics(rec: ArticleRecord) -> set[str]:
    """The claim-group topics of an article's claims: ``unit:<key>`` of each attributed figure."""
    return {f"unit:{f.unit_lemma}" for c in rec.claims for f in c.figures if f.unit_lemma}


@dataclass
class StoryProfile:
    """What the clusterer remembers about one story; persisted by the store, reloaded to continue."""

    id: str
    articles: list[str] = field(default_factory=list)
    refs: Counter[str] = field(default_factory=Counter)  # entity key -> number of member articles naming it
    names: dict[str, str] = field(default_factory=dict)  # entity key -> canonical name
    units: Counter[str] = field(default_factory=Counter)  # figure unit key -> number of member articles
    languages: Counter[str] = field(default_factory=Counter)
    outlets: list[str] = field(default_factory=list)
    dates: dict[str, str | None] = field(default_factory=dict)  # article id -> ISO date
    title: str | None = None
    title_date: str | None = None
    first: str | None = None  # ISO date of the earliest dated member
    last: str | None = None
    touched: int = 0  # the clusterer's article count when this story last grew (recency of undated stories)
    topics: Counter[str] = field(default_factory=Counter)  # claim-group topics (figure units of claims) -> articles

    @property
    def first_date(self) -> date | None:
        return parse_date(self.first)

    @property
    def last_date(self) -> date | None:
        return parse_date(self.last)

    def core(self) -> list[str]:
        """Entity keys named by at least CORE_SHARE of the articles (at least one), most named first."""
        n = max(1, len(self.articles))
        keys = [k for k, c in self.refs.most_common() if c / n >= CORE_SHARE]
        return keys or [k for k, _ in self.refs.most_common(3)]

    def add(self, rec: ArticleRecord, keys: Iterable[str]) -> None:
        self.articles.append(rec.id)
        for k in set(keys):
            self.refs[k] += 1
        for e in rec.entities.values():
            self.names.setdefault(e.key, e.name)
        for u in {f.unit_lemma for f in rec.figures if f.unit_lemma}:
            self.units[u] += 1
        for t in claim_topics(rec):
            self.topics[t] += 1
        if rec.language:
            self.languages[rec.language] += 1
        if rec.outlet and rec.outlet not in self.outlets:
            self.outlets.append(rec.outlet)
        iso = rec.published.isoformat() if rec.published else None
        self.dates[rec.id] = iso
        if iso:
            self.first = iso if self.first is None else min(self.first, iso)
            self.last = iso if self.last is None else max(self.last, iso)
        if rec.title and (self.title is None or (iso and (self.title_date is None or iso < self.title_date))):
            self.title, self.title_date = rec.title, iso

    def to_dict(self) -> dict:
        return {"id": self.id, "articles": list(self.articles), "refs": dict(self.refs), "names": dict(self.names),
                "units": dict(self.units), "languages": dict(self.languages), "outlets": list(self.outlets),
                "dates": dict(self.dates), "title": self.title, "title_date": self.title_date,
                "first": self.first, "last": self.last, "touched": self.touched, "topics": dict(self.topics)}

    @classmethod
    def from_dict(cls, d: dict) -> StoryProfile:
        return cls(d["id"], list(d.get("articles", [])), Counter(d.get("refs", {})), dict(d.get("names", {})),
                   Counter(d.get("units", {})), Counter(d.get("languages", {})), list(d.get("outlets", [])),
                   dict(d.get("dates", {})), d.get("title"), d.get("title_date"), d.get("first"), d.get("last"),
                   d.get("touched", 0), Counter(d.get("topics", {})))
