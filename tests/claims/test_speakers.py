"""claims/speakers.py: a source must be something that can speak (invented sentences)."""

from __future__ import annotations

import pytest

from quellenlage.claims.lexicon import lexicon
from quellenlage.claims.speakers import can_speak
from quellenlage.document import Source
from quellenlage.pipeline import analyze

TEXT = ("Die Sprecherin Nora Wild äußerte sich am Montag zur Lage. Darin seien alle einig. "
        "Am Abend sprach auch Lea Darin, die Leiterin der Feuerwehr.")


@pytest.fixture(scope="module")
def doc():
    return analyze(TEXT)


def _source(doc, words: str) -> Source:
    start = doc.text.index(words)
    return Source(text=words, start=start, end=start + len(words), name=words, kind="named")


@pytest.mark.parametrize(("words", "speaks"), [
    ("Nora Wild", True),
    ("Die Sprecherin", True),
    ("Inmitten der Gerüchte", False),  # a preposition
    ("Anfang August", False),  # a time word (time_words)
    ("Solange", False),  # a conjunction
    ("Darin", False),  # a pronominal adverb: HanTa's reading (function_tags)
    ("Gegenwärtig", False),  # a time adverb (time_words)
    ("Ebenso", False),  # an adverb: HanTa's reading
    ("Fröhlich", True),  # an adjective may be a surname: "Fröhlich sagte, …"
    ("Nicht", False),  # the negator
    ("Mitte Oktober", False),  # a time word before a month name (months.txt)
    ("Oktober", False),  # a month name (months.txt)
    ("Donnerstag", False),  # a weekday (weekdays)
])
def test_can_speak(words, speaks):
    assert _speaks("de", f"Die Sprecherin Nora Wild äußerte sich am Montag. {words} habe es gesagt.", words) is speaks


def _speaks(lang: str, text: str, words: str) -> bool:
    """Whether ``words``, the last time they stand in ``text``, could speak as a claim's source."""
    start = text.rindex(words)
    source = Source(text=words, start=start, end=start + len(words), name=words, kind="named")
    return can_speak(analyze(text), source, lexicon(lang))


def test_a_word_written_capitalised_inside_a_sentence_is_a_name(doc):
    # "Darin" opens a sentence, but the article also writes "Lea Darin": a surname
    assert can_speak(doc, _source(doc, "Darin"), lexicon("de"))


def test_a_carried_name_always_speaks(doc):
    assert can_speak(doc, Source(text=None, start=None, end=None, name="Nora Wild", kind="named"), lexicon("de"))


def test_in_the_pipeline_a_fronted_adverb_is_no_source():
    claims = analyze("Aktuell sagte der Mannschaftsarzt, alle Spieler seien gesund.").claims
    assert claims and all(c.source is None or c.source.name != "Aktuell" for c in claims)


def test_month_names_and_weekdays_are_time_words_written_once_in_their_data_files():
    from quellenlage.lang import load

    lex, data = lexicon("de"), load("de", "claim_sources")
    months, weekdays = {w.lower() for w in load("de", "months")}, set(data["weekdays"])
    assert {"oktober", "jänner"} <= months and "donnerstag" in weekdays
    assert months | weekdays <= lex.src["function_words"]  # time words: no speaker
    assert weekdays <= lex.src["skip"]  # "sagte am Donnerstag X"
    assert not (months | weekdays) & (set(data["time_words"]) | set(data["skip"]))  # not written again


@pytest.mark.parametrize(("words", "speaks"), [
    ("Yesterday", False), ("Earlier", False), ("Monday", False),  # time words and weekdays (claim_sources.toml)
    ("Nora Wild", True), ("The spokeswoman", True),
])
def test_english_time_words_never_speak(words, speaks):
    assert _speaks("en", f"The spokeswoman Nora Wild spoke on Monday. {words} said the plan was safe.", words) is speaks
