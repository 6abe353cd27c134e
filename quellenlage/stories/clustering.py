"""Stories: articles about one event, clustered incrementally across outlets and languages.

A new article either joins the best-matching existing story or starts a new one. The
match is decided from four signals:

* **canonical entities** — the entity keys (``iso3166:KP`` for Nordkorea and North Korea
  alike) weighted by rarity (idf), compared with the story's core entities. This is what
  brings a German and an English article about the same event together;
* **figures** — shared counted units (``container``) of the article's figures;
* **text** — word overlap, estimated by MinHash (only meaningful within one language);
* **dates** — an article more than ``window_days`` outside a story's date range cannot join.

Sub-linear per article: candidates come only from an inverted index over the article's
rarest entity keys (the newest stories of each posting list) and from a MinHash LSH index
over article texts, never from a scan of all stories. The whole state (story profiles,
:mod:`.profile`; entity document frequencies; article signatures) round-trips through
:meth:`state` so the store can persist it and continue clustering later.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import islice

from datasketch import MinHash, MinHashLSH

from .model import Story, parse_date
from .profile import StoryProfile, claim_topics
from .records import ArticleLike, ArticleRecord, as_record
from .state import RETAIN_DAYS, decode_signature, encode_signature, new_minhash, retained
from .syndication import shingles

TEXT_PERM = 64
TEXT_LSH_THRESHOLD = 0.25  # word-set Jaccard from which texts are candidates for one story
TOP_KEYS = 8  # the article's most telling entity keys used for lookup and scoring
POSTINGS_PER_KEY = 200  # newest stories per entity key looked at (bounds the work per article)
COMMON_SHARE = 0.02  # entity keys named by more than this share of all articles are not looked up ...
COMMON_MIN = 200  # ... once they are named by more than this many
BACKGROUND = 1000  # imagined articles without the key, for idf in a young collection
STORY_KEYS = 30  # a story's most named entity keys compared with a new article
#: Entity keys that say where or through whom an article came, not what it is about: news
#: agencies and outlets (every dpa article credits dpa), towns and regions, and local
#: institutions (the police and the prosecutor of a town speak in all of its crime reports).
#: When an article shares only such keys with a story, the entity match counts this much.
CONTEXT_KEYS = ("media:", "city:", "loc:", "inst:")
CONTEXT_ONLY = 0.3
ARC_DAYS = 120  # a developing story can continue after a gap, up to this many days beyond its range ...
ARC_MIN_KEYS = 2  # ... when the article names this many of its core entities and counts what its claims count
OWN_SHARE = 0.5  # a key is a story's own when at least this share of the articles naming it are in the story ...
OWN_MIN = 1  # ... and at least this many of its articles name it
#: keys never a story's own: countries and context keys are named by many unrelated stories
BROAD_KEYS = ("iso3166:", *CONTEXT_KEYS)


class StoryClusterer:
    """Incremental story clustering; ``add(article)`` returns the story id it joined or started."""

    def __init__(self, threshold: float = 0.25, window_days: int = 30, arc_days: int = ARC_DAYS) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.arc_days = arc_days
        self.profiles: dict[str, StoryProfile] = {}
        self.story_of: dict[str, str] = {}
        self.df: Counter[str] = Counter()  # entity key -> number of articles naming it
        self.n_articles = 0
        self.postings: dict[str, dict[str, None]] = {}  # entity key -> story ids, least recently active first
        self.lsh = MinHashLSH(threshold=TEXT_LSH_THRESHOLD, num_perm=TEXT_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.dates: dict[str, date | None] = {}  # article id -> publication date (for the story window)

    # -- scoring -------------------------------------------------------------------------
    def idf(self, key: str) -> float:
        """Rarity of an entity key. The collection is imagined BACKGROUND articles larger than it is,
        in none of which the key occurs: with few articles, a key every one of them names is not yet
        proof that it is common (the first articles of a story all name its actors)."""
        return math.log((self.n_articles + BACKGROUND + 1) / (self.df.get(key, 0) + 1))

    def top_keys(self, rec: ArticleRecord) -> list[str]:
        """The article's most telling entity keys: mentioned often, and rare in the collection;
        context keys (the town, its police, the agency) rank after the others at equal counts."""
        refs = rec.refs

        def telling(k: str) -> float:
            return (1 + math.log(refs[k])) * self.idf(k) * (CONTEXT_ONLY if k.startswith(CONTEXT_KEYS) else 1.0)

        return sorted(refs, key=lambda k: (-telling(k), k))[:TOP_KEYS]

    def article_weights(self, rec: ArticleRecord, keys: list[str]) -> dict[str, float]:
        refs = rec.refs
        return {k: self.idf(k) * (1 + math.log(refs[k])) for k in keys}

    def entity_similarity(self, weights: dict[str, float], profile: StoryProfile) -> float:
        """Cosine of idf-weighted entity vectors: the article's top keys (idf × log mentions) against
        the story's most named keys (idf × share of its articles naming them).

        A key most of the story's articles name weighs fully, an incidental one little; rare keys
        (a minister, a port) weigh more than a country every other article names.

        Sharing only context keys (:data:`CONTEXT_KEYS`: the agency, the town, its police) is
        weak evidence: two unrelated reports from Rostock share all three, so such a match is
        scaled by :data:`CONTEXT_ONLY`."""
        if not weights:
            return 0.0
        n = max(1, len(profile.articles))
        story = {k: self.idf(k) * c / n for k, c in profile.refs.most_common(STORY_KEYS)}
        dot = sum(w * story[k] for k, w in weights.items() if k in story)
        if not dot:
            return 0.0
        # A key no article named before is in no story: it cannot speak against this one, and in the
        # norm it only dilutes what the article shares. It is left out when the article shares a key
        # that is the story's own (most of the articles naming it are in this story; not a country or a
        # context key, which many unrelated stories name), so an article
        # naming one of the story's actors and an incidental newcomer still finds its story; an
        # article sharing only widely named keys (a country) keeps the newcomer in the norm.
        own = any(profile.refs[k] >= max(OWN_MIN, OWN_SHARE * self.df.get(k, 0)) for k in weights
                  if k in story and not k.startswith(BROAD_KEYS))
        counted = [w for k, w in weights.items() if not own or self.df.get(k, 0)]
        norm = math.sqrt(sum(w * w for w in counted)) * math.sqrt(sum(w * w for w in story.values()))
        if all(k.startswith(CONTEXT_KEYS) for k in weights if k in story):
            return CONTEXT_ONLY * dot / norm
        return dot / norm

    @staticmethod
    def figure_similarity(rec: ArticleRecord, profile: StoryProfile) -> float:
        units = {f.unit_lemma for f in rec.figures if f.unit_lemma}
        if not units:
            return 0.0
        return len(units & set(profile.units)) / len(units)

    def within_window(self, day: date | None, profile: StoryProfile, days: int | None = None) -> bool:
        if day is None or profile.first is None or profile.last is None:
            return True
        span = timedelta(days=self.window_days if days is None else days)  # ISO dates compare as strings
        return profile.first <= (day + span).isoformat() and profile.last >= (day - span).isoformat()

    def continues(self, rec: ArticleRecord, profile: StoryProfile) -> bool:
        """The developing-story rule: may an article beyond the window still continue this story?

        Yes when it is dated within ``arc_days`` of the story, names at least
        :data:`ARC_MIN_KEYS` of the story's core canonical entities (context keys — agency,
        town, local police — do not count), and one of its claims counts a thing the story's
        claims count (a shared claim-group topic, ``unit:tonne``). A story told over months
        keeps its actors and its figure; an unrelated report weeks later rarely shares both."""
        if not self.within_window(rec.published, profile, self.arc_days):
            return False
        core = {k for k in profile.core() if not k.startswith(CONTEXT_KEYS)}
        if len(core & set(rec.refs)) < ARC_MIN_KEYS:
            return False
        return bool(claim_topics(rec) & set(profile.topics))

    def score(self, rec: ArticleRecord, weights: dict[str, float], profile: StoryProfile, text_sim: float) -> float:
        """0..1: 0.6 entities + 0.15 figures + 0.25 text (text similarity saturates at 0.4)."""
        ent = self.entity_similarity(weights, profile)
        if ent == 0.0 and text_sim < 0.5:
            return 0.0  # figures alone never make two articles one story
        return 0.6 * ent + 0.15 * self.figure_similarity(rec, profile) + 0.25 * min(1.0, text_sim / 0.4)

    # -- adding --------------------------------------------------------------------------
    def _text_signature(self, text: str) -> MinHash:
        m = new_minhash(TEXT_PERM, 2)
        words = {w for w in shingles(text, 1) if len(w) >= 4}
        if words:
            m.update_batch(list(words))
        return m

    def lookup_keys(self, keys: list[str]) -> list[str]:
        """The keys worth an index lookup: not those named by a large share of all articles (a
        country every other article names would bring hundreds of candidates and decide nothing);
        the rarest key is always looked up."""
        limit = max(COMMON_MIN, COMMON_SHARE * self.n_articles)
        rare = [k for k in keys if self.df.get(k, 0) <= limit]
        return rare or sorted(keys, key=lambda k: self.df.get(k, 0))[:1]

    def candidates(self, keys: list[str], sig: MinHash) -> dict[str, float]:
        """Story id -> best text similarity with one of its articles (0 when found via entities only)."""
        found: dict[str, float] = {}
        for k in self.lookup_keys(keys):
            for sid in islice(reversed(self.postings.get(k, {})), POSTINGS_PER_KEY):
                found.setdefault(sid, 0.0)
        for other in self.lsh.query(sig):
            sid = self.story_of.get(other)
            if sid is not None:
                found[sid] = max(found.get(sid, 0.0), sig.jaccard(self.signatures[other]))
        return found

    def add(self, article: ArticleLike, copy_of: str | None = None) -> str:
        """Place one article; ``copy_of`` (a syndicated original) puts it straight into that story."""
        rec = as_record(article, seen=self.n_articles)
        if rec.id in self.story_of:
            return self.story_of[rec.id]
        keys = self.top_keys(rec)
        sig = self._text_signature(rec.text)
        sid = self.story_of.get(copy_of) if copy_of else None
        weights = self.article_weights(rec, keys)
        if sid is None:
            best, best_score = None, self.threshold
            for cand, text_sim in sorted(self.candidates(keys, sig).items()):
                profile = self.profiles[cand]
                if not self.within_window(rec.published, profile) and not self.continues(rec, profile):
                    continue
                s = self.score(rec, weights, profile, text_sim)
                if s >= best_score:
                    best, best_score = cand, s
            sid = best
        if sid is None:
            sid = f"story-{rec.id[:12]}"
            self.profiles[sid] = StoryProfile(id=sid)
        self._register(rec, keys, sig, sid)
        return sid

    def _register(self, rec: ArticleRecord, keys: list[str], sig: MinHash, sid: str) -> None:
        profile = self.profiles[sid]
        profile.add(rec, keys)
        profile.touched = self.n_articles
        for k in keys:
            plist = self.postings.setdefault(k, {})
            plist.pop(sid, None)  # the most recently active story goes to the end
            plist[sid] = None
        for k in rec.refs:
            self.df[k] += 1
        self.n_articles += 1
        self.story_of[rec.id] = sid
        self.signatures[rec.id] = sig
        self.dates[rec.id] = rec.published
        if rec.text.strip() and rec.id not in self.lsh:
            self.lsh.insert(rec.id, sig)

    def remove(self, article: ArticleLike) -> str | None:
        """Forget a deleted article: its story loses it (and its entity counts); returns that story's id.

        A story left without articles is dropped."""
        rec = as_record(article)
        sid = self.story_of.pop(rec.id, None)
        self.signatures.pop(rec.id, None)
        self.dates.pop(rec.id, None)
        if rec.id in self.lsh:
            self.lsh.remove(rec.id)
        for k in rec.refs:
            if self.df.get(k, 0) > 0:
                self.df[k] -= 1
        profile = self.profiles.get(sid) if sid else None
        if profile is None:
            return sid
        if rec.id in profile.articles:
            profile.articles.remove(rec.id)
        profile.dates.pop(rec.id, None)
        for k in rec.refs:
            if profile.refs.get(k, 0) > 0:
                profile.refs[k] -= 1
        for t in claim_topics(rec):
            if profile.topics.get(t, 0) > 0:
                profile.topics[t] -= 1
        known = [d for d in profile.dates.values() if d]
        profile.first, profile.last = (min(known), max(known)) if known else (None, None)
        if not profile.articles:
            del self.profiles[sid]
            for plist in self.postings.values():
                plist.pop(sid, None)
        return sid

    # -- results -------------------------------------------------------------------------
    def story(self, sid: str) -> Story:
        p = self.profiles[sid]
        seen = {a: i for i, a in enumerate(p.articles)}
        order = sorted(p.articles, key=lambda a: (p.dates.get(a) is None, p.dates.get(a) or "", seen[a]))
        core = p.core()
        ranked = sorted(core, key=lambda k: (-p.refs[k] * self.idf(k), k))
        return Story(
            id=sid,
            articles=order,
            label=" · ".join(p.names.get(k, k) for k in ranked[:3]),
            title=p.title,
            languages=[lg for lg, _ in p.languages.most_common()],
            outlets=list(p.outlets),
            first_date=p.first_date,
            last_date=p.last_date,
            entities=ranked,
        )

    def stories(self) -> list[Story]:
        return [self.story(sid) for sid in self.profiles]

    # -- persistence ---------------------------------------------------------------------
    def state(self) -> dict:
        """JSON-ready state: thresholds, entity frequencies, and the profiles and article signatures
        of the stories still inside the retention window (see :mod:`.state`). Stories are kept as
        long as a developing story can continue them (``arc_days``); article signatures, used only
        to find similar texts inside the window, within the shorter retention window."""
        keep = retained(((sid, p.last_date, p.touched) for sid, p in self.profiles.items()),
                        days=max(RETAIN_DAYS, self.window_days + self.arc_days))
        recent = retained((sid, p.last_date, p.touched) for sid, p in self.profiles.items() if sid in keep)
        return {
            "threshold": self.threshold, "window_days": self.window_days, "arc_days": self.arc_days,
            "n_articles": self.n_articles,
            "df": dict(self.df),
            "postings": {k: kept for k, v in self.postings.items() if (kept := [s for s in v if s in keep])},
            "profiles": [p.to_dict() for sid, p in self.profiles.items() if sid in keep],
            "articles": [{"id": a, "story": s, "signature": encode_signature(self.signatures[a]),
                          "date": d.isoformat() if (d := self.dates.get(a)) else None}
                         for a, s in self.story_of.items() if s in recent],
        }

    @classmethod
    def from_state(cls, state: dict) -> StoryClusterer:
        self = cls(threshold=state.get("threshold", 0.25), window_days=state.get("window_days", 30),
                   arc_days=state.get("arc_days", ARC_DAYS))
        self.n_articles = state.get("n_articles", 0)
        self.df = Counter(state.get("df", {}))
        self.postings = {k: dict.fromkeys(v) for k, v in state.get("postings", {}).items()}
        self.profiles = {p["id"]: StoryProfile.from_dict(p) for p in state.get("profiles", [])}
        for a in state.get("articles", []):
            sig = decode_signature(a["signature"], TEXT_PERM, 2)
            self.signatures[a["id"]] = sig
            self.story_of[a["id"]] = a["story"]
            self.dates[a["id"]] = parse_date(a.get("date"))
            if not sig.is_empty():
                self.lsh.insert(a["id"], sig)
        return self


def cluster_stories(articles: Iterable[ArticleLike], copies: dict[str, str] | None = None,
                    threshold: float = 0.25, window_days: int = 30) -> list[Story]:
    """Cluster a batch: articles are added in publication order (undated last, then input order).

    ``copies`` maps a syndicated copy's id to its canonical article's id, so copies follow
    their original into its story.
    """
    recs = sorted((as_record(a, seen=i) for i, a in enumerate(articles)),
                  key=lambda r: (r.published is None, r.published or date.min, r.seen))
    copies = copies or {}
    clusterer = StoryClusterer(threshold=threshold, window_days=window_days)
    canon_first = sorted(recs, key=lambda r: r.id in copies)
    for rec in canon_first:
        clusterer.add(rec, copy_of=copies.get(rec.id))
    return clusterer.stories()
