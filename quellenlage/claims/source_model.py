"""The article-level source model: which of the article's voices said each claim.

The sentence rules read a source phrase next to each cue ("sagte der Konzernchef", "laut
Anfang November", "„…“, so Weber"); that reading is one *candidate*. This model looks at
the whole article and puts other candidates beside it:

- ``own``: the source the rules read (and resolved) for this claim;
- ``previous``: the last speaking source before it, the voice the article was quoting;
- ``entity``: a person, organisation, state or outlet named in the claim's sentence or the
  sentences just before it (the entities stage's mentions).

Each candidate is described by named features (where it comes from, whether it can speak,
what the entities stage knows of it, how far back it was named, how often it spoke before,
whether the claim has a cue of its own …) and scored by a linear model whose weights are
**learned** from the team's train batches (``scripts/train_source_model.py``, logistic
regression from scikit-learn) and kept per language in ``lang/<lang>/source_model.json``.
The best-scoring candidate becomes the claim's source. A language without a weights file
uses :data:`RULE_WEIGHTS`: the hand-written rule this model replaced ("a phrase that cannot
speak takes the previous speaker"), so behaviour there is that rule's.

Scoring is a dot product over a handful of candidates per claim, in plain Python: the
model costs next to nothing at run time and scikit-learn is needed only to train it.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from .. import lang
from ..document import Claim, Document, Entity, Source
from ..entities.persons import apposition_nouns, org_heads, word_role  # the entities stage's nouns
from ..entities.tokens import fold
from .lexicon import Lexicon
from .speakers import SPEAKING_TYPES, can_speak

#: The features of a candidate, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    "origin_own", "origin_previous", "origin_entity",
    "own_cannot_speak", "own_no_entity", "own_kind_named", "own_kind_described", "own_kind_anonymous",
    "own_words", "own_lowercase",
    "claim_no_cue", "own_and_no_cue", "previous_and_no_cue", "previous_and_direct",
    "previous_same_paragraph", "previous_sentence_gap",
    "type_person", "type_organisation", "type_state", "type_medium",
    "mentions", "spoke_before", "mention_gap", "named_in_sentence", "named_in_content",
    "entity_and_no_cue", "agrees_with_previous", "agrees_with_own",
    "own_determiner", "own_definite", "own_role_head", "own_org_head", "own_sentence_initial", "own_kind_document",
    "person_for_role", "organisation_for_org_head", "person_for_definite", "organisation_for_definite",
    "named_in_content_and_no_cue",
    "own_type_person", "own_type_organisation", "own_type_state", "own_type_medium", "own_attached",
)

#: Entities named this many sentences before a claim (or in its sentence) are candidates.
WINDOW = 3
#: At most this many entity candidates per claim, the most recently named first.
MAX_ENTITIES = 4

#: The rule this model replaced, as weights: a source that can speak stays; one that cannot
#: takes the previous speaker; no other candidate is ever preferred.
RULE_WEIGHTS: dict[str, float] = {"origin_own": 1.0, "own_cannot_speak": -3.0, "origin_previous": 0.0,
                                  "origin_entity": -10.0}


@dataclass
class Candidate:
    """One possible source of a claim: what the claim would carry, and why it might be right."""

    origin: str  # "own" | "previous" | "entity"
    source: Source
    features: dict[str, float]


@dataclass(frozen=True)
class SourceModel:
    """Weights per feature name and an intercept; the best candidate is the highest score."""

    weights: dict[str, float]
    intercept: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def choose(self, candidates: list[Candidate]) -> Candidate:
        """The best candidate; on a tie the one listed first (``own`` is always first)."""
        best, best_score = candidates[0], self.score(candidates[0].features)
        for cand in candidates[1:]:
            s = self.score(cand.features)
            if s > best_score:
                best, best_score = cand, s
        return best


@cache
def model_for(code: str) -> SourceModel:
    """The learned model of a language (``lang/<code>/source_model.json``), else the rule's weights."""
    try:
        data = lang.load(code, "source_model")
    except lang.MissingResource:
        return SourceModel(RULE_WEIGHTS)
    unknown = set(data["weights"]) - set(FEATURES)
    if unknown:
        raise ValueError(f"source model of {code!r}: weights for unknown features {sorted(unknown)}")
    return SourceModel(dict(data["weights"]), float(data.get("intercept", 0.0)))


