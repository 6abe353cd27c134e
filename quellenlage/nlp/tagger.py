"""POS and lemma for the sentences that need them, with HanTa (STTS tags).

Tagging every token costs about 3,400 tokens/s, far too slow for the speed budget, so
the tagger stage only tags *candidate* sentences: those that hold a claim cue or follow
one closely (where a Konjunktiv I continuation may stand). The candidate test is a
single compiled regex over the sentence (``quellenlage.claims.lexicon``).

Replace this stage through the registry to use another tagger, e.g. spaCy::

    quellenlage analyze --stage tagger=my_pkg.spacy_tagger:tag page.html

A replacement sets ``token.pos`` (STTS) and ``token.lemma`` and ``sentence.tagged`` on
the sentences it wants; the claim engine reads them where present and falls back to
its word lists where not.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from ..document import Document, Sentence

_lock = threading.Lock()
FOLLOW = 4  # sentences after a cue sentence that may continue its claim


@cache
def _hanta() -> Any | None:
    try:
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_ger.pgz")
    except Exception:  # missing package or model: the engine still works from its word lists
        return None


def tag_sentence(sentence: Sentence) -> None:
    """Fill ``pos`` and ``lemma`` of the sentence's tokens with HanTa (German only)."""
    tagger = _hanta()
    if tagger is None or sentence.tagged or not sentence.tokens:
        return
    words = [t.text for t in sentence.tokens]
    with _lock:
        tags = tagger.tag_sent(words, taglevel=1)
    for tok, (_w, lemma, pos) in zip(sentence.tokens, tags, strict=False):
        tok.lemma, tok.pos = lemma, pos.replace("(", "").replace(")", "")
    sentence.tagged = True


def candidate_indexes(doc: Document) -> list[int]:
    """Sentences that hold a cue, and the few after each (continuations)."""
    from ..claims.lexicon import lexicon

    lex = lexicon(doc.article.language or "de")
    text = doc.text
    out: set[int] = set()
    for i, s in enumerate(doc.sentences):
        if lex.any_cue.search(text, s.start, s.end):
            out.update(range(i, min(len(doc.sentences), i + FOLLOW + 1)))
    return sorted(out)


def tag_candidates(doc: Document) -> Document:
    """Pipeline stage: HanTa tags for German candidate sentences only."""
    if (doc.article.language or "de") != "de":
        return doc
    for i in candidate_indexes(doc):
        tag_sentence(doc.sentences[i])
    return doc
