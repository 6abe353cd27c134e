"""Who gave what a prepositional cue reports: the giver inside its phrase, and relays.

A cue such as "nach Angaben des Amtes", "den Behördenangaben zufolge" or "laut UN-Angaben"
names a report first and its giver after it or inside it; the claim's source is the giver.
"unter Berufung auf die Armee" in an agency's report names the origin, and the agency becomes
the relay. The word lists are language data (``claim_markers.toml``, ``claim_sources.toml``).
"""

from __future__ import annotations

from ..document import Token
from ..nlp.sentences import tokenize
from .sources import SourcePhrase, read_np
from .state import ClaimState


def relay_name(phrase: SourcePhrase, state: ClaimState) -> str:
    """ "eines neuen Berichtes der britischen "Morgenpost"" -> "Morgenpost"; "a report in the
    Washington Post" -> "Washington Post": the last run of capitalised words after a document."""
    toks = tokenize(phrase.text)
    runs: list[list[str]] = [[]]
    for t in toks:
        if t.text[:1].isupper():
            runs[-1].append(t.text)
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    if phrase.head.lower() in state.lex.src["documents"] and sum(map(len, runs)) > 1:
        return " ".join(runs[-1])
    return phrase.text


def occasion(state: ClaimState, phrase: SourcePhrase) -> bool:
    """ "Bei der Wiedereröffnung", "Von anderer Seite": a head noun of an occasion (``occasion_nouns``,
    a compound by its tail) that is no entity's name."""
    if not phrase.head.lower().endswith(state.lex.occasion_nouns):
        return False
    return not any(m.start < phrase.end and m.end > phrase.start for e in state.doc.entities for m in e.mentions)


def giver(state: ClaimState, toks: list[Token], phrase: SourcePhrase, k: int) -> SourcePhrase | None:
    """ "den Angaben des Amtes zufolge", "laut Angaben der Polizei", "laut Schätzungen von Experten":
    the genitive or von-phrase after a noun of what was given (``given_nouns``) is the source, as in
    "nach Angaben des Amtes" (a reader is shown "Polizei", not "Angaben der Polizei")."""
    lex = state.lex
    inside = [j for j in range(k) if phrase.start <= toks[j].start < phrase.end]
    for n, j in enumerate(inside[:2]):
        if toks[j].text.lower() in lex.src["given_nouns"] and n + 1 < len(inside):
            at = inside[n + 1]
            if toks[at].text.lower() in lex.src["prepositions"] and n + 2 < len(inside):
                at = inside[n + 2]  # "Schätzungen von Experten"
            return read_np(toks, at, lex, state.text, stop=k)
    return None


def compound_giver(state: ClaimState, phrase: SourcePhrase) -> SourcePhrase | bool | None:
    """ "Polizeiangaben", "UN-Angaben", "Regierungsangaben": a head compound whose tail is one of
    ``given_tails`` names its giver in its first part (without a hyphen or a linking "s"); that part,
    as a phrase of its own; False when that part cannot speak ("Preisangaben"); None for any other
    phrase. Only the head counts: "Angaben" alone is no compound."""
    lex = state.lex
    head = phrase.head
    low = head.lower()
    tail = next((t for t in lex.given_tails if low.endswith(t) and len(low) > len(t) + 1), None)
    if tail is None:
        return None
    at = state.text.rfind(head, phrase.start, phrase.end)
    if at < 0:
        return None
    first = head[:-len(tail)]
    if first.endswith("-") or (first.endswith("s") and first[:-1].lower().endswith(lex.linking_s_after)):
        first = first[:-1]  # "UN-Angaben", "Regierungs|angaben"
    if len(first) < 2 or not first[:1].isupper() or not first.replace("-", "").isalpha():
        return None
    return SourcePhrase(at, at + len(first), first, first) if may_give(state, first) else False


def report_source(state: ClaimState, toks: list[Token], phrase: SourcePhrase, stop: int) -> SourcePhrase | None:
    """The source a report phrase of "laut X", "nach X", "X zufolge" names (its tokens before
    ``toks[stop]``): the giver after a noun of what was given, the first part of a giver compound,
    else the phrase itself; None when the phrase is a compound that names no one ("nach
    Preisangaben")."""
    named = giver(state, toks, phrase, stop) or compound_giver(state, phrase)
    if named is False:
        return None
    return named or phrase


def may_give(state: ClaimState, word: str) -> bool:
    """Whether a giver's noun (a compound's first part, a cited phrase's head) can speak: a person or
    organisation noun, an acronym, a body of ``giver_words`` (by its tail), an anonymous source
    ("Insider") or a word of an entity's name."""
    low, src = word.lower(), state.lex.src
    if word.replace("-", "").isupper() or low.endswith(state.lex.giver_words) \
            or low in src["anonymous"] or low in src["described"]:
        return True
    if state.lex.phrases.noun_class(word) is not None:
        return True
    return any(word in e.name.split() for e in state.doc.entities)


def cites(state: ClaimState, toks: list[Token], k: int, phrase: SourcePhrase) -> bool:
    """Whether the marker at token ``k`` cites an origin (``citing``: "unter Berufung auf") that can
    speak ("unter Berufung auf die Armee", not "unter Berufung auf den Standort")."""
    at = toks[k].start
    return any(state.text[at:at + len(c)].lower() == c for c in state.lex.citing) and may_give(state, phrase.head)
