"""POS and lemma where the claim engine needs them, with HanTa (STTS tags), cheaply.

The engine needs tags for one thing only: the regular Konjunktiv I ("er verkaufe",
"sie liefere"), which it tells from a finite verb whose lemma it knows
(:mod:`.morphology`). Tagging whole sentences with HanTa costs about 3,400 tokens/s, five
times the rest of the analysis, so the default stage tags *words*, not sentences: in the
sentences that hold a claim cue or follow one closely (``candidate_indexes``; a single
compiled regex per sentence), only the lower-case words that could be such a form (ending
in "-e", not already in the Konjunktiv lists of ``lang/<lang>/konjunktiv.toml``) are looked up
with HanTa's word analysis (the model that file names: only German has one), once per distinct word per process (cached). Context-free
analysis is enough for these forms: "verkaufe" -> verkaufen/VVFIN, "neue" -> neu/ADJA.

``tag_sentence`` still tags a whole sentence in context for callers that want every tag.
Replace this stage through the registry to use another tagger, e.g. spaCy (see
``docs/tagger.md`` and :mod:`.spacy_tagger`)::

    quellenlage analyze --stage tagger=quellenlage.nlp.spacy_tagger:tag page.html

A replacement sets ``token.pos`` (STTS) and ``token.lemma`` and ``sentence.tagged`` on
the sentences it wants; the claim engine reads them where present and falls back to
its word lists where not.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..document import Document, Sentence, Token
from ..lang import MissingResource, load
from ..lang.claim_cues import cue_gate, memo_of
from .wordmemo import SEP, WordMemo, install_key, word_memo

_lock = threading.Lock()
FOLLOW = 4  # sentences after a cue sentence that may continue its claim


@cache
def hanta_model(lang: str) -> str | None:
    """The HanTa model that tags ``lang`` (``tagger_model`` in its ``konjunktiv.toml``), or None."""
    try:
        return load(lang, "konjunktiv").get("tagger_model")
    except MissingResource:
        return None


@cache
def _hanta(lang: str = "de") -> Any | None:
    """HanTa's model of the language; after the first start read back from the user cache
    (unzipped and unpickled in a third of the time), keyed by the installed model file."""
    name = hanta_model(lang)
    if name is None:
        return None
    try:
        from HanTa import HanoverTagger as ht

        from ..buildcache import cached_build

        model = Path(ht.__file__).with_name(name)
        stat = model.stat()
        return cached_build(f"hanta-{lang}", lambda: ht.HanoverTagger(name), [],
                            extra=f"{model} {stat.st_mtime_ns} {stat.st_size}")
    except Exception:  # missing package or model: the engine still works from its word lists
        return None


def tag_sentence(sentence: Sentence, lang: str = "de") -> None:
    """Fill ``pos`` and ``lemma`` of the sentence's tokens with HanTa (a language with a model)."""
    tagger = _hanta(lang)
    if tagger is None or sentence.tagged or not sentence.tokens:
        return
    words = [t.text for t in sentence.tokens]
    with _lock:
        tags = tagger.tag_sent(words, taglevel=1)
    for tok, (_w, lemma, pos) in zip(sentence.tokens, tags, strict=False):
        tok.lemma, tok.pos = lemma, pos.replace("(", "").replace(")", "")
    sentence.tagged = True


def candidate_indexes(doc: Document) -> list[int]:
    """Sentences that hold a cue, and the few after each in the same paragraph (continuations)."""
    gate, memo = cue_gate(doc.article.language or "de"), memo_of(doc.user_data)
    text = doc.text
    out: set[int] = set()
    for i, s in enumerate(doc.sentences):
        if gate.may_hold_cue(text, s, memo):
            out.update(j for j in range(i, min(len(doc.sentences), i + FOLLOW + 1))
                       if doc.sentences[j].paragraph == s.paragraph)  # continuations stay in the paragraph
    return sorted(out)


@lru_cache(maxsize=100_000)
def analyze_word(word: str, lang: str = "de") -> tuple[str, str] | None:
    """``(lemma, STTS tag)`` of one word out of context, or None without a HanTa model. HanTa's
    answer for a word depends on nothing else, so it is kept between processes (:mod:`.wordmemo`)
    and HanTa is loaded only for a word no earlier process asked about."""
    memo = _memo(lang)
    known = memo.get(word)
    if known is not None:
        lemma, pos = known.split(SEP)
    else:
        tagger = _hanta(lang)
        if tagger is None:
            return None
        with _lock:
            lemma, pos = tagger.analyze(word)
        memo.put(word, f"{lemma}{SEP}{pos}")
    return lemma, pos.replace("(", "").replace(")", "")


def _memo(lang: str) -> WordMemo:
    return word_memo(f"hanta-{lang}", _model_key(lang))


@cache
def _model_key(lang: str) -> str | None:
    """A key of the installed HanTa and the language's model (found without loading them), or None."""
    name = hanta_model(lang)
    return None if name is None else install_key("HanTa", ("HanoverTagger.py", name))


def _may_be_konjunktiv(word: str, before: str, known: frozenset[str], not_after: frozenset[str]) -> bool:
    """A lower-case word in "-e" that is neither listed nor right after a determiner."""
    return (len(word) >= 4 and word.endswith("e") and word[:1].islower() and word.isalpha()
            and word not in known and before.lower() not in not_after)


def tag_candidates(doc: Document) -> Document:
    """Pipeline stage: HanTa lemma and tag for the possible Konjunktiv forms of candidate sentences."""
    lang = doc.article.language or "de"
    if _model_key(lang) is None:  # no model for the language, or HanTa not installed
        return doc
    known, not_after = _mood_lists(lang)
    for i in candidate_indexes(doc):
        sent = doc.sentences[i]
        before = ""
        for tok in sent.tokens:
            word = tok.text
            # the test's cheapest part first, in line: most words do not end in "e"
            if word[-1:] == "e" and tok.pos is None and _may_be_konjunktiv(word, before, known, not_after):
                found = analyze_word(word, lang)
                if found is not None:
                    tok.lemma, tok.pos = found
            before = word
        sent.tagged = True
    return doc


def tag_word_on_demand(tok: Token, before: str, lang: str = "de") -> bool:
    """Tag one word that could be a regular Konjunktiv I (the morphology asks); True if tagged."""
    known, not_after = _mood_lists(lang)
    if not _may_be_konjunktiv(tok.text, before, known, not_after):
        return False
    found = analyze_word(tok.text, lang)
    if found is None:
        return False
    tok.lemma, tok.pos = found
    return True


@cache
def _mood_lists(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words never looked up (listed forms, function words) and the words no verb follows."""
    try:
        d = load(lang, "konjunktiv")
    except MissingResource:
        return frozenset(), frozenset()
    known = frozenset(d.get("irregular_k1", [])) | frozenset(d.get("k2", [])) | frozenset(d.get("not_verbs", []))
    return known, frozenset(d.get("not_after", []))