class _Article:
    """What the model knows of the whole article: sentences, paragraphs and entity mentions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.paragraphs = [s.paragraph for s in doc.sentences]
        mentions = [(m.start, m.end, e) for e in doc.entities if e.type in SPEAKING_TYPES for m in e.mentions]
        mentions.sort(key=lambda x: x[0])
        self.mentions = mentions
        self.mention_starts = [m[0] for m in mentions]
        self.spoke: dict[str, int] = {}  # name (casefolded) -> claims it was chosen for so far

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def paragraph_of(self, pos: int) -> int:
        return self.paragraphs[self.sentence_of(pos)] if self.paragraphs else 0

    def entities_before(self, claim: Claim) -> list[tuple[Entity, int]]:
        """Speaking entities named in the claim's sentence or the ``WINDOW`` sentences before
        it, most recent first, each with the start of its last mention there."""
        first_sentence = max(self.sentence_of(claim.span.start) - WINDOW, 0)
        lo = bisect_left(self.mention_starts, self.starts[first_sentence] if self.starts else 0)
        sentence = self.sentence_of(claim.span.start)
        sentence_end = self.starts[sentence + 1] if sentence + 1 < len(self.starts) else len(self.doc.text)
        hi = bisect_left(self.mention_starts, max(sentence_end, claim.span.start))
        seen: dict[str, tuple[Entity, int]] = {}
        for start, _end, entity in reversed(self.mentions[lo:hi]):
            if entity.id not in seen:
                seen[entity.id] = (entity, start)
        return list(seen.values())[:MAX_ENTITIES]


def _key(name: str | None) -> str:
    return (name or "").casefold().strip()


def _same(a: Source | None, b: Source | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity and a.entity == b.entity:
        return True
    x, y = _key(a.name), _key(b.name)
    return bool(x) and bool(y) and (x == y or x.endswith(" " + y) or y.endswith(" " + x))


_TYPE_FEATURE = {"PER": "type_person", "ORG": "type_organisation", "GPE": "type_state", "MEDIA": "type_medium"}


def _entity_features(art: _Article, claim: Claim, entity: Entity | None, feats: dict[str, float],
                     prefix: str = "") -> None:
    """What the entities stage knows of a candidate; the type of the rules' own reading is a
    feature of its own (``own_type_*``): a state the rules read is not a state named nearby."""
    if entity is None:
        return
    if entity.type in _TYPE_FEATURE:
        feats[prefix + _TYPE_FEATURE[entity.type]] = 1.0
    feats["mentions"] = math.log1p(len(entity.mentions))
    before = [m.start for m in entity.mentions if m.start < claim.span.start]
    if before:
        feats["mention_gap"] = math.log1p(art.sentence_of(claim.span.start) - art.sentence_of(before[-1]))
    sentence = art.sentence_of(claim.span.start)
    for m in entity.mentions:
        if claim.content.start <= m.start < claim.content.end:
            feats["named_in_content"] = 1.0
        elif art.sentence_of(m.start) == sentence:
            feats["named_in_sentence"] = 1.0


def _reading(art: _Article, own: Source, lex: Lexicon) -> dict[str, float]:
    """What the phrase the rules read looks like: a determiner, a role or organisation noun
    as its head ("der Konzernchef", "das Unternehmen"), the first word of its sentence."""
    out: dict[str, float] = {}
    if not own.text or own.start is None:
        return out
    words = own.text.split()
    first, head = words[0].lower(), words[-1].strip(".,;:")
    if first in lex.src["determiners"]:
        out["own_determiner"] = 1.0
    if first in lex.src["definite"]:
        out["own_definite"] = 1.0
        if len(words) > 2:  # "der Manager eines Konkurrenten": someone new, not the one named before
            out["own_attached"] = 1.0
    if own.entity is None and word_role(head, lex.lang) is not None:
        out["own_role_head"] = 1.0
    if own.entity is None and (head in org_heads(lex.lang) or fold(head) in apposition_nouns(lex.lang)):
        out["own_org_head"] = 1.0
    if art.starts and own.start == art.starts[art.sentence_of(own.start)]:
        out["own_sentence_initial"] = 1.0
    return out


def _fit_to_reading(feats: dict[str, float], reading: dict[str, float], no_cue: float) -> None:
    """How another candidate fits the phrase read: a person for a role ("der Konzernchef"), an
    organisation for an organisation noun ("das Unternehmen"), anyone for "der"/"die"/"das"."""
    person = feats.get("type_person", 0.0)
    org = feats.get("type_organisation", 0.0)
    feats["person_for_role"] = person * reading.get("own_role_head", 0.0)
    feats["organisation_for_org_head"] = org * reading.get("own_org_head", 0.0)
    anaphoric = reading.get("own_definite", 0.0) * (1.0 - reading.get("own_attached", 0.0))  # "der Minister"
    feats["person_for_definite"] = person * anaphoric
    feats["organisation_for_definite"] = org * anaphoric
    feats["named_in_content_and_no_cue"] = feats.get("named_in_content", 0.0) * no_cue


def candidates(art: _Article, claim: Claim, previous: Claim | None, lex: Lexicon) -> list[Candidate]:
    """The candidates for ``claim``'s source, ``own`` first; ``previous`` is the last claim
    before it with a source that can speak."""
    doc, own = art.doc, claim.source
    assert own is not None
    no_cue = 1.0 if claim.cue is None else 0.0
    own_feats: dict[str, float] = {"origin_own": 1.0, "claim_no_cue": no_cue, "own_and_no_cue": no_cue}
    if not can_speak(doc, own, lex):
        own_feats["own_cannot_speak"] = 1.0
    if own.entity is None:
        own_feats["own_no_entity"] = 1.0
    if own.kind in ("named", "described", "anonymous", "document"):
        own_feats[f"own_kind_{own.kind}"] = 1.0
    if own.text:
        words = own.text.split()
        own_feats["own_words"] = min(len(words), 6) / 6
        own_feats["own_lowercase"] = 1.0 if own.text[:1].islower() else 0.0  # "der …", "weitere Repliken"
    own_entity = doc.entity(own.entity) if own.entity else None
    _entity_features(art, claim, own_entity, own_feats, prefix="own_")
    reading = _reading(art, own, lex)
    own_feats.update(reading)
    own_feats["spoke_before"] = math.log1p(art.spoke.get(_key(own.name), 0))
    out = [Candidate("own", own, own_feats)]
    if own_entity is not None and own_entity.type in SPEAKING_TYPES:
        return out  # the rules read a person, organisation, state or outlet: that one spoke
    if claim.cue is not None and "own_cannot_speak" not in own_feats and not (
            reading.get("own_role_head") or reading.get("own_org_head")):
        # the subject of the claim's own cue ("Die Opposition bestritt …") is its voice; only a
        # role or organisation noun ("der CEO", "das Unternehmen") may stand for someone named before
        return out
    prev = previous.source if previous is not None else None
    if prev is not None:
        if _same(prev, own):
            own_feats["agrees_with_previous"] = 1.0
        else:
            feats = {"origin_previous": 1.0, "claim_no_cue": no_cue, "previous_and_no_cue": no_cue,
                     "previous_and_direct": 1.0 if claim.mode == "direct" else 0.0,
                     "spoke_before": math.log1p(art.spoke.get(_key(prev.name), 0))}
            assert previous is not None
            if art.paragraph_of(previous.span.start) == art.paragraph_of(claim.span.start):
                feats["previous_same_paragraph"] = 1.0
            feats["previous_sentence_gap"] = math.log1p(
                max(art.sentence_of(claim.span.start) - art.sentence_of(previous.span.end - 1), 0))
            _entity_features(art, claim, doc.entity(prev.entity) if prev.entity else None, feats)
            _fit_to_reading(feats, reading, no_cue)
            out.append(Candidate("previous", prev, feats))
    for entity, _start in art.entities_before(claim):
        source = Source(text=None, start=None, end=None, name=entity.name, entity=entity.id, kind="named")
        if any(_same(source, c.source) for c in out):
            continue
        feats = {"origin_entity": 1.0, "claim_no_cue": no_cue, "entity_and_no_cue": no_cue,
                 "spoke_before": math.log1p(art.spoke.get(_key(entity.name), 0))}
        if _same(source, own):
            feats["agrees_with_own"] = 1.0
        _entity_features(art, claim, entity, feats)
        _fit_to_reading(feats, reading, no_cue)
        out.append(Candidate("entity", source, feats))
    return out


def _adopt(claim: Claim, chosen: Candidate, speaks: bool) -> Source:
    """The source ``claim`` carries when ``chosen`` wins: the chosen name and entity; the phrase
    the rules read stays as the written text when it can speak ("der Konzernchef" is who)."""
    own = claim.source
    assert own is not None
    if chosen.origin == "own":
        return own
    if speaks and own.text is not None:
        return replace(own, name=chosen.source.name, entity=chosen.source.entity, kind=chosen.source.kind)
    return replace(chosen.source, text=None, start=None, end=None)


def walk(doc: Document, claims: list[Claim], lex: Lexicon, model: SourceModel,
         record: list[tuple[Claim, list[Candidate]]] | None = None) -> None:
    """Gives each claim (in text order) the best candidate as its source. A claim whose own
    source cannot speak and that finds no better candidate keeps no source. ``record``
    collects every decision with its candidates (``scripts/train_source_model.py``)."""
    art = _Article(doc)
    previous: Claim | None = None
    for claim in claims:
        if claim.source is None:
            continue
        cands = candidates(art, claim, previous, lex)
        if record is not None:
            record.append((claim, cands))
        chosen = model.choose(cands)
        speaks = "own_cannot_speak" not in cands[0].features
        if chosen.origin == "own" and not speaks:
            claim.source = None
            continue
        claim.source = _adopt(claim, chosen, speaks)
        art.spoke[_key(claim.source.name)] = art.spoke.get(_key(claim.source.name), 0) + 1
        previous = claim


def link_sources(doc: Document, claims: list[Claim], lex: Lexicon) -> None:
    """Page rule of :func:`quellenlage.claims.find_claims`: the language's source model over the claims."""
    walk(doc, claims, lex, model_for(lex.lang))
