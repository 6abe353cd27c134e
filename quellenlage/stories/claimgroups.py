"""Claim groups: claims within one story that are about the same thing.

Two claims are about the same thing when they name compatible canonical entities and
count the same unit (``unit:container``) or, lacking a figure, state the same predicate
(``predicate:deliver``). Concretely:

1. **Figure claims** are grouped per unit key; within a unit, claims are linked when
   their entity sets overlap or one of them names no entity besides its source.
2. **Claims without figures** (a denial, an "unclear") join the figure group whose
   content words they share most (at least the counted unit itself or two other words),
   if their entities are compatible; a denial or an "unclear" else joins the group where the
   same source said the same before (a denial repeated in English joins its German
   original). Otherwise they are grouped with each other when their content words overlap
   (Jaccard >= 0.25), or are the same source's denials (or doubts).

Within a unit, claims of the same canonical source and stance are one group whatever
their language and entities. Labels are readable: a figure group is named by its counted
thing in English (``lang/common/story_units.tsv``: "tonnes"), any other by its first
claim's words.

A syndicated copy's claims are its original's (only claims a copy adds count on their
own), and the outlet's own assertions are left out unless asked for. Each claim is in at
least one group; a claim with figures of two units is in both units' groups.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .model import ClaimGroup, ClaimKey, ClaimRef, Story, SyndicationGroup
from .records import ArticleLike, ArticleRecord, ClaimRecord, as_record
from .terms import unit_label

PREDICATE_JACCARD = 0.25
LABEL_CHARS = 60


@dataclass
class _Item:
    rec: ArticleRecord
    claim: ClaimRecord

    @property
    def ref(self) -> ClaimRef:
        return ClaimRef(self.rec.id, self.claim.id)

    @property
    def ents(self) -> set[str]:
        return set(self.claim.entities)


def records_by_id(articles: Iterable[ArticleLike] | Mapping[str, ArticleLike]) -> dict[str, ArticleRecord]:
    """Article records keyed by id, from a mapping or an iterable of Documents / contract dicts / records."""
    items = articles.values() if isinstance(articles, Mapping) else articles
    out: dict[str, ArticleRecord] = {}
    for i, a in enumerate(items):
        rec = as_record(a, seen=i)
        out.setdefault(rec.id, rec)
    return out


def _fingerprint(c: ClaimRecord) -> tuple[str | None, str]:
    return (c.source_key or c.source, " ".join(c.content.casefold().split()))


def story_items(story: Story, records: Mapping[str, ArticleRecord],
                syndication: Iterable[SyndicationGroup] | None = None,
                include_assertions: bool = False) -> list[_Item]:
    """The claims of the story's articles, in the story's (publication) order, each once.

    A syndicated copy repeats its original's claims; only the claims a copy adds (a
    paragraph the original lacks) are taken from it."""
    original = {c: g.canonical for g in syndication or [] for c in g.copies}
    items = []
    for aid in story.articles:
        rec = records.get(aid)
        if rec is None:
            continue
        known: set[tuple[str | None, str]] = set()
        if aid in original and original[aid] in records:
            known = {_fingerprint(c) for c in records[original[aid]].claims}
        for c in rec.claims:
            if c.mode == "assertion" and not include_assertions:
                continue
            if _fingerprint(c) in known:
                continue
            items.append(_Item(rec, c))
    return items


def unit_of(group: ClaimGroup) -> str | None:
    """The counted thing of a figure group (``unit:tonne`` -> ``tonne``); None for a predicate group."""
    return group.key.topic.split(":", 1)[1] if group.key.topic.startswith("unit:") else None


def same_voice(a: _Item, b: _Item) -> bool:
    """The same canonical source with the same stance (in whatever language): one claim group."""
    return a.claim.speaker is not None and a.claim.speaker == b.claim.speaker and a.claim.stance == b.claim.stance


def compatible(a: set[str], b: set[str]) -> bool:
    """Entity sets fit one claim group when they overlap or one names nothing."""
    return not a or not b or bool(a & b)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def _link(members: list[_Item], related) -> list[list[_Item]]:
    uf = _UnionFind(len(members))
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if related(members[i], members[j]):
                uf.union(i, j)
    return [[members[i] for i in g] for g in uf.groups()]


def _key_entities(members: list[_Item]) -> tuple[str, ...]:
    """Entity keys named by at least half of the members that name any."""
    named = [m.ents for m in members if m.ents]
    if not named:
        return ()
    counts = Counter(k for s in named for k in s)
    return tuple(sorted(k for k, c in counts.items() if c * 2 >= len(named)))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def group_claims(story: Story, articles: Iterable[ArticleLike] | Mapping[str, ArticleLike],
                 syndication: Iterable[SyndicationGroup] | None = None,
                 include_assertions: bool = False) -> list[ClaimGroup]:
    """Claim groups of one story (see the module docstring for the rules)."""
    records = records_by_id(articles)
    items = story_items(story, records, syndication, include_assertions)
    by_unit: dict[str, list[_Item]] = {}
    plain: list[_Item] = []
    for it in items:
        units = list(dict.fromkeys(f.unit_lemma for f in it.claim.figures if f.unit_lemma))
        for u in units:
            by_unit.setdefault(u, []).append(it)
        if not units:
            plain.append(it)

    raw_groups: list[tuple[str, list[_Item]]] = []
    for unit, members in by_unit.items():
        for g in _link(members, lambda a, b: compatible(a.ents, b.ents) or same_voice(a, b)):
            raw_groups.append((f"unit:{unit}", g))

    leftovers: list[_Item] = []
    for it in plain:
        best, best_score = None, 0
        for idx, (topic, members) in enumerate(raw_groups):
            unit = topic.split(":", 1)[1]
            group_terms = set().union(*(m.claim.terms for m in members)) | {unit}
            shared = it.claim.terms & group_terms
            enough = unit in it.claim.terms or len(shared) >= 2
            ents_ok = any(compatible(it.ents, m.ents) for m in members)
            if enough and ents_ok and len(shared) > best_score:
                best, best_score = idx, len(shared)
        if best is None and it.claim.stance != "assert":  # a denial repeated (in another language, say)
            best = next((idx for idx, (_, members) in enumerate(raw_groups)
                         if any(same_voice(it, m) for m in members)), None)
        if best is None:
            leftovers.append(it)
        else:
            raw_groups[best][1].append(it)

    for g in _link(leftovers, lambda a, b: (same_voice(a, b) and a.claim.stance != "assert") or (compatible(a.ents, b.ents)
                   and _jaccard(a.claim.terms, b.claim.terms) >= PREDICATE_JACCARD)):
        counts = Counter(t for m in g for t in m.claim.terms)
        ranked = sorted(counts.items(), key=lambda tc: (-tc[1], tc[0]))  # ties by the word: no set order
        if len(g) > 1:
            shared = [t for t, c in ranked if c > 1]
            term = shared[0] if shared else (ranked[0][0] if ranked else "statement")
        else:
            term = min(counts, key=lambda t: (-len(t), t)) if counts else "statement"
        raw_groups.append((f"predicate:{term}", g))

    order = {it.ref: i for i, it in enumerate(items)}
    raw_groups.sort(key=lambda tg: min(order[m.ref] for m in tg[1]))
    out: list[ClaimGroup] = []
    used: set[str] = set()
    for topic, members in raw_groups:
        members.sort(key=lambda m: order[m.ref])
        key = ClaimKey(_key_entities(members), topic)
        gid = _group_id(story.id, key, used)
        names = _names(members)
        if topic.startswith("unit:"):
            head = unit_label(topic.split(":", 1)[1]) or topic  # "tonnes", not the key "tonne"
        else:
            head = _shorten(members[0].claim.content)  # its first claim's words say best what it is about
        label = head + (f" · {', '.join(names[k] for k in key.entities)}" if key.entities else "")
        out.append(ClaimGroup(id=gid, story=story.id, key=key, claims=[m.ref for m in members], label=label))
    return out


def _shorten(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _names(members: list[_Item]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in members:
        for e in m.rec.entities.values():
            out.setdefault(e.key, e.name)
    return out


def _group_id(story_id: str, key: ClaimKey, used: set[str]) -> str:
    base = hashlib.sha256(f"{story_id}|{key.topic}|{','.join(key.entities)}".encode()).hexdigest()[:12]
    gid, n = f"grp-{base}", 1
    while gid in used:
        n += 1
        gid = f"grp-{base}-{n}"
    used.add(gid)
    return gid
