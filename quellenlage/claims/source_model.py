"""The article-level source model: who, of the page's actors, is each claim's source.

The sentence rules read a source phrase where the grammar puts it ("das Unternehmen",
"er", "der Konzernchef", a fronted "Rechtsmittel" that is no speaker at all) and resolve
it with local heuristics. This model looks at the whole article instead:

1. **Actors.** The persons, organisations, countries and media of the entities stage, with
   every mention, gender where known.
2. **Candidates.** For each claim: the rules' own answer ("keep"), and every actor
   mentioned before the claim ends (the ``MAX_CANDIDATES`` most recent).
3. **A learned score.** Each candidate is described by features (what kind of phrase the
   rules read, whether that phrase is a name, a pronoun, a descriptor of a group or a role;
   the candidate's type, distance, salience, agreement with the phrase; whether it was the
   last speaker). A logistic regression trained on the team's train batches
   (``scripts/train_source_model.py``) weighs them; the weights are a data file per
   language, ``lang/<lang>/source_model.json``, read here without scikit-learn.
4. **The decision.** The best-scoring candidate becomes the claim's source name (and
   entity); the text as written stays in ``source.text``.

A language without a weights file keeps the rules' answers.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache

from .. import lang
from ..document import Claim, Document

MAX_CANDIDATES = 8
SPEAKER_TYPES = ("PER", "ORG", "GPE", "MEDIA")
_WORD = re.compile(r"[\w\-]+")


@dataclass
class Actor:
    name: str
    entity: str | None
    type: str
    gender: str | None
    offsets: list[int] = field(default_factory=list)


@dataclass
class Candidate:
    name: str | None
    entity: str | None
    keep: bool
    features: dict[str, float]


@dataclass(frozen=True)
class Words:
    """The language's words the features ask about (``lang/<lang>/source_model.toml``)."""

    pronouns: dict[str, frozenset[str]]
    group_heads: frozenset[str]
    role_heads: frozenset[str]
    closed: frozenset[str]  # function words that are no part of a name (lower case)


@cache
def words_of(code: str) -> Words | None:
    try:
        data = lang.load(code, "source_model")
    except lang.MissingResource:
        return None
    roles = frozenset(row["word"].lower() for row in _roles(code))
    return Words(
        pronouns={g: frozenset(ws) for g, ws in data.get("pronouns", {}).items()},
        group_heads=frozenset(w.lower() for w in data.get("group_heads", [])),
        role_heads=roles | frozenset(w.lower() for w in data.get("role_heads", [])),
        closed=_closed_words(code),
    )


def _closed_words(code: str) -> frozenset[str]:
    """Determiners, prepositions, conjunctions and non-sources of ``claim_sources.toml``, months."""
    try:
        src = lang.load(code, "claim_sources")
    except lang.MissingResource:
        return frozenset()
    keys = ("determiners", "prepositions", "conjunctions", "not_sources", "skip", "demonstratives")
    found = {w.lower() for k in keys for w in src.get(k, []) if isinstance(w, str)}
    try:
        found |= {m.split()[0].lower() for m in lang.load(code, "months") if m.strip()}
    except lang.MissingResource:
        pass
    return frozenset(found)


def _roles(code: str) -> list[dict]:
    try:
        return lang.load(code, "roles")
    except lang.MissingResource:
        return []


@cache
def weights_of(code: str) -> dict | None:
    try:
        path = lang.resource_path(code, "source_model.json")
    except lang.MissingResource:
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def actors_of(doc: Document, words: Words | None = None) -> list[Actor]:
    """The entities that can speak, and the name-like word runs the entities stage missed."""
    known = [Actor(e.name, e.id, e.type, e.gender, sorted(m.start for m in e.mentions))
             for e in doc.entities if e.type in SPEAKER_TYPES and e.mentions]
    if words is None:
        return known
    return known + name_like_actors(doc.text, known, words.closed, first_names_of())


@cache
def first_names_of() -> dict[str, str | None]:
    """First name -> "f"/"m" (None when common for both), from lang/common/first_names.tsv."""
    try:
        rows = lang.load("common", "first_names")
    except lang.MissingResource:
        return {}
    return {r["name"]: (r.get("gender") if r.get("gender") in ("f", "m") else None) for r in rows}


_CAPITAL = re.compile(r"[A-ZÄÖÜ][\w’'.\-]*[\w]")


def name_like_actors(text: str, known: list[Actor], closed: frozenset[str],
                     first_names: dict[str, str | None] | None = None) -> list[Actor]:
    """"Irme Stetter-Karp", "Kris de Decker": two or three capitalised words in a row, none of
    them a function word, inside a sentence (a sentence-initial run counts when its last word
    recurs alone). Its mentions are the run and every later occurrence of its last word."""
    first_names = first_names or {}
    taken = {n for a in known for n in (a.name, a.name.split()[-1])}
    found: dict[str, Actor] = {}
    words = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(words):
        run = []
        while i < len(words) and (m := _CAPITAL.fullmatch(words[i].group(0).strip(",;:()\"„“”»«'"))) \
                and m.group(0).lower() not in closed:
            run.append(m.group(0))
            if words[i].group(0)[-1:] in ",;:.!?)\"“”»«":
                i += 1
                break
            i += 1
        else:
            i += 1
        if not 2 <= len(run) <= 3 or run[-1] in taken:
            continue
        start = words[i - len(run) - 1].start() if i - len(run) - 1 >= 0 else 0
        before = text[:start].rstrip()[-1:] if start else ""
        name, surname = " ".join(run), run[-1]
        alone = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text)]
        if (not before or before in ".!?:\n") and len(alone) < 2:
            continue  # a capitalised sentence start, not a name
        found.setdefault(name, Actor(name, None, "NAME", first_names.get(run[0]), alone))
    return list(found.values())


