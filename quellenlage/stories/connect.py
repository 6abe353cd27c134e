"""All connect steps in one call, for a batch or one story at a time.

:func:`connect` runs syndication, story clustering, claim groups, disagreements and
timelines over a batch of analysed articles. :class:`Connector` does the same
incrementally: ``add(article)`` places one article (syndication group and story) and
:meth:`Connector.analyse` recomputes one story's groups, disagreements, timeline and
source table from its articles — what the store does after each ingest batch for the
stories that batch touched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .claimgroups import group_claims, records_by_id
from .clustering import StoryClusterer
from .disagreements import TOLERANCE, find_disagreements
from .model import ClaimGroup, Disagreement, Revision, SourceRow, Story, SyndicationGroup, TimelinePoint
from .records import ArticleLike, ArticleRecord, as_record
from .revisions import find_revisions, mark_revisions
from .syndication import Syndicator
from .timeline import source_table, timeline


@dataclass
class StoryAnalysis:
    """What one story shows: its claim groups, disagreements, figure timeline and source table."""

    story: Story
    groups: list[ClaimGroup] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    timeline: list[TimelinePoint] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)
    syndication: list[SyndicationGroup] = field(default_factory=list)  # groups with copies in this story
    revisions: list[Revision] = field(default_factory=list)  # one source's later, different figures

    def to_dict(self) -> dict[str, Any]:
        return {"story": self.story.to_dict(), "groups": [g.to_dict() for g in self.groups],
                "disagreements": [d.to_dict() for d in self.disagreements],
                "timeline": [p.to_dict() for p in self.timeline],
                "sources": [r.to_dict() for r in self.sources],
                "syndication": [g.to_dict() for g in self.syndication],
                "revisions": [r.to_dict() for r in self.revisions]}


def analyse_story(story: Story, articles: Iterable[ArticleLike] | Mapping[str, ArticleLike],
                  syndication: Iterable[SyndicationGroup] | None = None,
                  tolerance: float = TOLERANCE) -> StoryAnalysis:
    """Claim groups, disagreements, timeline and source table of one story from its articles."""
    records = canonical_sources(records_by_id(articles))
    members = set(story.articles)
    syn = [g for g in syndication or [] if g.canonical in members or members & set(g.copies)]
    groups = group_claims(story, records, syn)
    revisions = find_revisions(groups, records, tolerance)
    points = timeline(story, records, syn, groups)
    mark_revisions(points, revisions)
    return StoryAnalysis(
        story=story,
        groups=groups,
        disagreements=find_disagreements(groups, records, syn, tolerance),
        timeline=points,
        sources=source_table(story, records, syn, groups),
        syndication=[g for g in syn if g.copies],
        revisions=revisions,
    )


def canonical_sources(records: Mapping[str, ArticleRecord]) -> dict[str, ArticleRecord]:
    """The records with one name per speaker: every claim of a speaker (``ClaimRecord.speaker``:
    its entity key, a country as its government) named as most of its claims name it, so source
    tables, group source lists, disagreements and timelines list "Norwegian government" once, not
    also as "Norway". The records given are not changed."""
    names: dict[str, Counter[str]] = {}
    for rec in records.values():
        for c in rec.claims:
            if c.speaker and c.source:
                names.setdefault(c.speaker, Counter())[c.source] += 1
    chosen = {k: min(n.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, n in names.items()}
    out = {}
    for aid, rec in records.items():
        if any(c.speaker in chosen and c.source != chosen[c.speaker] for c in rec.claims):
            rec = replace(rec, claims=[replace(c, source=chosen[c.speaker]) if c.speaker in chosen else c
                                       for c in rec.claims])
        out[aid] = rec
    return out


class Connector:
    """Incremental connect: syndication and story clustering that the store can persist."""

    def __init__(self, syndicator: Syndicator | None = None, clusterer: StoryClusterer | None = None) -> None:
        self.syndicator = syndicator or Syndicator()
        self.clusterer = clusterer or StoryClusterer()

    def add(self, article: ArticleLike) -> tuple[SyndicationGroup, str]:
        """Place one article: returns its syndication group and the id of its story."""
        rec = as_record(article, seen=self.clusterer.n_articles)
        group = self.syndicator.add(rec)
        original = group.canonical if group.canonical != rec.id else next(
            (a for a in group.articles if a != rec.id), None)
        story_id = self.clusterer.add(rec, copy_of=original)
        return group, story_id

    def remove(self, article: ArticleLike) -> tuple[SyndicationGroup | None, str | None]:
        """Forget a deleted article: returns its syndication group as it is now and the id of its story."""
        rec = as_record(article)
        return self.syndicator.remove(rec.id), self.clusterer.remove(rec)

    def stories(self) -> list[Story]:
        return self.clusterer.stories()

    def story(self, story_id: str) -> Story:
        return self.clusterer.story(story_id)

    def syndication(self) -> list[SyndicationGroup]:
        return self.syndicator.result()

    def analyse(self, story_id: str, articles: Iterable[ArticleLike] | Mapping[str, ArticleLike]) -> StoryAnalysis:
        return analyse_story(self.story(story_id), articles, self.syndication())

    def state(self) -> dict[str, Any]:
        return {"syndication": self.syndicator.state(), "stories": self.clusterer.state()}

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> Connector:
        return cls(Syndicator.from_state(state["syndication"]), StoryClusterer.from_state(state["stories"]))


@dataclass
class Connection:
    """The result of :func:`connect` over a batch."""

    syndication: list[SyndicationGroup]
    stories: list[Story]
    analyses: dict[str, StoryAnalysis]
    records: dict[str, ArticleRecord]

    def story_of(self, article_id: str) -> Story | None:
        return next((s for s in self.stories if article_id in s.articles), None)


def connect(articles: Iterable[ArticleLike], tolerance: float = TOLERANCE) -> Connection:
    """Syndication groups, stories and each story's analysis for a batch of analysed articles.

    Articles are placed in publication order (undated last, then input order), so the
    result does not depend on the order files were listed in.
    """
    recs = [as_record(a, seen=i) for i, a in enumerate(articles)]
    recs.sort(key=lambda r: (r.published is None, r.published.isoformat() if r.published else "", r.seen))
    conn = Connector()
    for r in recs:
        conn.add(r)
    records = {r.id: r for r in recs}
    syndication = conn.syndication()
    stories = conn.stories()
    analyses = {s.id: analyse_story(s, records, syndication, tolerance) for s in stories}
    return Connection(syndication, stories, analyses, records)
