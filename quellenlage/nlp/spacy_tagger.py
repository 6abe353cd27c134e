"""A spaCy pipeline in place of HanTa for the tagger stage (optional: ``pip install spacy``).

Use it through the stage registry, with the model named in ``QUELLENLAGE_SPACY_MODEL``
(default ``de_core_news_sm``; install it with ``python -m spacy download de_core_news_sm``)::

    QUELLENLAGE_SPACY_MODEL=de_core_news_md \\
        quellenlage analyze --stage tagger=quellenlage.nlp.spacy_tagger:tag page.html

or from Python with a pipeline object of your own::

    Pipeline(replace={"tagger": spacy_stage(spacy.load("de_core_news_lg"))})

The stage tags the same candidate sentences as the default stage (those with a claim cue
and the few after them), on this package's own tokens, so offsets never change: each
sentence becomes a ``spacy.tokens.Doc`` built from our words and goes through the
pipeline's components. German spaCy models write STTS tags to ``token.tag_``, which is
what the claim engine reads (``pos``), with ``token.lemma_`` as ``lemma``. A sentence
the stage tagged is marked ``tagged``; the engine then trusts its tags and does not
look words up with HanTa.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Any

from ..document import Document
from ..pipeline import StageError
from .tagger import candidate_indexes

DEFAULT_MODEL = "de_core_news_sm"


@cache
def _load(model: str) -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise StageError("the spaCy tagger needs spaCy: pip install 'quellenlage[spacy]'") from exc
    try:
        return spacy.load(model)
    except OSError as exc:
        raise StageError(f"spaCy model {model!r} is not installed: python -m spacy download {model}") from exc


def spacy_stage(nlp: Any, languages: tuple[str, ...] = ("de",)) -> Callable[[Document], Document]:
    """A tagger stage that runs the spaCy pipeline ``nlp`` over the candidate sentences."""
    from spacy.tokens import Doc

    def stage(doc: Document) -> Document:
        if (doc.article.language or "de") not in languages:
            return doc
        for i in candidate_indexes(doc):
            sent = doc.sentences[i]
            if sent.tagged or not sent.tokens:
                continue
            sdoc = Doc(nlp.vocab, words=[t.text for t in sent.tokens])
            for _name, component in nlp.pipeline:
                sdoc = component(sdoc)
            for tok, st in zip(sent.tokens, sdoc, strict=True):
                tok.pos, tok.lemma = st.tag_, st.lemma_  # "" where the model says nothing: no HanTa guess
            sent.tagged = True
        return doc

    return stage


def tag(doc: Document) -> Document:
    """Pipeline stage: spaCy tags with the model of ``QUELLENLAGE_SPACY_MODEL``."""
    model = os.environ.get("QUELLENLAGE_SPACY_MODEL", DEFAULT_MODEL)
    return _stage_for(model)(doc)


@cache
def _stage_for(model: str) -> Callable[[Document], Document]:
    return spacy_stage(_load(model))
