"""The claim cue gate shared by the tagger and the claims stage (``quellenlage/lang/claim_cues.py``):
each fast path against its plain definition, and its answers kept per document."""

from __future__ import annotations

import re

from quellenlage.document import Sentence
from quellenlage.lang.claim_cues import claim_markers, cue_gate, memo_of, word_start_alternation
from quellenlage.nlp.sentences import tokenize


def _naive_may_hold_cue(gate, text: str, sentence: Sentence) -> bool:
    prev = ""
    for t in sentence.tokens:
        low = t.text.lower()
        if low in gate.verbs or (low in gate.trailing_so and prev in (",", "–", "—", "-")):
            return True
        prev = low
    return gate.any_marker.search(text, sentence.start, sentence.end) is not None


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), tokens=tokenize(text))


def test_the_gate_agrees_with_a_token_by_token_scan():
    gate = cue_gate("de")
    texts = ["Der Minister sagte, die Lage sei ernst.", "Die Lage ist ernst, so Berger.",
             "So Berger über die Lage.", "Die Lage ist ernst.", "Laut Polizei war es ein Unfall.",
             "Die Lage ist ernst – so die Ministerin.", "Der Zug fährt so schnell wie nie."]
    for text in texts:
        sent = _sentence(text)
        assert gate.may_hold_cue(text, sent) == _naive_may_hold_cue(gate, text, sent), text
    assert gate.may_hold_cue(texts[0], _sentence(texts[0]))
    assert not gate.may_hold_cue(texts[3], _sentence(texts[3]))


def test_an_answer_is_kept_for_the_document_and_asked_again_when_its_inputs_change():
    de, en = cue_gate("de"), cue_gate("en")
    memo = memo_of({})
    text = "Der Minister sagte, die Lage sei ernst."
    sent = _sentence(text)
    assert de.may_hold_cue(text, sent, memo) and memo[id(sent)][-1] is True
    memo[id(sent)] = memo[id(sent)][:-1] + (False,)  # a kept answer is used as long as the inputs are the same
    assert de.may_hold_cue(text, sent, memo) is False
    assert en.may_hold_cue(text, sent, memo) == _naive_may_hold_cue(en, text, sent)  # another gate asks anew
    other = "Die Lage ist ernst und bleibt es auch."
    sent.start, sent.end, sent.tokens = 0, len(other), tokenize(other)
    assert de.may_hold_cue(other, sent, memo) is False  # new text and tokens: asked anew
    sent.tokens.append(tokenize("sagte")[0])  # the token list grew: asked anew
    assert de.may_hold_cue(other, sent, memo) is True


def test_a_language_without_claim_words_has_a_gate_that_finds_nothing():
    gate = cue_gate("xx")
    assert not gate.may_hold_cue("Er sagte: „Nein.“", _sentence("Er sagte: „Nein.“"))


def test_word_start_alternation_matches_where_the_plain_alternation_does():
    patterns = [r"(?<!\w)(?:laut|gemäß)(?!\w)", r"(?<!\w)(?P<pron>seinen|ihren) Angaben nach", r"(?<!\w)ab|cd",
                r"zufolge(?!\w)", r"(?<!\w)(?:demnach)"]
    combined = word_start_alternation(patterns)
    assert combined.count(r"(?<!\w)") == 2  # one shared test, and the top-level alternation kept whole
    plain, fast = re.compile("|".join(patterns), re.I), re.compile(combined, re.I)
    texts = ["Laut Polizei", "Gelaut der Glocken", "Seinen Angaben nach", "abcd", "xab", "xcd", "dem Bericht zufolge",
             "Demnach ja", "Demnachfolger", "gemäßigt", "nichts davon"]
    for text in texts:
        for start in range(len(text)):
            assert (plain.search(text, start) is None) == (fast.search(text, start) is None), (text, start)


def test_the_marker_regex_finds_a_marker_in_the_same_sentences_as_the_plain_one():
    markers = [p.pattern for p in claim_markers("de").patterns()]
    plain = re.compile(rf"{'|'.join(markers)}|[\"„“”»«:]", re.IGNORECASE)
    gate = cue_gate("de")
    texts = ["Laut Polizei war es ein Unfall.", "Nach eigenen Angaben hat die Firma gewonnen.",
             "Demnach bleibt alles beim Alten.", "Der Bauer mäht die Wiese.", "Dem Bericht zufolge stieg die Zahl.",
             "Die Firma hat angeblich gewonnen.", "Die Glocken haben gelaut.", "Er kam: zu spät."]
    for text in texts:
        assert (plain.search(text) is None) == (gate.any_marker.search(text) is None), text


def test_the_any_cue_regex_is_compiled_only_when_a_sentence_without_tokens_asks():
    gate = cue_gate("de")
    gate.__dict__.pop("any_cue", None)  # as built: the alternation of every verb form is not compiled yet
    text = "Der Minister sagte, die Lage sei ernst."
    assert gate.may_hold_cue(text, _sentence(text)) is True  # tokens: a set lookup, no regex compiled
    assert "any_cue" not in gate.__dict__
    assert gate.may_hold_cue(text, Sentence(start=0, end=len(text))) is True  # no tokens: the regex
    assert "any_cue" in gate.__dict__
    assert gate.any_cue.flags & re.IGNORECASE
    assert gate.any_cue.search("Das Wetter ist schön") is None
