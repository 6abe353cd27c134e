"""SoMaJo as the sentence and token stage, for users who want its boundaries over speed.

The default ``sentences`` stage is the one-pass regex splitter of :mod:`.sentences`:
SoMaJo splits German very well but costs about as much as extraction itself, which breaks
the analysis speed budget (``benchmarks/sentences.py`` measures both on the same pages and
how often their boundaries agree). Where boundaries matter more than time, swap it in::

    pip install 'quellenlage[somajo]'     # SoMaJo is GPL-3.0, so it is an opt-in extra
    quellenlage analyze --stage sentences=quellenlage.nlp.somajo_stage:split_sentences …

Paragraphs are the lines of the text, as in the default stage, and every offset points into
``doc.text``. Languages SoMaJo has no model for (anything but German and English) fall back
to the default splitter.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..document import Document, Sentence, Token
from .sentences import MAX_SENTENCE, sentences

#: article language -> SoMaJo model
MODELS = {"de": "de_CMC", "en": "en_PTB"}


@cache
def _tokenizer(model: str) -> Any:
    try:
        from somajo import SoMaJo
    except ImportError as exc:  # a configuration error, said in one line by the pipeline
        raise RuntimeError("the SoMaJo sentence stage needs SoMaJo: pip install 'quellenlage[somajo]'") from exc
    return SoMaJo(model, split_camel_case=False, character_offsets=True)


def somajo_sentences(text: str, lang: str = "de") -> list[Sentence]:
    """Sentences with tokens by SoMaJo; the default splitter for languages it lacks."""
    model = MODELS.get(lang)
    if model is None:
        return sentences(text, lang, with_tokens=True)
    tokenizer = _tokenizer(model)
    out: list[Sentence] = []
    base = 0
    for para, line in enumerate(text.split("\n")):
        if line.strip():
            for sent in tokenizer.tokenize_text([line]):
                spans = [t.character_offset for t in sent]
                tokens = [Token(line[s:e], base + s, base + e) for i, (s, e) in enumerate(spans)
                          if e > s and not _glued_full_stop(line, spans, i)]
                out.extend(_capped(tokens, base + spans[-1][1], para))
        base += len(line) + 1
    return out


def _glued_full_stop(line: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A full stop right after a word: the default tokenizer (and so the claim engine) keeps none."""
    s, e = spans[i]
    return line[s:e] == "." and i > 0 and spans[i - 1][1] == s and line[s - 1].isalnum()


def _capped(tokens: list[Token], end: int, para: int) -> list[Sentence]:
    """One sentence ending at ``end``, or several where a run-on exceeds ``MAX_SENTENCE`` characters."""
    out: list[Sentence] = []
    while tokens:
        cut = next((i for i, t in enumerate(tokens) if t.end - tokens[0].start > MAX_SENTENCE), len(tokens))
        piece, tokens = tokens[:max(cut, 1)], tokens[max(cut, 1):]
        out.append(Sentence(start=piece[0].start, end=piece[-1].end if tokens else end, paragraph=para,
                            tokens=piece))
    return out


def split_sentences(doc: Document) -> Document:
    """Pipeline stage (replaces ``sentences``): ``doc.sentences`` with tokens, by SoMaJo."""
    doc.sentences = somajo_sentences(doc.text, doc.article.language or "de")
    return doc
