"""Colon lead: a quotation introduced by a colon whose lead names a person but no reporting verb.

"Stäblein dankte dem Rat: „…“", "Jana Roth, Leiterin des Amts: „…“", "Zwischen zwei Bissen
dichtet er: „…“", "Für Roth die einzige Lösung: „…“": the lead before the colon says who
speaks without a verb of saying (or with one outside the lexicon). The quotation is the words
of the first person the lead names — a name the article gives to a person (the entities
stage's, or the surname of one named before), a personal pronoun resolved to a person, or a
role word that opens the lead ("Der Landesbischof schloss mit den Worten: „…“"). A lead with
no such person ("Die Lage ist klar: „…“") makes no claim here.
"""

from __future__ import annotations

from ...nlp.sentences import tokenize
from ..core import Draft
from ..quotes import Quote
from ..sources import SourcePhrase, person_name, read_np
from ..state import ClaimState

#: entity types that speak as themselves when a lead names them ("Bei der Zeitung X heißt es:")
SPEAKING_TYPES = ("PER", "ORG", "MEDIA")


def colon_lead(state: ClaimState, q: Quote, i: int, d: Draft, lead_from: int, lead: str) -> bool:
    """The direct claim of ``q`` by the first person its colon lead names; True when made."""
    if not lead.endswith(":"):
        return False
    text, lex = state.text, state.lex
    lead_end = lead_from + len(lead) - 1
    toks = _outside_brackets([t for t in tokenize(text[lead_from:lead_end], lead_from) if not state.in_quote(t.start)])
    cut = max((n for n, t in enumerate(toks) if t.text in ".;!?"), default=-1)
    toks = toks[cut + 1:]
    if toks and toks[0].text.lower() in lex.complementizers:  # "Dass X kommt, freut den Trainer:" -> the main clause
        toks = toks[next((n for n, t in enumerate(toks) if t.text == ","), len(toks)) + 1:]
    if not _ends_sentence(state, q, i):
        return False  # "…: „Titel“ ist ihr Titel": the quote is part of the next clause
    opens = True  # only conjunctions so far: a role word here opens the lead
    for k, t in enumerate(toks):
        phrase = _speaker_at(state, toks, k, opens)
        opens = opens and t.text.lower() in lex.src["conjunctions"]
        if phrase is None:
            continue
        state.attribute(d, phrase, toks)
        if not d.name:
            return False
        state.add(d)
        return True
    return False


def _outside_brackets(toks: list) -> list:
    """The tokens outside parentheses: "(3:0 – Roth)" names no speaker of the lead."""
    out, depth = [], 0
    for t in toks:
        depth += t.text == "("
        if depth == 0:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


def _ends_sentence(state: ClaimState, q: Quote, i: int) -> bool:
    """Nothing but punctuation follows the quote in its sentence."""
    j = state.sentence_of(max(q.end - 1, q.start), i)
    end = max(state.sents[j].end, q.end)
    return not any(ch.isalnum() for ch in state.text[q.end:end])


def _speaker_at(state: ClaimState, toks: list, k: int, opens: bool) -> SourcePhrase | None:
    """A phrase at ``toks[k]`` that names someone who can speak, or None."""
    lex, text, t = state.lex, state.text, toks[k]
    low = t.text.lower()
    if low in lex.src["personal_pronouns"] and (t.text[:1].islower() or opens):
        gender = lex.pronouns.get(low)
        return SourcePhrase(t.start, t.end, t.text, t.text, pronoun=gender) if gender in ("m", "f") else None
    if not t.text[:1].isupper() or t.text in lex.src["not_sources"] or low in state.src_closed:
        return None
    phrase = read_np(toks, k, lex, text)
    if phrase is None or phrase.pronoun:
        return None
    if phrase.descriptor:
        return phrase if opens else None
    if person_name(phrase, toks, lex) is not None or state.surname_of_named(phrase) is not None:
        return phrase
    return phrase if _speaking_entity(state, phrase) else None


def _speaking_entity(state: ClaimState, phrase: SourcePhrase) -> bool:
    """An entity of the entities stage that can speak is mentioned within the phrase."""
    return any(e.type in SPEAKING_TYPES and any(phrase.start <= m.start and m.end <= phrase.end for m in e.mentions)
               for e in state.doc.entities)
