"""Relays: who passed a claim on, kept apart from who made it.

"The newspaper Kuestenpost reported that the captain had warned …": when a news outlet
reports what someone else said, that someone is the source and the outlet the relay
(``Draft.via``). The other relays ("laut einem Bericht der Zeitung" inside a verb claim,
"told Reuters", "Die Zeitung berichtet, der Minister habe gesagt") are noted where their
cues are read (:mod:`.markers`, :mod:`.verbs`, :mod:`.verb_reading`).
"""

from __future__ import annotations

from ...document import Token
from ..clauses import Seg
from ..core import Draft
from ..cues import verb_cue
from ..english import media_name
from ..sources import subject_before
from ..state import ClaimState


def relay_inner_speaker(state: ClaimState, d: Draft, toks: list[Token]) -> None:
    """ "The Kiel newspaper Kuestenpost reported that the captain had warned …": when a news
    outlet reports what someone else said, that someone is the source and the outlet the relay
    (``via``). The outlet is known by its head noun (``media_heads``) or the gazetteer."""
    lex = state.lex
    if d.phrase is None or d.mode != "indirect":
        return
    words = {w.lower() for w in d.phrase.text.split()}
    first, *rest = d.phrase.text.split()  # "The Post", "the Evening Herald"; not a person ("Officer Tom Post")
    names = {w.lower() for w in rest if w[:1].isupper()} if first.lower() in lex.src["determiners"] else set()
    if not words & lex.src["media_heads"] and not names & lex.src["media_name_heads"] \
            and media_name(d.name or d.phrase.text) is None:
        return
    inside = [n for n, t in enumerate(toks) if d.cstart <= t.start < d.cend]
    if len(inside) < 3:
        return
    lo = inside[0]
    for k in inside[1:8]:
        if state.lex.verbs.get(toks[k].text.lower()) and verb_cue(state, toks, k, Seg(lo, inside[-1] + 1, "")):
            inner = subject_before(toks, lo, k, lex, state.text)
            if inner is None or inner.pronoun:
                return
            named = " ".join(w for w in d.phrase.text.split() if w.lower() not in lex.src["determiners"])
            outlet = _last_capitalised_run(named) or d.name or named
            state.attribute(d, inner, toks)
            d.via = [*d.via, outlet]
            return


def _last_capitalised_run(text: str) -> str:
    run: list[str] = []
    best: list[str] = []
    for w in text.split():
        if w[:1].isupper():
            run.append(w)
        else:
            best, run = (run or best), []
    return " ".join(run or best)
