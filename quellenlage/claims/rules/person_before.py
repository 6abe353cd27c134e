"""Person before: a quotation with no cue of its own, right after a sentence about a person.

"Mazzucotelli wundert sich über die Sperre. „Wir wissen doch alle, …“": the sentence before
the quote (same paragraph) claims nothing, holds no quotation and names a person in its main
clause (:func:`.named_speaker.first_speaker`); the quote, which opens its own sentence and speaks
in the first person ("ich", "wir": ``first_person`` in ``claim_sources.toml``), is that person's words. Asked only when the quotation rule found no speaker for the quote otherwise.
"""

from __future__ import annotations

import re

from ..core import Draft
from ..quotes import Quote
from ..state import ClaimState
from .named_speaker import claim_for_first_speaker, main_clause

#: The entity type of a person named nearby (:func:`person_nearby`).
PERSONS = frozenset({"PER"})

_WORD = re.compile(r"\w+")


def person_before(state: ClaimState, q: Quote, i: int, d: Draft) -> bool:
    """The direct claim of ``q`` by the person the sentence before it names; True when made."""
    if i == 0 or state.sents[i - 1].paragraph != state.sents[i].paragraph:
        return False
    if state.text[state.sents[i].start:q.start].strip():
        return False  # the quote opens its sentence
    a, b = q.inner
    if not any(w.lower() in state.lex.src["first_person"] for w in _WORD.findall(state.text, a, b)):
        return False  # no one speaks in it ("„Was lange währt, wird gut.“")
    before = state.sents[i - 1]
    if any(d2.start < before.end and d2.end > before.start for d2 in state.drafts) \
            or any(state.in_quote(t.start) for t in before.tokens):
        return False
    toks = main_clause(state, before.tokens)
    toks = toks[:next((n for n, t in enumerate(toks) if t.text == ","), len(toks))]
    return claim_for_first_speaker(state, d, toks)


#: A quotation given to the person named nearby must have at least this many words: shorter
#: quoted sentences are titles, slogans and subheadings ("„Für Reformen kämpfen“").
NEARBY_MIN_WORDS = 7
#: How many sentences back the person may be named (within its paragraph and the one before).
NEARBY_REACH = 8


def person_nearby(state: ClaimState, q: Quote, i: int, d: Draft) -> bool:
    """ "Die Bürgermeisterin Eva Roth eröffnete den Park.\\n„Für die Kinder ist das ein Gewinn. …“":
    a quotation that fills its sentence, with no cue and no speaker found by the steps before, is
    the words of the person named last (outside quotations) before it in its paragraph or the
    paragraph before: the speaker the annotation guide calls "nearby". The last resort of the
    quotation rule; on de/train and de/dev such sentences were a gold claim in 34 of 48 cases and
    the person named last their speaker in 24. True when it made the claim."""
    text, s = state.text, state.sents[i]
    if text[s.start:q.start].strip():
        return False  # the quote opens its sentence
    a, b = q.inner
    if len(_WORD.findall(text, a, b)) < NEARBY_MIN_WORDS:
        return False
    last = state.sents[state.sentence_of(max(q.start, q.end - 1), i)]
    if text[q.end:max(q.end, last.end)].strip(" .!?\n"):
        return False  # words after the quote: part of a sentence of the outlet's
    first = i
    while first > 0 and i - first < NEARBY_REACH and state.sents[first - 1].paragraph >= q.paragraph - 1:
        first -= 1
    person = state.last_named(state.sents[first].start, q.start, PERSONS)
    if person is None:
        return False
    d.name, d.kind = person.name, "named"
    state.add(d)
    return True
