"""Syndicated copies: the same text printed by several outlets, found by MinHash LSH.

An agency story (dpa, AFP, Reuters) reaches readers through many outlets with small
edits: a different headline, a dropped paragraph, a regional line. Word shingles of the
clean text, reduced to a MinHash signature, make such copies near-identical sets; a
locality-sensitive hash index (datasketch ``MinHashLSH``) finds the candidates for a new
article in time independent of how many articles are stored, and the estimated Jaccard
similarity confirms them. Each group has one canonical article that stands for all
copies in source tables: the earliest published, else the one crediting an agency,
else the first seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from .model import SyndicationGroup, parse_date
from .records import ArticleLike, ArticleRecord, as_record
from .state import decode_signature, encode_signature, new_minhash, retained

NUM_PERM = 128
SHINGLE = 5  # words per shingle: long enough that two independent texts rarely share many
THRESHOLD = 0.7  # estimated Jaccard at or above which two texts are copies of one
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Case-folded word k-shingles (a short text yields its whole word sequence as one shingle)."""
    words = _TOKEN.findall(text.casefold())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, num_perm: int = NUM_PERM, k: int = SHINGLE) -> MinHash:
    """MinHash of the text's shingles (fixed seed: signatures are comparable across runs)."""
    m = new_minhash(num_perm, 1)
    sh = shingles(text, k)
    if sh:
        m.update_batch(list(sh))
    return m


def canonical_order(rec: ArticleRecord) -> tuple:
    """Sort key for choosing the canonical copy: earliest date, then agency-credited, then first seen."""
    return (rec.published is None, rec.published or 0, not rec.agencies, rec.seen)


class Syndicator:
    """Incremental grouping of near-duplicate articles.

    ``add(article)`` returns the group the article now belongs to (a new group of one when
    it copies nothing seen before). State is the article signatures and the groups;
    :meth:`state` / :meth:`from_state` let the store persist and reload it.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.group_of: dict[str, str] = {}
        self.groups: dict[str, SyndicationGroup] = {}
        self.records: dict[str, ArticleRecord] = {}  # minimal facts for choosing canonicals
        self._seen = 0

    def add(self, article: ArticleLike) -> SyndicationGroup:
        rec = as_record(article, seen=self._seen)
        self._seen += 1
        if rec.id in self.group_of:
            return self.groups[self.group_of[rec.id]]
        sig = signature(rec.text, self.num_perm)
        return self._insert(rec, sig)

    def _insert(self, rec: ArticleRecord, sig: MinHash) -> SyndicationGroup:
        best, best_sim = None, 0.0
        if rec.text.strip():
            for other in self.lsh.query(sig):
                sim = sig.jaccard(self.signatures[other])
                if sim >= self.threshold and sim > best_sim:
                    best, best_sim = other, sim
            self.lsh.insert(rec.id, sig)
        self.signatures[rec.id] = sig
        self.records[rec.id] = _slim(rec)
        if best is None:
            group = SyndicationGroup(id=f"syn-{rec.id[:12]}", canonical=rec.id)
            self.groups[group.id] = group
        else:
            group = self.groups[self.group_of[best]]
            group.copies.append(rec.id)
        self.group_of[rec.id] = group.id
        self._refresh(group)
        return group

    def _refresh(self, group: SyndicationGroup) -> None:
        members = sorted((self.records[a] for a in group.articles), key=canonical_order)
        group.canonical = members[0].id
        group.copies = [m.id for m in sorted(members[1:], key=lambda r: r.seen)]
        outlets: list[str] = []
        agencies: list[str] = []
        for m in [members[0], *sorted(members[1:], key=lambda r: r.seen)]:
            if m.outlet and m.outlet not in outlets:
                outlets.append(m.outlet)
            for a in m.agencies:
                if a not in agencies:
                    agencies.append(a)
        group.outlets, group.agencies = outlets, agencies

    def remove(self, article_id: str) -> SyndicationGroup | None:
        """Forget a deleted article; returns its group as it is now (None when the group is gone)."""
        gid = self.group_of.pop(article_id, None)
        self.signatures.pop(article_id, None)
        self.records.pop(article_id, None)
        if article_id in self.lsh:
            self.lsh.remove(article_id)
        group = self.groups.get(gid) if gid else None
        if group is None:
            return None
        rest = [a for a in group.articles if a != article_id]
        if not rest:
            del self.groups[gid]
            return None
        group.canonical, group.copies = rest[0], rest[1:]
        self._refresh(group)
        return group

    def group(self, article_id: str) -> SyndicationGroup | None:
        gid = self.group_of.get(article_id)
        return self.groups.get(gid) if gid else None

    def canonical(self, article_id: str) -> str:
        """The canonical article standing for ``article_id`` (itself when it has no copies)."""
        g = self.group(article_id)
        return g.canonical if g else article_id

    def result(self) -> list[SyndicationGroup]:
        return list(self.groups.values())

    # -- persistence ---------------------------------------------------------------------
    def state(self) -> dict:
        """JSON-ready state: per article its signature, outlet, date, agencies and seen order.

        Only groups with a member inside the retention window are kept (see :mod:`.state`)."""
        keep_articles = retained((r.id, r.published, r.seen) for r in self.records.values())
        keep_groups = {self.group_of[a] for a in keep_articles}
        return {
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            "seen": self._seen,
            "articles": [
                {"id": r.id, "outlet": r.outlet, "published": r.published.isoformat() if r.published else None,
                 "agencies": r.agencies, "seen": r.seen, "group": self.group_of[r.id],
                 "signature": encode_signature(self.signatures[r.id])}
                for r in sorted(self.records.values(), key=lambda r: r.seen)
                if self.group_of[r.id] in keep_groups
            ],
        }

    @classmethod
    def from_state(cls, state: dict) -> Syndicator:
        self = cls(threshold=state.get("threshold", THRESHOLD), num_perm=state.get("num_perm", NUM_PERM))
        for a in state.get("articles", []):
            rec = ArticleRecord(id=a["id"], text="", outlet=a.get("outlet"),
                                published=parse_date(a.get("published")),
                                agencies=list(a.get("agencies") or []), seen=a.get("seen", 0))
            sig = decode_signature(a["signature"], self.num_perm, 1)
            if not sig.is_empty():
                self.lsh.insert(rec.id, sig)
            self.signatures[rec.id] = sig
            self.records[rec.id] = rec
            gid = a["group"]
            self.group_of[rec.id] = gid
            if gid not in self.groups:
                self.groups[gid] = SyndicationGroup(id=gid, canonical=rec.id)
            else:
                self.groups[gid].copies.append(rec.id)
            self._seen = max(self._seen, rec.seen + 1)
        self._seen = max(self._seen, state.get("seen", 0))
        for g in self.groups.values():
            self._refresh(g)
        return self


def _slim(rec: ArticleRecord) -> ArticleRecord:
    return ArticleRecord(id=rec.id, text="", outlet=rec.outlet, published=rec.published,
                         agencies=list(rec.agencies), seen=rec.seen, language=rec.language)


def find_syndication(articles: Iterable[ArticleLike], threshold: float = THRESHOLD) -> list[SyndicationGroup]:
    """Group near-identical articles; every article is in exactly one group (most are alone)."""
    syn = Syndicator(threshold=threshold)
    for a in articles:
        syn.add(a)
    return syn.result()

