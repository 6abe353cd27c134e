"""Colon lead: a quotation introduced by a colon whose lead names a person but no reporting verb.

"Stäblein dankte dem Rat: „…“", "Jana Roth, Leiterin des Amts: „…“", "Zwischen zwei Bissen
dichtet er: „…“", "Für Roth die einzige Lösung: „…“": the lead before the colon says who
speaks without a verb of saying (or with one outside the lexicon). The quotation is the words
of the first person the lead's main clause names (:func:`.named_speaker.first_speaker`). A lead
with no such person ("Die Lage ist klar: „…“") makes no claim here, nor does a quote that is
part of the next clause ("…: „Titel“ ist ihr Titel").
"""

from __future__ import annotations

from ...nlp.sentences import tokenize
from ..core import Draft
from ..quotes import Quote
from ..state import ClaimState
from .named_speaker import claim_for_first_speaker, main_clause


def colon_lead(state: ClaimState, q: Quote, i: int, d: Draft, lead_from: int, lead: str) -> bool:
    """The direct claim of ``q`` by the first person its colon lead names; True when made."""
    if not lead.endswith(":") or not _ends_sentence(state, q, i):
        return False
    lead_end = lead_from + len(lead) - 1
    toks = main_clause(state, [t for t in tokenize(state.text[lead_from:lead_end], lead_from) if not state.in_quote(t.start)])
    return claim_for_first_speaker(state, d, toks)


def _ends_sentence(state: ClaimState, q: Quote, i: int) -> bool:
    """Nothing but punctuation follows the quote in its sentence."""
    j = state.sentence_of(max(q.end - 1, q.start), i)
    end = max(state.sents[j].end, q.end)
    return not any(ch.isalnum() for ch in state.text[q.end:end])
