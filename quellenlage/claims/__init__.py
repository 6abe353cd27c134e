"""Claim attribution: who claims what, in which mode, with which stance.

The stage :func:`find_claims` fills ``doc.claims`` (see :mod:`.engine` for the design).
Language knowledge lives in ``quellenlage/lang/<lang>/claim_*.toml`` and
``konjunktiv.toml``; a language without those files yields no claims.

    from quellenlage.pipeline import analyze
    doc = analyze("Der Minister sagte, die Lage sei ernst.")
    doc.claims[0].source.name   # 'Minister'
"""

from __future__ import annotations

from ..document import Claim, Document
from .engine import analyze_claims
from .headlines import headline_claims, position_of
from .interview import interview_claims
from .lexicon import lexicon
from .source_model import relink_sources

#: Page-level rules, in order, run after the sentence rules of ``engine.RULES``: each reads
#: the page's layout and claims only what the sentence rules and the rules before it left.
PAGE_RULES = (interview_claims, headline_claims)


def find_claims(doc: Document) -> Document:
    """Pipeline stage: every attributed claim and hearsay statement of the article, each
    source then chosen among the article's actors by the learned source model."""
    doc.claims = collect_claims(doc)
    relink_sources(doc, doc.claims, doc.article.language or "de")
    return doc


def collect_claims(doc: Document) -> list[Claim]:
    """The claims of the sentence rules and the page rules, in text order, numbered, with
    their position; sources as the rules read them (what the source model is trained on)."""
    if not doc.sentences and doc.text:
        from ..nlp import split_sentences

        split_sentences(doc)
    claims = analyze_claims(doc)
    lex = lexicon(doc.article.language or "de")
    if lex.verbs and doc.text:
        for rule in PAGE_RULES:
            claims += rule(doc, claims, lex)
        claims.sort(key=lambda c: (c.span.start, c.span.end))
        for number, claim in enumerate(claims, 1):
            claim.id = f"c{number}"
            claim.position = position_of(doc, claim.span.start)
    return claims


__all__ = ["analyze_claims", "collect_claims", "find_claims"]
