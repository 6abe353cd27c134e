"""What the alert rules (``quellenlage/watch/alerts.py``) read: the stored results of the stories that new
articles, or new pages of stored texts, joined — read once, as plain rows, for all rules.

A page is *new* when its appearance was stored after the last look (``PAGES_THROUGH``): an exact copy
of a known text on another site is stored as an appearance of the article, not as an article, and
still brings its outlet to the claims of that text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import (
    AppearanceRow,
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

CHUNK = 500


@dataclass
class Touched:
    """The stored results of the stories new articles (``new``, pks) and new pages joined."""

    new: set[int]
    stories: dict[int, Any] = field(default_factory=dict)  # story pk -> (pk, key, title)
    articles: dict[int, Any] = field(default_factory=dict)  # article pk -> row (pk, id, outlet, url, title)
    story_of: dict[int, int] = field(default_factory=dict)  # article pk -> story pk
    claims: dict[int, Any] = field(default_factory=dict)  # claim pk -> row
    groups: dict[int, Any] = field(default_factory=dict)  # claim group pk -> row
    members: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))  # group pk -> claim pks
    figures: dict[int, list[Any]] = field(default_factory=lambda: defaultdict(list))  # claim pk -> quantities
    disagreements: list[Any] = field(default_factory=list)
    pages: dict[int, list[Any]] = field(default_factory=lambda: defaultdict(list))  # article pk -> (pk, outlet, url)
    pages_through: int = 0  # appearances up to this pk were looked at before

    def ref(self, claim_pk: int) -> str:
        c = self.claims[claim_pk]
        return f"{self.articles[c.article_pk].id}/{c.local_id}"

    def is_new(self, claim_pk: int | None) -> bool:
        return claim_pk in self.claims and self.claims[claim_pk].article_pk in self.new

    def carriers(self, article_pk: int, new: bool) -> dict[str, Any]:
        """Outlet -> page of the article's pages looked at before (``new`` False) or stored since (True)."""
        out: dict[str, Any] = {}
        fresh = article_pk in self.new  # every page of a new article is new
        for p in self.pages.get(article_pk, []):
            if p.outlet and (fresh or p.pk > self.pages_through) == new:
                out.setdefault(p.outlet, p)
        art = self.articles[article_pk]
        if not self.pages.get(article_pk) and art.outlet and (article_pk in self.new) == new:
            out.setdefault(art.outlet, art)  # a store without appearance rows for it
        return out

    def claim_data(self, claim_pk: int) -> dict[str, Any]:
        c = self.claims[claim_pk]
        art = self.articles[c.article_pk]
        return {"claim": self.ref(claim_pk), "source": c.source_name, "stance": c.stance, "content": c.content,
                "article": art.id, "url": art.url, "outlet": art.outlet, "title": art.title}


def read_touched(session: Session, new: set[int], pages_through: int) -> Touched:
    """The facts for articles ``new`` and for the articles with appearances stored after ``pages_through``."""
    t = Touched(new, pages_through=pages_through)
    with_pages = set(session.scalars(select(AppearanceRow.article_pk).where(AppearanceRow.pk > pages_through)))
    pairs = []
    for chunk in _chunks(sorted(new | with_pages)):
        pairs += session.execute(select(StoryArticleRow.story_pk).where(StoryArticleRow.article_pk.in_(chunk))).all()
    story_pks = sorted({p.story_pk for p in pairs})
    for chunk in _chunks(story_pks):
        for s in session.execute(select(StoryRow.pk, StoryRow.key, StoryRow.title).where(StoryRow.pk.in_(chunk))):
            t.stories[s.pk] = s
        arts = select(ArticleRow.pk, ArticleRow.id, ArticleRow.outlet, ArticleRow.url, ArticleRow.title,
                      ArticleRow.syndication_group_pk, StoryArticleRow.story_pk).join(
            StoryArticleRow, StoryArticleRow.article_pk == ArticleRow.pk)
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
        for p in session.execute(select(AppearanceRow.pk, AppearanceRow.article_pk, AppearanceRow.outlet,
                                        AppearanceRow.url).where(AppearanceRow.article_pk.in_(chunk))
                                 .order_by(AppearanceRow.pk)):
            t.pages[p.article_pk].append(p)
    for chunk in _chunks(sorted(t.groups)):
        for m in session.execute(select(ClaimGroupMemberRow.claim_group_pk, ClaimGroupMemberRow.claim_pk)
                                 .where(ClaimGroupMemberRow.claim_group_pk.in_(chunk))):
            if m.claim_pk in t.claims:
                t.members[m.claim_group_pk].append(m.claim_pk)
    new_claims = sorted(pk for pk, c in t.claims.items() if c.article_pk in new and c.source_key)
    sources = {t.claims[pk].source_key for pk in new_claims}
    old_same_source = sorted(pk for pk, c in t.claims.items() if c.article_pk not in new and c.source_key in sources)
    for chunk in _chunks(new_claims + old_same_source):
        q = select(QuantityRow.claim_pk, QuantityRow.text, QuantityRow.value, QuantityRow.lower, QuantityRow.upper,
                   QuantityRow.unit, QuantityRow.unit_lemma, QuantityRow.currency)
        for row in session.execute(q.where(QuantityRow.claim_pk.in_(chunk))):
            t.figures[row.claim_pk].append(row)
    return t


def articles_naming(session: Session, article_pks: list[int], name: str) -> set[int]:
    """Those of ``article_pks`` that mention an entity by this name (as written or canonical) or ref."""
    key = name.strip().casefold()
    found: set[int] = set()
    for chunk in _chunks(sorted(article_pks)):
        q = (select(ArticleEntityRow.article_pk).join(EntityRow, EntityRow.pk == ArticleEntityRow.entity_pk)
             .where(ArticleEntityRow.article_pk.in_(chunk),
                    or_(ArticleEntityRow.name_key == key, EntityRow.name_key == key, EntityRow.ref == name.strip())))
        found.update(session.scalars(q))
    return found


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]
