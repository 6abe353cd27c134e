"""Connect analysed articles: syndicated copies, stories, claim groups, disagreements, timelines.

Pure functions over analysed articles — :class:`~quellenlage.document.Document` objects or
the analysis contract dicts (``Document.to_dict()``) — with no database code: the store
persists the results, the CLI, API and web UI show them. Articles are referred to by
their content-hash id, claims by :class:`ClaimRef` ``(article_id, claim_id)``.

Result types (:mod:`.model`; each has ``to_dict()``/``from_dict()``)
    :class:`SyndicationGroup` ``id, canonical, copies, outlets, agencies`` — one text, many outlets.
    :class:`Story` ``id, articles, label, title, languages, outlets, first_date, last_date, entities``.
    :class:`ClaimGroup` ``id, story, key: ClaimKey(entities, topic), claims: [ClaimRef], label`` —
    topic is ``unit:<counted thing>`` or ``predicate:<term>``.
    :class:`Disagreement` ``kind: figure|stance, story, group, rule_id, rule, claims, sources, figures``.
    :class:`Revision` ``story, group, source, claims, figures, dates, days, text`` — one source's later, different figure.
    :class:`TimelinePoint` ``date, source, figure: Figure, article, outlet, outlets, claim, stance, group, revision``.
    :class:`SourceRow` one line of a story's source table.
    :class:`~quellenlage.figure.Figure` ``text, value, lower, upper, approx, unit, unit_lemma (the language-independent base form), currency``.

Batch
    ``connect(articles) -> Connection`` (``.syndication``, ``.stories``, ``.analyses[story_id]``).
    ``find_syndication(articles) -> [SyndicationGroup]``.
    ``cluster_stories(articles, copies=None) -> [Story]``.
    ``group_claims(story, articles, syndication=None) -> [ClaimGroup]``.
    ``find_disagreements(groups, articles, syndication=None) -> [Disagreement]``.
    ``compare_figures(a, b) -> (compatible, rule_id, rule)``.
    ``find_revisions(groups, articles) -> [Revision]``.
    ``timeline(story, articles, syndication=None, groups=None) -> [TimelinePoint]``.
    ``source_table(story, articles, syndication=None, groups=None) -> [SourceRow]``.
    ``analyse_story(story, articles, syndication=None) -> StoryAnalysis`` (all of the above for one story).

Incremental (what the store uses while ingesting)
    ``Connector().add(article) -> (SyndicationGroup, story_id)``; ``.analyse(story_id, articles)``;
    ``.state()`` -> JSON-ready dict, ``Connector.from_state(state)`` to continue later.
    ``Syndicator`` (MinHash LSH over word shingles) and ``StoryClusterer`` (inverted index over
    canonical entity refs + MinHash LSH over text) are usable alone, each with ``state()``.

How stories and disagreements are decided: ``docs/stories.md``.
"""

from __future__ import annotations

from ..figure import Figure
from .claimgroups import group_claims
from .clustering import StoryClusterer, cluster_stories
from .connect import Connection, Connector, StoryAnalysis, analyse_story, connect
from .disagreements import TOLERANCE, compare_figures, find_disagreements
from .model import (
    ClaimGroup,
    ClaimKey,
    ClaimRef,
    Disagreement,
    Revision,
    SourceRow,
    Story,
    SyndicationGroup,
    TimelinePoint,
)
from .profile import StoryProfile
from .records import ArticleRecord, as_record
from .revisions import find_revisions
from .syndication import Syndicator, find_syndication
from .timeline import format_timeline, source_table, timeline

__all__ = [
    "TOLERANCE", "ArticleRecord", "ClaimGroup", "ClaimKey", "ClaimRef", "Connection", "Connector",
    "Disagreement", "Figure", "Revision", "SourceRow", "Story", "StoryAnalysis", "StoryClusterer", "StoryProfile",
    "SyndicationGroup", "Syndicator", "TimelinePoint", "analyse_story", "as_record", "cluster_stories",
    "compare_figures", "connect", "find_disagreements", "find_revisions", "find_syndication", "format_timeline",
    "group_claims", "source_table", "timeline",
]
