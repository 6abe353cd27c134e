"""The first person a clause names, for the rules that find a quotation's speaker without a verb
of saying (:mod:`.colon_lead`, :mod:`.person_before`).

A person is a name the article gives to a person (a known first name and a surname, an entity of
the entities stage, or the surname of one named before), an organisation or outlet the entities stage knows, a personal pronoun resolved
to a person, or a role word ("der Landesbischof") where it opens the clause or stands in the
nominative.
"""

from __future__ import annotations

from ..core import Draft
from ..sources import SourcePhrase, first_names, person_name, read_np
from ..state import ClaimState

#: entity types that speak as themselves when a clause names them ("Bei der Zeitung X heißt es:")
SPEAKING_TYPES = ("PER", "ORG", "MEDIA")


def main_clause(state: ClaimState, toks: list) -> list:
    """The tokens of a clause outside brackets, after the last sentence stop, without a fronted
    subordinate clause ("Dass X kommt, freut den Trainer" -> "freut den Trainer")."""
    toks = _outside_brackets(toks)
    cut = max((n for n, t in enumerate(toks) if t.text in ".;!?"), default=-1)
    toks = toks[cut + 1:]
    if toks and toks[0].text.lower() in state.lex.complementizers:
        toks = toks[next((n for n, t in enumerate(toks) if t.text == ","), len(toks)) + 1:]
    return toks


def first_speaker(state: ClaimState, toks: list) -> SourcePhrase | None:
    """The first phrase of ``toks`` that names someone who can speak, or None."""
    opens = True  # only conjunctions so far: a role word here opens the clause
    for k, t in enumerate(toks):
        phrase = _speaker_at(state, toks, k, opens)
        if phrase is not None:
            return phrase
        opens = opens and t.text.lower() in state.lex.src["conjunctions"]
    return None


def _outside_brackets(toks: list) -> list:
    """The tokens outside parentheses: "(3:0 – Roth)" names no speaker of the clause."""
    out, depth = [], 0
    for t in toks:
        depth += t.text == "("
        if depth == 0:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


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
    name = person_name(phrase, toks, lex)
    if name is not None and name.split()[0] in first_names() or state.surname_of_named(phrase) is not None:
        return phrase  # "Jana Roth" (a known first name), "Roth" after "Jana Roth"; not "Bewaffnete Drohnen"
    return phrase if _speaking_entity(state, phrase) else None


def _speaking_entity(state: ClaimState, phrase: SourcePhrase) -> bool:
    """An entity of the entities stage that can speak is mentioned within the phrase."""
    return any(e.type in SPEAKING_TYPES and any(phrase.start <= m.start and m.end <= phrase.end for m in e.mentions)
               for e in state.doc.entities)


def claim_for_first_speaker(state: ClaimState, d: Draft, toks: list) -> bool:
    """Adds ``d`` as the claim of the first speaker named in ``toks``; False when none is named
    or the phrase resolves to no one (the colon lead and the person before share this)."""
    phrase = first_speaker(state, toks)
    if phrase is None:
        return False
    state.attribute(d, phrase, toks)
    if not d.name:
        return False
    state.add(d)
    return True
