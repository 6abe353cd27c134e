"""Fold syndicated copies under their original in a story's article list.

The store's source table already merges the claims of syndicated copies into one
line that lists every article carrying it. Articles that share such a line print the
same text, so they are grouped here (union–find over the lines' article ids); the
earliest of a group is shown as the original and the others are folded under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleGroup:
    original: Any
    copies: list[Any] = field(default_factory=list)


def fold_copies(articles: Sequence[Any], lines: Iterable[Any]) -> list[ArticleGroup]:
    """Articles grouped by shared source lines, in the order of their originals' dates."""
    parent: dict[str, str] = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for line in lines:
        ids = [i for i in getattr(line, "article_ids", []) if i in parent]
        for other in ids[1:]:
            ra, rb = find(ids[0]), find(other)
            if ra != rb:
                parent[rb] = ra
    order = {a.id: i for i, a in enumerate(articles)}  # the store lists a story's articles by date, then age
    members: dict[str, list[Any]] = {}
    for a in articles:
        members.setdefault(find(a.id), []).append(a)
    groups = []
    for group in members.values():
        ordered = sorted(group, key=lambda a: (a.published or "\uffff", order[a.id]))
        groups.append(ArticleGroup(ordered[0], ordered[1:]))
    return sorted(groups, key=lambda g: (g.original.published or "\uffff", order[g.original.id]))
