"""HanTa tagging, cue-first: only sentences with a claim cue (and a few after) are tagged."""

from __future__ import annotations

import pytest

from quellenlage.document import Document, RawInput
from quellenlage.nlp import split_sentences, tag_candidates
from quellenlage.nlp.tagger import FOLLOW, _hanta, candidate_indexes

needs_hanta = pytest.mark.skipif(_hanta() is None, reason="HanTa model not installed")


def doc_of(text: str, lang: str = "de") -> Document:
    doc = Document(raw=RawInput(name="<t>", content=text, kind="text"))
    doc.set_text(text)
    doc.article.language = lang
    return split_sentences(doc)


def test_candidates_are_cue_sentences_and_their_followers() -> None:
    filler = " ".join(f"Satz Nummer {n} handelt vom Wetter." for n in range(12))
    doc = doc_of(filler + " Der Minister sagte, es regne. " + filler)
    cue = next(i for i, s in enumerate(doc.sentences) if "sagte" in doc.text[s.start:s.end])
    assert candidate_indexes(doc) == list(range(cue, cue + FOLLOW + 1))


def test_text_without_cues_has_no_candidates() -> None:
    assert candidate_indexes(doc_of("Die Sonne scheint. Der Park ist grün.")) == []


@needs_hanta
def test_only_possible_konjunktiv_words_of_candidates_are_tagged() -> None:
    doc = tag_candidates(doc_of("Die Sonne scheine. " * 8 + "Die Ärztin sagte, sie verkaufe nichts."))
    tagged = [s.tagged for s in doc.sentences]
    assert tagged[-1] and not any(tagged[:-1])
    assert all(t.pos is None for s in doc.sentences[:-1] for t in s.tokens)
    words = {t.text: (t.pos, t.lemma) for t in doc.sentences[-1].tokens}
    assert words["verkaufe"] == ("VVFIN", "verkaufen")
    assert words["nichts"] == (None, None)  # not a possible Konjunktiv I form: never looked up


@needs_hanta
def test_tag_sentence_tags_every_word_in_context() -> None:
    from quellenlage.nlp import tag_sentence

    doc = doc_of("Die Ärztin sagte, sie helfe gern.")
    tag_sentence(doc.sentences[0])
    words = {t.text: (t.pos, t.lemma) for t in doc.sentences[0].tokens}
    assert words["sagte"] == ("VVFIN", "sagen")
    assert words["Ärztin"][0] == "NN"


@needs_hanta
def test_tags_make_regular_konjunktiv1_visible() -> None:
    from quellenlage.nlp.morphology import is_konjunktiv1

    doc = tag_candidates(doc_of("Der Händler sagte, er verkaufe nichts und liefere nur."))
    tokens = {t.text: t for t in doc.sentences[0].tokens}
    assert is_konjunktiv1(tokens["verkaufe"])
    assert is_konjunktiv1(tokens["liefere"])  # -ern verb: stem + e
    assert not is_konjunktiv1(tokens["nichts"])


def test_other_languages_are_not_tagged() -> None:
    doc = tag_candidates(doc_of("The minister said it was raining.", "en"))
    assert not any(s.tagged for s in doc.sentences)


def test_the_model_is_named_by_the_language_data() -> None:
    from quellenlage.lang import load
    from quellenlage.nlp.tagger import hanta_model

    assert hanta_model("de") == load("de", "konjunktiv")["tagger_model"]
    assert hanta_model("en") is None  # no konjunktiv.toml: no model, no lookups
    assert hanta_model("xx") is None


@needs_hanta
def test_a_language_without_a_model_is_not_tagged_even_near_a_cue() -> None:
    """An English cue before German words: the English article is not looked up with HanTa."""
    text = "The doctor said sie verkaufe nichts."
    english = tag_candidates(doc_of(text, "en"))
    assert candidate_indexes(english) == [0]
    assert all(t.pos is None for t in english.sentences[0].tokens)
    german = tag_candidates(doc_of("Die Ärztin sagte, sie verkaufe nichts."))
    assert any(t.pos == "VVFIN" for t in german.sentences[0].tokens)
