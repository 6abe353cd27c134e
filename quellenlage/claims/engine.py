"""The claim engine: cue-first attribution over one document, rule by rule.

One pass over the sentences in order. For each sentence the rules of :data:`RULES` run in
the order listed there, each behind a gate that says whether it runs at all; a rule reads
the sentence and adds claim drafts to the :class:`~.state.ClaimState`. After the pass the
drafts become contract claims (:func:`to_claims`), with their source linked to an entity
and the figures of their content attached.

Every rule is bounded by its sentence (or its quotation within one paragraph), so no
claim can span the article and time stays linear. The engine itself decides nothing
about language: what a rule needs to know of German or English it asks the lexicon (the
words) and the document's :class:`~.language.ClaimLanguage` (the word order, :func:`.language.claim_language`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..document import Claim, Document, Quantity, Relay, Source
from ..entities import link_source
from ..quantities import quantities_within
from .core import Draft
from .language import claim_language
from .lexicon import lexicon
from .rules.continuation import continuation, continuation_around_relative
from .rules.hearsay import hearsay_run, reportive
from .rules.quotation import quotation_claims, quote_run_on
from .rules.reported import reported_claims
from .state import ClaimState


@dataclass(frozen=True)
class Rule:
    """A named claim rule: ``apply(state, i)`` adds drafts for sentence ``i`` when ``when(state, i)``."""

    name: str
    apply: Callable[[ClaimState, int], None]
    when: Callable[[ClaimState, int], bool]


def always(state: ClaimState, i: int) -> bool:
    return True


def cue_outside_claims(state: ClaimState, i: int) -> bool:
    """Free words, and one of them may be a cue (the cheap gate the tagger asked first)."""
    return state.words_left(i) and state.cue_gate.may_hold_cue(state.text, state.sents[i], state.cue_memo)


def nothing_found_yet(state: ClaimState, i: int) -> bool:
    """Free words, and no rule before has found a claim in the sentence."""
    return state.words_left(i) and not state.turn_drafts()


def only_relative_claims(state: ClaimState, i: int) -> bool:
    """Free words, and every claim found in the sentence is one of a relative clause."""
    found = state.turn_drafts()
    return state.words_left(i) and bool(found) and all(d.inner for d in found)


#: Every claim rule, in the order it runs on each sentence: the one list to read first.
RULES: tuple[Rule, ...] = (
    # "…", sagte X. / X: "…" / a quote with no cue: the speaker just before
    Rule("quotation", quotation_claims, always),
    # a quotation that opens inside a claimed sentence and runs on: its further sentences
    Rule("quote run-on", quote_run_on, always),
    # reporting verbs, "laut X", "X zufolge", "so X", "Das berichtet X." (rules/reported.py)
    Rule("reporting cue", reported_claims, cue_outside_claims),
    # hearsay with no source: "soll … haben", "angeblich"
    Rule("hearsay", reportive, nothing_found_yet),
    # a Konjunktiv sentence right after a claim: the same source goes on
    Rule("continuation", continuation, nothing_found_yet),
    # "Damit soll …" in the paragraph of a relayed "soll" claim: still that claim's hearsay
    Rule("hearsay run", hearsay_run, nothing_found_yet),
    # the main clause around a relative clause's claim may continue the run before it
    Rule("continuation around a relative clause", continuation_around_relative, only_relative_claims),
)



def run(state: ClaimState) -> list[Draft]:
    """Every rule over every sentence, in order; the drafts found."""
    for i in range(len(state.sents)):
        state.begin_turn()
        for rule in RULES:
            if rule.when(state, i):
                rule.apply(state, i)
    return state.drafts


def to_claims(doc: Document, drafts: list[Draft]) -> list[Claim]:
    """Drafts as contract claims, in text order, with entities and figures linked."""
    out: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for d in sorted(drafts, key=lambda d: d.start):
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        source = None
        if d.phrase is not None:
            p = d.phrase
            entity = link_source(doc, p.start, p.end)
            kind = d.kind
            ent = doc.entity(entity)
            if ent is not None and kind == "described" and ent.type in ("GPE", "PER", "MEDIA"):
                kind = "named"  # "die USA", "der Kreml"-like names of states, people and outlets
            source = Source(text=p.text, start=p.start, end=p.end, name=d.name or p.text, entity=entity, kind=kind)
        elif d.mode != "reportive" and d.name:
            source = Source(text=None, start=None, end=None, name=d.name, kind=d.kind)
        quantities: list[Quantity] = list(quantities_within(doc, d.cstart, d.cend))
        out.append(Claim(
            id=f"c{len(out) + 1}",
            span=doc.span(d.start, d.end),
            content=doc.span(d.cstart, d.cend),
            cue=doc.span(*d.cue) if d.cue else None,
            source=source,
            mode=d.mode,  # type: ignore[arg-type]
            stance=d.stance,  # type: ignore[arg-type]
            hedged=d.hedged,
            via=[Relay(name=v) for v in d.via],
            quantities=quantities,
        ))
    return out


def analyze_claims(doc: Document) -> list[Claim]:
    lex = lexicon(doc.article.language or "de")
    if not lex.verbs:
        return []
    language = claim_language(lex.lang)
    return to_claims(doc, run(ClaimState(doc, lex, language)))
