"""Run the claim engine on a small text of our own, without extraction."""

from __future__ import annotations

from quellenlage.claims import find_claims
from quellenlage.document import Document, RawInput
from quellenlage.nlp import split_sentences, tag_candidates


def claims_of(text: str, lang: str = "de") -> list:
    doc = Document(raw=RawInput(name="<test>", content=text, kind="text"))
    doc.set_text(text)
    doc.article.language = lang
    for stage in (split_sentences, tag_candidates, find_claims):
        doc = stage(doc)
    return doc.claims


def names(claim) -> str:
    src = claim.source
    return " | ".join(x for x in (src.name, src.text) if x) if src else ""
