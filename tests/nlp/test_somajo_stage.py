"""The optional SoMaJo sentence stage: same contract as the default one, swappable by name."""

import pytest

pytest.importorskip("somajo", reason="SoMaJo is an optional extra: pip install 'quellenlage[somajo]'")

from quellenlage.nlp.somajo_stage import somajo_sentences  # noqa: E402
from quellenlage.pipeline import Pipeline  # noqa: E402

TEXT = ("Der Minister reiste am 3. Okt. nach Rostock. „Das ist unklar“, sagte er.\n"
        "\n"
        "Zweiter Absatz: Die Reederei bestritt das. Ende!")


def test_offsets_point_into_the_text_and_tokens_lie_inside_their_sentence():
    sents = somajo_sentences(TEXT, "de")
    for s in sents:
        assert TEXT[s.start:s.end] == TEXT[s.start:s.end].strip() and s.end > s.start
        for t in s.tokens:
            assert TEXT[t.start:t.end] == t.text and s.start <= t.start < t.end <= s.end


def test_abbreviations_do_not_end_sentences_and_lines_are_paragraphs():
    sents = somajo_sentences(TEXT, "de")
    assert [TEXT[s.start:s.end] for s in sents] == [
        "Der Minister reiste am 3. Okt. nach Rostock.", "„Das ist unklar“, sagte er.",
        "Zweiter Absatz: Die Reederei bestritt das.", "Ende!"]
    assert [s.paragraph for s in sents] == [0, 0, 2, 2]


def test_languages_without_a_somajo_model_use_the_default_splitter():
    sents = somajo_sentences("Le ministre a parlé. Il est parti.", "fr")
    assert len(sents) == 2 and all(s.tokens for s in sents)


def test_run_on_sentences_are_cut_like_the_default_stage():
    text = "wort " * 3000
    sents = somajo_sentences(text.strip(), "de")
    assert len(sents) > 1 and max(s.end - s.start for s in sents) <= 4000


def test_swapped_in_by_name_the_pipeline_still_finds_claims():
    nlp = Pipeline(replace={"sentences": "quellenlage.nlp.somajo_stage:split_sentences"})
    doc = nlp.analyze_text("Die Reederei wies die Berichte als unbelegt zurück. Der Sprecher sagte, "
                           "es seien höchstens 50 Tonnen Öl ausgelaufen.")
    assert {c.stance for c in doc.claims} >= {"deny"}
    assert any(q.upper == 50 for c in doc.claims for q in c.quantities)
