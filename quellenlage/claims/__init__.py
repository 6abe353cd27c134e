"""Claim attribution: who claims what, in which mode, with which stance.

The stage :func:`find_claims` fills ``doc.claims`` (see :mod:`.engine` for the design).
Language knowledge lives in ``quellenlage/lang/<lang>/claim_*.toml`` and
``konjunktiv.toml``; a language without those files yields no claims.

    from quellenlage.pipeline import analyze
    doc = analyze("Der Minister sagte, die Lage sei ernst.")
    doc.claims[0].source.name   # 'Minister'
"""

from __future__ import annotations

import re
from functools import cache

from .. import lang
from ..document import Claim, Document
from .engine import analyze_claims
from .figure_claims import one_claim_per_figure_sentence
from .headlines import headline_claims, position_of
from .interview import interview_claims
from .lexicon import lexicon
from .lists import list_claims
from .source_model import link_sources

#: Page-level rules, in order, run after the sentence rules of ``engine.RULES``: each reads
#: the page's layout and claims only what the sentence rules and the rules before it left.
PAGE_RULES = (interview_claims, headline_claims, list_claims)


def rule_claims(doc: Document) -> list[Claim]:
    """The claims of the sentence rules and the page rules, in text order, each with the
    source its rules read: what the source model (:mod:`.source_model`) chooses among."""
    claims = analyze_claims(doc)
    lex = lexicon(doc.article.language or "de")
    if lex.verbs and doc.text:
        for rule in PAGE_RULES:
            claims += rule(doc, claims, lex)
        claims.sort(key=lambda c: (c.span.start, c.span.end))
    return claims


def find_claims(doc: Document) -> Document:
    """Pipeline stage: every attributed claim and hearsay statement of the article.

    It reads what the stages before it left (``requires`` in :data:`quellenlage.pipeline.STAGES`:
    sentences, tags, quantities, entities) and runs none of them; build the document with a
    :class:`~quellenlage.pipeline.Pipeline`.
    """
    claims = rule_claims(doc)
    lex = lexicon(doc.article.language or "de")
    if lex.verbs and doc.text:
        link_sources(doc, claims, lex)
        claims = one_claim_per_figure_sentence(doc, claims)
        for number, claim in enumerate(claims, 1):
            claim.id = f"c{number}"
            claim.position = position_of(doc, claim.span.start)
            skip_dateline(doc, claim)
    doc.claims = claims
    return doc


@cache
def _dateline() -> re.Pattern[str]:
    return re.compile(lang.load("common", "agencies")["shapes"]["dateline"], re.MULTILINE)


def skip_dateline(doc: Document, claim: Claim) -> None:
    """A claim that opens its paragraph with a dateline ("Berlin (dpa) - Die Lage sei ernst,
    sagte X") starts after it: the place and the agency are the outlet's, not the claim's."""
    line_start = doc.text.rfind("\n", 0, claim.content.start) + 1
    if claim.content.start != line_start:
        return
    m = _dateline().match(doc.text, line_start, claim.content.end)
    if m and m.end() < claim.content.end:
        claim.content = doc.span(m.end(), claim.content.end)
        if claim.span.start == line_start:
            claim.span = doc.span(m.end(), claim.span.end)


__all__ = ["analyze_claims", "find_claims", "rule_claims"]
