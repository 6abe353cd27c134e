"""The linear sentence splitter and tokenizer (behaviour on German news writing)."""

from __future__ import annotations

from quellenlage.nlp.sentences import MAX_SENTENCE, sentences, split, tokenize


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e, _p in split(text, "de")]


def test_full_stop_question_and_exclamation_end_sentences() -> None:
    assert texts("Es regnet. Wer kommt? Niemand!") == ["Es regnet.", "Wer kommt?", "Niemand!"]


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert texts("Das gilt z. B. für Dr. Weber und Prof. Lang. Dann kam der Regen.") == [
        "Das gilt z. B. für Dr. Weber und Prof. Lang.", "Dann kam der Regen."]


def test_ordinal_before_a_month_is_a_date() -> None:
    assert texts("Am 3. Oktober ist Feiertag. Die Läden bleiben zu.") == [
        "Am 3. Oktober ist Feiertag.", "Die Läden bleiben zu."]


def test_single_initial_is_no_boundary() -> None:
    assert len(texts("Der Autor J. Berger las vor. Alle hörten zu.")) == 2


def test_closing_quote_stays_with_its_sentence() -> None:
    assert texts("„Wir kommen.“ Das sagte sie.") == ["„Wir kommen.“", "Das sagte sie."]


def test_lower_case_after_a_full_stop_continues_the_sentence() -> None:
    assert len(texts("Die Version 2.0 ist da. die Kleinschreibung bleibt.")) == 1


def test_paragraph_break_always_ends_a_sentence_and_counts_paragraphs() -> None:
    parts = split("Erster Absatz ohne Punkt\nZweiter Absatz.", "de")
    assert [p for _s, _e, p in parts] == [0, 1]


def test_offsets_are_trimmed_and_point_into_the_text() -> None:
    text = "  Eins.   Zwei.  "
    for s, e, _p in split(text, "de"):
        assert text[s:e] in ("Eins.", "Zwei.")


def test_run_on_text_is_cut_into_bounded_pieces() -> None:
    text = "wort " * 3000
    parts = split(text, "de")
    assert len(parts) > 1
    assert all(e - s <= MAX_SENTENCE for s, e, _p in parts)


def test_tokens_keep_hyphens_and_drop_a_word_final_stop() -> None:
    toks = [t.text for t in tokenize("Der 48-Jährige sagte: „Nein.“ Die Version 2.0 kam.")]
    assert toks == ["Der", "48-Jährige", "sagte", ":", "„", "Nein", "“", "Die", "Version", "2.0", "kam"]


def test_a_full_stop_is_a_token_only_where_no_word_ends_right_before_it() -> None:
    toks = [(t.text, t.start) for t in tokenize("Er sagte z.B. nichts... Dann: „Ja.“ . Ende_gut.", 10)]
    assert [text for text, _ in toks] == ["Er", "sagte", "z.B", "nichts", ".", ".", "Dann", ":", "„", "Ja", "“",
                                          ".", "Ende_gut"]
    assert [start for text, start in toks if text == "."] == [31, 32, 46]


def test_tokens_carry_offsets() -> None:
    text = "Ein Satz mit Wörtern."
    for t in tokenize(text, 100):
        assert text[t.start - 100:t.end - 100] == t.text


def test_sentences_with_tokens() -> None:
    sents = sentences("Sie kam heute. Er ging.", "de", with_tokens=True)
    assert [[t.text for t in s.tokens] for s in sents] == [["Sie", "kam", "heute"], ["Er", "ging"]]
