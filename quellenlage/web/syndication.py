"""Fold syndicated copies under their original in a story's article list.

The store keeps, per article, the syndication group it belongs to (near-identical
texts: one agency story printed by several outlets); the page asks the store for them
(:meth:`Store.syndication_groups <quellenlage.store.Store.syndication_groups>`) and
:func:`fold_copies` shows the earliest article of a group as the original, the others
folded under it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleGroup:
    original: Any
    copies: list[Any] = field(default_factory=list)


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
