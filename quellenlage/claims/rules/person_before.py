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
