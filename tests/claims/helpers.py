"""Run the claim engine on a small text of our own, without extraction: a small pipeline whose
extraction takes the text as it is and whose language is given, then every stage claims needs."""

from __future__ import annotations

from functools import cache

from quellenlage.document import Document, RawInput
from quellenlage.pipeline import Pipeline


def as_written(doc: Document) -> Document:
    """Extraction for tests: the text exactly as given (no head lines, no debris)."""
    doc.set_text(doc.raw.content)
    return doc


@cache
def pipeline(lang: str) -> Pipeline:
    def given_language(doc: Document) -> Document:
        doc.article.language = lang
        return doc

    return Pipeline(replace={"extract": as_written, "language": given_language})


def claims_of(text: str, lang: str = "de") -> list:
    return pipeline(lang)(RawInput(name="<test>", content=text, kind="text")).claims


def names(claim) -> str:
    src = claim.source
    return " | ".join(x for x in (src.name, src.text) if x) if src else ""


A, D, U = "assert", "deny", "uncertain"


def check(text: str, expected: list, lang: str = "de", ignore_case: bool = False) -> None:
    """Assert the claims of ``text``: each row (anchor in the span, source substring or None,
    mode, stance, hedged); an empty list means no claim at all."""
    claims = [c for c in claims_of(text, lang) if c.mode != "assertion"]
    if not expected:
        assert claims == [], [(c.mode, c.span.text) for c in claims]
        return
    for anchor, source, mode, stance, hedged in expected:
        hits = [c for c in claims if anchor in c.span.text]
        assert hits, f"no claim covers {anchor!r}: {[c.span.text for c in claims]}"
        c = hits[0]
        if source is None:
            assert c.source is None or c.source.kind in ("unnamed", "anonymous"), names(c)
        elif ignore_case:
            assert source.casefold() in names(c).casefold(), names(c)
        else:
            assert source in names(c), names(c)
        assert c.mode == mode, (c.mode, c.span.text)
        assert c.stance == stance, (c.stance, c.span.text)
        assert c.hedged == hedged, (c.hedged, c.span.text)
        assert c.content.text == text[c.content.start:c.content.end]
        assert c.span.start <= c.content.start and c.content.end <= c.span.end
    assert len(claims) <= len(expected), [(c.mode, c.span.text) for c in claims]
