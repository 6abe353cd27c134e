"""What must hold for every analysis, whatever the input: the fuzz suite's oracle.

``check_document`` raises ``AssertionError`` naming the first broken rule. It is used by
the short Hypothesis run in ``tests/fuzz`` and by ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import json

from quellenlage.claims.core import MAX_CLAIM
from quellenlage.document import Document
from quellenlage.extract import NoArticleError
from quellenlage.extract.language import UnsupportedLanguage

#: Refusals the pipeline documents for input that holds no article it can read.
EXPECTED_REFUSALS = (NoArticleError, UnsupportedLanguage)


def _inside(text: str, start, end, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{what}: offsets {start!r}, {end!r} are not ints"
    assert 0 <= start <= end <= len(text), f"{what}: [{start}, {end}) outside text of length {len(text)}"


def _span(text: str, span, what: str, empty_ok: bool = False) -> None:
    _inside(text, span.start, span.end, what)
    if not empty_ok:
        assert span.start < span.end, f"{what}: empty span at {span.start}"
    if span.text is not None:
        assert span.text == text[span.start:span.end], f"{what}: text {span.text!r} != article text"


def check_document(doc: Document) -> None:
    text = doc.article.text
    assert isinstance(text, str)
    for s in doc.sentences:
        _inside(text, s.start, s.end, "sentence")
        for t in s.tokens:
            _inside(text, t.start, t.end, "token")
            assert t.text == text[t.start:t.end], f"token {t.text!r} != article text"
    for q in doc.quantities:
        _span(text, q, "article quantity")
    for e in doc.entities:
        for m in e.mentions:
            _inside(text, m.start, m.end, f"entity {e.id} mention")
            assert m.start < m.end, f"entity {e.id}: empty mention"
    entity_ids = {e.id for e in doc.entities}
    for c in doc.claims:
        _span(text, c.span, f"claim {c.id} span")
        _span(text, c.content, f"claim {c.id} content")
        assert c.content.text is not None, f"claim {c.id}: content without text"
        assert c.span.start <= c.content.start and c.content.end <= c.span.end, f"claim {c.id}: content outside span"
        assert c.span.end - c.span.start <= MAX_CLAIM, f"claim {c.id}: span of {c.span.end - c.span.start} chars"
        if c.cue is not None:
            _span(text, c.cue, f"claim {c.id} cue")
        if c.source is not None and c.source.start is not None:
            _inside(text, c.source.start, c.source.end, f"claim {c.id} source")
            assert c.source.text == text[c.source.start:c.source.end], f"claim {c.id}: source text differs"
        if c.source is not None and c.source.entity is not None:
            assert c.source.entity in entity_ids, f"claim {c.id}: source entity {c.source.entity} unknown"
        for q in c.quantities:
            _span(text, q, f"claim {c.id} quantity")
    data = doc.to_dict()
    # Valid JSON (no NaN) and valid UTF-8: a lone surrogate in any string raises here.
    encoded = json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    assert json.loads(encoded.decode("utf-8")) == data, "JSON does not round-trip"


def analyze_and_check(raw) -> Document | None:
    """Analyse ``raw`` (text, a RawInput, or a file's bytes) and check every rule; None for a documented refusal."""
    from quellenlage.ingest.readers import InputError, read_bytes
    from quellenlage.pipeline import analyze

    try:
        if isinstance(raw, bytes):
            raw = read_bytes(raw, "<fuzz>")
        doc = analyze(raw)
    except InputError:
        return None
    except EXPECTED_REFUSALS:
        return None
    check_document(doc)
    return doc
