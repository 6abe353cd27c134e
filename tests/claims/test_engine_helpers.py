"""Helpers of the claim engine that are rewritten for speed: each against its plain definition."""

from __future__ import annotations

from quellenlage.claims.core import blank_masked
from quellenlage.claims.lexicon import lexicon
from quellenlage.document import Sentence
from quellenlage.nlp.sentences import tokenize


def _naive_blank(text: str, mask: bytearray) -> str:
    return "".join(" " if m else ch for ch, m in zip(text, mask, strict=True))


def test_blank_masked_blanks_exactly_the_masked_characters():
    text = "„Wir handeln“, sagte sie. Er meinte: „Bald.“ Ende"
    for spans in ([], [(0, 13)], [(0, 13), (37, 44)], [(0, len(text))], [(len(text) - 1, len(text))], [(3, 4), (4, 6)]):
        mask = bytearray(len(text))
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)
        assert blank_masked(text, mask) == _naive_blank(text, mask)
    assert blank_masked("", bytearray()) == ""


def _naive_has_cue(lex, text: str, sentence: Sentence) -> bool:
    prev = ""
    for t in sentence.tokens:
        low = t.text.lower()
        if low in lex.verbs or (low in lex.trailing_so and prev in (",", "–", "—", "-")):
            return True
        prev = low
    return lex.any_marker.search(text, sentence.start, sentence.end) is not None


def test_has_cue_agrees_with_a_token_by_token_scan():
    lex = lexicon("de")
    texts = ["Der Minister sagte, die Lage sei ernst.", "Die Lage ist ernst, so Berger.",
             "So Berger über die Lage.", "Die Lage ist ernst.", "Laut Polizei war es ein Unfall.",
             "Die Lage ist ernst – so die Ministerin.", "Der Zug fährt so schnell wie nie."]
    for text in texts:
        sent = Sentence(start=0, end=len(text), tokens=tokenize(text))
        assert lex.has_cue(text, sent) == _naive_has_cue(lex, text, sent), text
    assert lex.has_cue(texts[0], Sentence(start=0, end=len(texts[0]), tokens=tokenize(texts[0])))
    assert not lex.has_cue(texts[3], Sentence(start=0, end=len(texts[3]), tokens=tokenize(texts[3])))


def test_has_cue_is_kept_on_the_sentence_and_asked_again_when_its_inputs_change():
    de, en = lexicon("de"), lexicon("en")
    text = "Der Minister sagte, die Lage sei ernst."
    sent = Sentence(start=0, end=len(text), tokens=tokenize(text))
    assert de.has_cue(text, sent) and sent.cue_memo[-1] is True
    sent.cue_memo = sent.cue_memo[:-1] + (False,)  # a kept answer is used as long as the inputs are the same
    assert de.has_cue(text, sent) is False
    assert en.has_cue(text, sent) == _naive_has_cue(en, text, sent)  # another lexicon asks anew
    other = "Die Lage ist ernst und bleibt es auch."
    sent.start, sent.end, sent.tokens = 0, len(other), tokenize(other)
    assert de.has_cue(other, sent) is False  # new text and tokens: asked anew
    sent.tokens.append(tokenize("sagte")[0])  # the token list grew: asked anew
    assert de.has_cue(other, sent) is True


def test_word_start_alternation_matches_where_the_plain_alternation_does():
    import re

    from quellenlage.claims.lexicon import word_start_alternation

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
    import re

    lex = lexicon("de")
    markers = [p.pattern for p in (lex.source_before, lex.source_after, lex.source_from, lex.possessive, lex.own,
                                   lex.anaphoric, lex.reportive_marker, lex.reportive_plain) if p is not None]
    plain = re.compile(rf"{'|'.join(markers)}|[\"„“”»«:]", re.IGNORECASE)
    texts = ["Laut Polizei war es ein Unfall.", "Nach eigenen Angaben hat die Firma gewonnen.",
             "Demnach bleibt alles beim Alten.", "Der Bauer mäht die Wiese.", "Dem Bericht zufolge stieg die Zahl.",
             "Die Firma hat angeblich gewonnen.", "Die Glocken haben gelaut.", "Er kam: zu spät."]
    for text in texts:
        assert (plain.search(text) is None) == (lex.any_marker.search(text) is None), text


def test_the_source_marker_gate_finds_a_match_wherever_a_source_marker_does():
    from quellenlage.claims.lexicon import source_marker_patterns

    for code, texts in (("de", ["Laut Polizei war es ein Unfall.", "Seinen Angaben nach kam er zu spät.",
                                "Nach eigenen Angaben gewann die Firma.", "Dem Bericht zufolge stieg die Zahl.",
                                "Wie aus dem Bericht hervorgeht, stieg die Zahl.", "Die Glocken haben gelaut.",
                                "Der Zug kam pünktlich an."]),
                        ("en", ["According to the police it was an accident.", "The train arrived on time."])):
        lex = lexicon(code)
        patterns = [p for p, _ in source_marker_patterns(lex) if p is not None]
        assert patterns and lex.any_source_marker is not None
        for text in texts:
            for start in range(0, len(text), 3):
                if any(p.search(text, start) for p in patterns):
                    assert lex.any_source_marker.search(text, start), (text, start)
        assert lex.any_source_marker.search(texts[0]) and not lex.any_source_marker.search(texts[-1])
