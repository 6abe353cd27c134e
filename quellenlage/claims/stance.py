"""Stance (assert / deny / uncertain) and hedging of a claim.

Stance comes first from the cue verb (``stance`` in ``claim_verbs.toml``: "dementierte"
-> deny), then from the stance words of ``claim_markers.toml`` in the claim's text
("als unbelegt zurückgewiesen" -> deny; "es ist unklar, ob" -> uncertain). Hedging is the
outlet's distance: a reportive "soll … haben" or an adverb like "angeblich" inside the
claim's span, outside any quotation (inside a quote it is the source's own word).
"""

from __future__ import annotations

from .lexicon import Lexicon


def stance_of(text: str, lex: Lexicon, verb_stance: str = "assert") -> str:
    if verb_stance != "assert":
        return verb_stance
    if lex.deny is not None and lex.deny.search(text):
        return "deny"
    if lex.uncertain is not None and lex.uncertain.search(text):
        return "uncertain"
    return "assert"


def _modal(text: str, lex: Lexicon):
    """The reportive "soll … haben" in ``text`` (the gate regex first: most text has no modal)."""
    if lex.reportive_modal is None or (lex.reportive_gate is not None and not lex.reportive_gate.search(text)):
        return None
    return lex.reportive_modal.search(text)


def is_hedged(text: str, lex: Lexicon) -> bool:
    """``text`` with quotations already blanked out by the caller."""
    if _modal(text, lex):
        return True
    return lex.hedge is not None and bool(lex.hedge.search(text))


def reportive_cue(text: str, lex: Lexicon) -> tuple[int, int, bool] | None:
    """Where a hearsay marker without a named source stands in ``text``, and whether it
    hedges ("soll … haben", "reportedly": yes; a plain agentless "it has been reported that":
    only when a hedge word stands in the sentence too), or None."""
    if lex.reportive_any is not None and lex.reportive_any.search(text) is None:
        return None  # one search where the text holds none of the three (most sentences)
    m = _modal(text, lex) or (lex.reportive_marker.search(text) if lex.reportive_marker is not None else None)
    if m:
        return m.start(), m.end(), True
    m = lex.reportive_plain.search(text) if lex.reportive_plain is not None else None
    return (m.start(), m.end(), is_hedged(text, lex)) if m else None
