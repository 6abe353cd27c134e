"""Fold syndicated copies under their original in a story's article list.

The store keeps, per article, the syndication group it belongs to (near-identical
texts: one agency story printed by several outlets), but its typed results do not
carry it, so :func:`syndication_groups` reads it here — the one query the pages add to
the store's read layer. Within a group the earliest article is shown as the
original, the others are folded under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import ArticleRow


@dataclass
class ArticleGroup:
    original: Any
    copies: list[Any] = field(default_factory=list)


def syndication_groups(store: Any, article_ids: Iterable[str]) -> dict[str, int | None]:
    """Article id -> syndication group key (None when the article stands alone)."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return {}
    with Session(store.engine) as session:
        rows = session.execute(select(ArticleRow.id, ArticleRow.syndication_group_pk)
                               .where(ArticleRow.id.in_(ids))).all()
    return dict(rows)


def fold_copies(articles: Sequence[Any], group_of: Mapping[str, int | None]) -> list[ArticleGroup]:
    """Articles grouped by syndication group, originals in date order (ties: the order given)."""
    order = {a.id: i for i, a in enumerate(articles)}
    members: dict[Any, list[Any]] = {}
    for a in articles:
        group = group_of.get(a.id)
        members.setdefault(("syn", group) if group is not None else ("art", a.id), []).append(a)
    groups = []
    for group in members.values():
        ordered = sorted(group, key=lambda a: (a.published or "\uffff", order[a.id]))
        groups.append(ArticleGroup(ordered[0], ordered[1:]))
    return sorted(groups, key=lambda g: (g.original.published or "\uffff", order[g.original.id]))
