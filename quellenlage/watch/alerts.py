"""Which alerts the newest articles raise, read from what the stories stage stored.

Run after ``update_stories`` over the articles stored since the last look (``new``); each
rule reads the stored stories, claim groups, disagreements and figures of the stories those
articles joined, and names what changed because of them:

=================  ==================================================================
``disagreement``   a disagreement of the story involves a claim of a new article
``revision``       a source's figure in a new article differs from the same source's
                   figure (same unit) in an earlier article of the story
``denial``         a new article's claim denies; its claim group holds earlier claims that
                   do not (a denial of a claim already in the store)
``new_outlet``     a claim group gains an outlet that did not carry it before
``entity``         a story mentions a watched entity for the first time (a new story, or
                   an earlier one a new article brings it to)
=================  ==================================================================

Every alert has a key built from what it is about, so it is recorded once however often
the rules see it. The rules only read the store's results; what counts as a disagreement
or a revision is the stories stage's business (``docs/stories.md``), and this module is
the one place to follow it when that changes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..store.models import (
    ArticleEntityRow,
    ArticleRow,
    ClaimGroupMemberRow,
    ClaimGroupRow,
    ClaimRow,
    DisagreementRow,
    EntityRow,
    QuantityRow,
    StoryArticleRow,
    StoryRow,
)
from ..store.watch import NewAlert

CHUNK = 500


@dataclass
class Touched:
    """The stored results of the stories new articles joined, read once for all rules."""

    new: set[int]
    stories: dict[int, Any] = field(default_factory=dict)  # story pk -> (pk, key, title)
    articles: dict[int, Any] = field(default_factory=dict)  # article pk -> row (pk, id, outlet, url, title)
    story_of: dict[int, int] = field(default_factory=dict)  # article pk -> story pk
    claims: dict[int, Any] = field(default_factory=dict)  # claim pk -> row
    groups: dict[int, Any] = field(default_factory=dict)  # claim group pk -> row
    members: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))  # group pk -> claim pks
    figures: dict[int, list[Any]] = field(default_factory=lambda: defaultdict(list))  # claim pk -> quantities
    disagreements: list[Any] = field(default_factory=list)

    def ref(self, claim_pk: int) -> str:
        c = self.claims[claim_pk]
        return f"{self.articles[c.article_pk].id}/{c.local_id}"

    def is_new(self, claim_pk: int | None) -> bool:
        return claim_pk in self.claims and self.claims[claim_pk].article_pk in self.new

    def claim_data(self, claim_pk: int) -> dict[str, Any]:
        c = self.claims[claim_pk]
        art = self.articles[c.article_pk]
        return {"claim": self.ref(claim_pk), "source": c.source_name, "stance": c.stance, "content": c.content,
                "article": art.id, "url": art.url, "outlet": art.outlet, "title": art.title}


def detect(session: Session, new: Iterable[int], entities: Iterable[str] = ()) -> list[NewAlert]:
    """The alerts the articles ``new`` (pks) raise, in rule order."""
    t = read_touched(session, set(new))
    if not t.stories:
        return []
    found = [*new_disagreements(t), *revised_figures(t), *denials(t), *new_outlets(t)]
    found += watched_entities(session, t, [e for e in entities if e.strip()])
    seen: set[tuple[str, str, str | None]] = set()  # syndicated copies say the same: one alert for them
    unique = []
    for alert in found:
        said = (alert.kind, alert.title, alert.detail)
        if said not in seen:
            seen.add(said)
            unique.append(alert)
    return unique


def read_touched(session: Session, new: set[int]) -> Touched:
    t = Touched(new)
    pairs = []
    for chunk in _chunks(sorted(new)):
        pairs += session.execute(select(StoryArticleRow.story_pk).where(StoryArticleRow.article_pk.in_(chunk))).all()
    story_pks = sorted({p.story_pk for p in pairs})
    for chunk in _chunks(story_pks):
        for s in session.execute(select(StoryRow.pk, StoryRow.key, StoryRow.title).where(StoryRow.pk.in_(chunk))):
            t.stories[s.pk] = s
        arts = select(ArticleRow.pk, ArticleRow.id, ArticleRow.outlet, ArticleRow.url, ArticleRow.title,
                      ArticleRow.syndication_group_pk, StoryArticleRow.story_pk).join(StoryArticleRow, StoryArticleRow.article_pk == ArticleRow.pk)
        for a in session.execute(arts.where(StoryArticleRow.story_pk.in_(chunk))):
            t.articles[a.pk], t.story_of[a.pk] = a, a.story_pk
        groups = select(ClaimGroupRow.pk, ClaimGroupRow.key, ClaimGroupRow.label, ClaimGroupRow.story_pk)
        for g in session.execute(groups.where(ClaimGroupRow.story_pk.in_(chunk))):
            t.groups[g.pk] = g
        t.disagreements += session.execute(
            select(DisagreementRow.story_pk, DisagreementRow.kind, DisagreementRow.rule, DisagreementRow.explanation,
                   DisagreementRow.claim_a_pk, DisagreementRow.claim_b_pk)
            .where(DisagreementRow.story_pk.in_(chunk))).all()
    for chunk in _chunks(sorted(t.articles)):
        for c in session.execute(select(ClaimRow.pk, ClaimRow.article_pk, ClaimRow.local_id, ClaimRow.source_name,
                                        ClaimRow.source_key, ClaimRow.stance, ClaimRow.content)
                                 .where(ClaimRow.article_pk.in_(chunk))):
            t.claims[c.pk] = c
    for chunk in _chunks(sorted(t.groups)):
        for m in session.execute(select(ClaimGroupMemberRow.claim_group_pk, ClaimGroupMemberRow.claim_pk)
                                 .where(ClaimGroupMemberRow.claim_group_pk.in_(chunk))):
            if m.claim_pk in t.claims:
                t.members[m.claim_group_pk].append(m.claim_pk)
    new_claims = sorted(pk for pk, c in t.claims.items() if c.article_pk in new and c.source_key)
    for chunk in _chunks(new_claims):
        _figures(session, t, chunk)
    old_same_source = _old_claims_of_sources(t, {t.claims[pk].source_key for pk in new_claims})
    for chunk in _chunks(sorted(old_same_source)):
        _figures(session, t, chunk)
    return t


def new_disagreements(t: Touched) -> Iterator[NewAlert]:
    for d in t.disagreements:
        if not (t.is_new(d.claim_a_pk) or t.is_new(d.claim_b_pk)):
            continue
        sides = [t.claim_data(pk) for pk in (d.claim_a_pk, d.claim_b_pk) if pk in t.claims]
        story = t.stories[d.story_pk]
        names = " vs ".join(s["source"] or "an unnamed source" for s in sides)
        yield _alert("disagreement", [story.key, d.kind, *sorted(s["claim"] for s in sides)], story,
                     f"New disagreement in “{_title(story)}”: {names}", d.rule or d.explanation,
                     {"kind": d.kind, "rule": d.rule, "claims": sides})


def revised_figures(t: Touched) -> Iterator[NewAlert]:
    by_source: dict[tuple[int, str], list[int]] = defaultdict(list)
    for pk, c in t.claims.items():
        if c.source_key and c.article_pk not in t.new:
            by_source[(t.story_of[c.article_pk], c.source_key)].append(pk)
    for pk, c in t.claims.items():
        if c.article_pk not in t.new or not c.source_key or not t.figures.get(pk):
            continue
        story_pk = t.story_of[c.article_pk]
        for old in by_source.get((story_pk, c.source_key), []):
            for q_new in t.figures[pk]:
                for q_old in t.figures.get(old, []):
                    if _unit(q_new) and _unit(q_new) == _unit(q_old) and _amount(q_new) != _amount(q_old):
                        story = t.stories[story_pk]
                        yield _alert("revision", [t.ref(pk), t.ref(old), q_new.text, q_old.text], story,
                                     f"{c.source_name or c.source_key} revised a figure: {q_old.text} → {q_new.text}",
                                     f"in “{_title(story)}”",
                                     {"before": {**t.claim_data(old), "figure": q_old.text},
                                      "after": {**t.claim_data(pk), "figure": q_new.text}})


def denials(t: Touched) -> Iterator[NewAlert]:
    for group_pk, members in t.members.items():
        earlier = [pk for pk in members if not t.is_new(pk) and t.claims[pk].stance != "deny"]
        if not earlier:
            continue
        for pk in members:
            c = t.claims[pk]
            if t.is_new(pk) and c.stance == "deny":
                story = t.stories[t.groups[group_pk].story_pk]
                yield _alert("denial", [t.ref(pk)], story,
                             f"{c.source_name or 'An unnamed source'} denies: “{_short(c.content)}”",
                             f"in “{_title(story)}”, against {len(earlier)} earlier claim(s)",
                             {"denial": t.claim_data(pk), "denied": [t.claim_data(e) for e in earlier[:5]]})


def new_outlets(t: Touched) -> Iterator[NewAlert]:
    copies: dict[int, set[str]] = defaultdict(set)  # syndication group -> outlets of its earlier copies
    for a in t.articles.values():
        if a.syndication_group_pk is not None and a.pk not in t.new and a.outlet:
            copies[a.syndication_group_pk].add(a.outlet)
    for group_pk, members in t.members.items():
        old: set[str] = set()
        for pk in members:
            art = t.articles[t.claims[pk].article_pk]
            if pk in t.claims and not t.is_new(pk):
                old |= {art.outlet} if art.outlet else set()
                old |= copies.get(art.syndication_group_pk, set())
        if not old:
            continue
        added: set[str] = set()
        for pk in members:
            outlet = t.articles[t.claims[pk].article_pk].outlet
            if t.is_new(pk) and outlet and outlet not in old and outlet not in added:
                added.add(outlet)
                group = t.groups[group_pk]
                story = t.stories[group.story_pk]
                yield _alert("new_outlet", [story.key, group.key, outlet], story,
                             f"{outlet} now carries “{_short(group.label or t.claims[pk].content)}”",
                             f"in “{_title(story)}”, before only in {', '.join(sorted(old))}",
                             {"outlet": outlet, "claim": t.claim_data(pk), "group": group.label})


def watched_entities(session: Session, t: Touched, names: list[str]) -> list[NewAlert]:
    """A story that mentions a watched entity for the first time: a new story, or one a new article brings it to."""
    if not names:
        return []
    found: list[NewAlert] = []
    for name in names:
        key = name.strip().casefold()
        now: set[int] = set()
        before: set[int] = set()
        for chunk in _chunks(sorted(t.story_of)):
            q = (select(ArticleEntityRow.article_pk).join(EntityRow, EntityRow.pk == ArticleEntityRow.entity_pk)
                 .where(ArticleEntityRow.article_pk.in_(chunk),
                        or_(ArticleEntityRow.name_key == key, EntityRow.name_key == key, EntityRow.ref == name.strip())))
            for pk in session.scalars(q):
                (now if pk in t.new else before).add(t.story_of[pk])
        for story_pk in sorted(now - before):
            story = t.stories[story_pk]
            fresh = all(a in t.new for a, s in t.story_of.items() if s == story_pk)
            found.append(_alert("entity", [story.key, key], story,
                                f"{'New story' if fresh else 'Story now'} mentioning {name.strip()}: "
                                f"“{_title(story)}”", None, {"entity": name.strip(), "new_story": fresh}))
    return found


def _figures(session: Session, t: Touched, claim_pks: list[int]) -> None:
    q = select(QuantityRow.claim_pk, QuantityRow.text, QuantityRow.value, QuantityRow.lower, QuantityRow.upper,
               QuantityRow.unit, QuantityRow.unit_lemma, QuantityRow.currency)
    for row in session.execute(q.where(QuantityRow.claim_pk.in_(claim_pks))):
        t.figures[row.claim_pk].append(row)


def _old_claims_of_sources(t: Touched, sources: set[str]) -> set[int]:
    return {pk for pk, c in t.claims.items() if c.article_pk not in t.new and c.source_key in sources}


def _unit(q: Any) -> str | None:
    return q.currency or q.unit_lemma or q.unit


def _amount(q: Any) -> tuple[float | None, float | None, float | None]:
    return q.value, q.lower, q.upper


def _alert(kind: str, parts: list[Any], story: Any, title: str, detail: str | None, data: dict[str, Any]) -> NewAlert:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    data = {**data, "story": story.pk, "story_title": story.title}
    return NewAlert(f"{kind}:{digest}", kind, title, detail, story.pk, story.key, data)


def _title(story: Any) -> str:
    return _short(story.title or story.key, 90)


def _short(text: str | None, n: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]