def _phrase_kind(claim: Claim, words: Words) -> tuple[str, str]:
    """(kind of the source phrase, its head word in lower case)."""
    src = claim.source
    if src is None or not (src.text or src.name):
        return "none", ""
    text = (src.text or src.name or "").strip()
    tokens = _WORD.findall(text)
    head = tokens[-1].lower() if tokens else ""
    low = text.lower()
    for gender, forms in words.pronouns.items():
        if low in forms:
            return f"pronoun_{gender}", low
    if src.entity:
        return "entity", head
    if tokens and tokens[0][:1].islower() and low.split()[0] not in ("der", "die", "das", "the", "a", "an", "ein", "eine"):
        return "lowercase", head
    if any(t.lower() in words.group_heads or any(t.lower().endswith(g) for g in words.group_heads if len(g) > 5)
           for t in tokens[-2:]):
        return "group", head
    if any(t.lower() in words.role_heads for t in tokens):
        return "role", head
    if src.kind == "named":
        return "name", head
    return "other", head


def candidates_for(claim: Claim, previous: Claim | None, actors: list[Actor], words: Words,
                   doc: Document) -> list[Candidate]:
    kind, head = _phrase_kind(claim, words)
    end = claim.span.end
    src = claim.source
    keep_name = src.name if src else None
    base = {f"phrase_{kind}": 1.0, f"mode_{claim.mode}": 1.0}
    actor_names = {a.name for a in actors}
    keep = {f"keep_{kind}": 1.0, "keep": 1.0, f"keep_mode_{claim.mode}": 1.0,
            "keep_unnamed": float(claim.mode == "reportive" or src is None),
            "keep_is_actor": float(keep_name in actor_names),
            "keep_has_digit": float(any(ch.isdigit() for ch in keep_name or "")),
            "keep_words": float(len((keep_name or "").split()))}
    out = [Candidate(keep_name, src.entity if src else None, True, keep)]
    persons = sorted((a for a in actors if a.type == "PER"), key=lambda a: -sum(1 for o in a.offsets if o < end))
    start_sentence = doc.text.rfind("\n", 0, claim.span.start)
    before = [(max(o for o in a.offsets if o < end), a) for a in actors if any(o < end for o in a.offsets)]
    before.sort(key=lambda pair: -pair[0])
    prev_name = previous.source.name if previous and previous.source else None
    for last, actor in before[:MAX_CANDIDATES]:
        gap = doc.text.count(". ", last, claim.span.start) if last < claim.span.start else 0
        mentions = sum(1 for o in actor.offsets if o < end)
        f = dict(base)
        f["cand"] = 1.0
        f[f"cand_{actor.type}"] = 1.0
        f[f"cand_{actor.type}_{kind}"] = 1.0
        f["log_gap"] = math.log1p(gap)
        f["log_mentions"] = math.log1p(mentions)
        f["rank"] = float(len([1 for o, _ in before if o > last]))
        f["same_paragraph"] = float(last > start_sentence)
        f["in_claim"] = float(claim.span.start <= last < end)
        f["was_last_speaker"] = float(prev_name is not None and prev_name == actor.name)
        f["head_in_name"] = float(bool(head) and head in actor.name.lower())
        f["same_as_keep"] = float(keep_name is not None and (keep_name == actor.name or keep_name in actor.name))
        f["known_first_name"] = float(actor.type == "NAME" and actor.name.split()[0] in first_names_of())
        f["most_mentioned_person"] = float(bool(persons) and persons[0] is actor)
        f[f"cand_{actor.type}_mode_{claim.mode}"] = 1.0
        if kind.startswith("pronoun_"):
            gender = kind.split("_", 1)[1]
            f["gender_agrees"] = float(actor.gender == gender)
            f["gender_clashes"] = float(actor.gender is not None and actor.gender != gender and gender in "mf")
        out.append(Candidate(actor.name, actor.entity, False, f))
    return out


def score(features: dict[str, float], weights: dict) -> float:
    w = weights["weights"]
    return weights["bias"] + sum(value * w.get(name, 0.0) for name, value in features.items())


def relink_sources(doc: Document, claims: list[Claim], code: str) -> None:
    """Give each claim the best-scoring candidate as its source (in place)."""
    words, weights = words_of(code), weights_of(code)
    if words is None or weights is None or not claims:
        return
    actors = actors_of(doc, words)
    previous = None
    for claim in claims:
        cands = candidates_for(claim, previous, actors, words, doc)
        best = max(cands, key=lambda c: score(c.features, weights))
        if not best.keep and claim.source is not None:
            claim.source.name, claim.source.entity, claim.source.kind = best.name, best.entity, "named"
        if claim.source is not None and claim.mode != "reportive":
            previous = claim
