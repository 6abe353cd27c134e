"""Sentences, tokens, POS and lemmas, cheaply and only where needed.

Stages (registered in :mod:`quellenlage.pipeline`):

* ``split_sentences`` — every sentence and its tokens, one linear regex pass
  (:mod:`.sentences`);
* ``tag_candidates`` — HanTa POS and lemma for sentences that hold a claim cue or may
  continue one (:mod:`.tagger`); replaceable by any tagger through the registry.

:mod:`.morphology` tells Konjunktiv I/II from a token.
"""

from __future__ import annotations

from ..document import Document
from .sentences import sentences, split, tokenize
from .tagger import tag_candidates, tag_sentence


def split_sentences(doc: Document) -> Document:
    """Pipeline stage: ``doc.sentences`` with tokens (untagged)."""
    doc.sentences = sentences(doc.text, doc.article.language or "de", with_tokens=True)
    return doc


__all__ = ["sentences", "split", "split_sentences", "tag_candidates", "tag_sentence", "tokenize"]
