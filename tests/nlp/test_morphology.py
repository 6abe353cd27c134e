"""Konjunktiv I/II from word lists and from the lemma rule."""

from __future__ import annotations

import pytest

from quellenlage.document import Token
from quellenlage.nlp.morphology import has_reported_mood, is_konjunktiv1, is_konjunktiv2


def tok(text: str, pos: str | None = None, lemma: str | None = None) -> Token:
    t = Token(text, 0, len(text))
    t.pos, t.lemma = pos, lemma
    return t


@pytest.mark.parametrize("word", ["sei", "seien", "habe", "werde", "könne", "müsse"])
def test_irregular_konjunktiv1_from_the_list(word: str) -> None:
    assert is_konjunktiv1(tok(word))


@pytest.mark.parametrize("word", ["hätten", "würden", "wäre", "könnten"])
def test_konjunktiv2_from_the_list(word: str) -> None:
    assert is_konjunktiv2(tok(word))


def test_regular_konjunktiv1_needs_a_finite_verb_tag_and_lemma() -> None:
    assert is_konjunktiv1(tok("verkaufe", "VVFIN", "verkaufen"))
    assert not is_konjunktiv1(tok("verkauft", "VVFIN", "verkaufen"))  # indicative
    assert not is_konjunktiv1(tok("verkaufe"))  # untagged and not in the list: unknown
    assert not is_konjunktiv1(tok("Ende", "NN", "Enden"))  # not a verb


def test_short_forms_stay_out_of_the_rule() -> None:
    assert not is_konjunktiv1(tok("tue", "VVFIN", "tuen"))


def test_indicative_is_no_reported_mood() -> None:
    assert not has_reported_mood([tok("ist"), tok("hat"), tok("wird"), tok("sagt", "VVFIN", "sagen")])


def test_capitalised_words_are_not_read_as_verbs() -> None:
    assert not has_reported_mood([tok("Sei")])  # a sentence-initial imperative or a name
    assert has_reported_mood([tok("Er"), tok("sei")])


def test_unknown_language_has_no_mood() -> None:
    assert not is_konjunktiv1(tok("sei"), "xx")


def test_fixed_phrases_are_no_reported_speech() -> None:
    def words(text: str) -> list[Token]:
        return [tok(w) for w in text.split(" ")]

    assert not has_reported_mood(words("wir kommen , es sei denn es regnet"))
    assert not has_reported_mood(words("Gott sei Dank ist niemand verletzt"))
    assert has_reported_mood(words("er sagte , es sei spät"))
