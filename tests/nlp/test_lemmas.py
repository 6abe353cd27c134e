"""quellenlage.nlp.lemmas: simplemma's answers, from a cached SQLite copy of its dictionary."""

from __future__ import annotations

import os

import pytest
import simplemma

from quellenlage.nlp import lemmas

# dictionary forms, compounds simplemma decomposes, hyphenated, capitalised and unknown words
WORDS = {
    "de": ["Containern", "Frachtcontainern", "Tonnen", "Kfz-Händlern", "Soldaten", "Häusern", "Quadratkilometern",
           "gingen", "Blumentöpfe", "Xyzqwertzen", "Euro", "Menschen", "Bäume", "Ölfässern"],
    "en": ["residents", "containers", "deliveries", "went", "mice", "tonnes", "xyzzies", "Officials"],
}


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path / "cache"))
    lemmas._lemmatizer.cache_clear()
    yield tmp_path / "cache"
    lemmas._lemmatizer.cache_clear()


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_same_lemmas_as_simplemma(fresh, lang):
    got = [lemmas.lemmatize(w, lang) for w in WORDS[lang]]
    assert got == [simplemma.lemmatize(w, lang=lang) for w in WORDS[lang]]
    names = {p.name for p in fresh.iterdir()}
    assert f"simplemma-{simplemma.__version__}-{lang}.sqlite" in names  # the dictionary's copy
    assert {n for n in names if not n.startswith(f"words-simplemma-{lang}-")} == {
        f"simplemma-{simplemma.__version__}-{lang}.sqlite"}  # and the answers kept (nlp/wordmemo.py)


def test_a_later_process_reads_the_copy_without_decoding_the_dictionary(fresh, monkeypatch):
    lemmas.lemmatize("Containern", "de")  # builds the copy
    lemmas._lemmatizer.cache_clear()

    from simplemma.strategies.dictionaries import dictionary_factory

    def no_decoding(lang):
        raise AssertionError("the whole dictionary was decoded again")

    monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk", no_decoding)
    assert lemmas.lemmatize("Frachtcontainern", "de") == "Frachtcontainer"


def test_unwritable_cache_falls_back_to_simplemma_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(blocker / "cache"))
    lemmas._lemmatizer.cache_clear()
    try:
        assert lemmas.lemmatize("Containern", "de") == simplemma.lemmatize("Containern", lang="de")
        assert not (blocker / "cache").exists() and not list(tmp_path.glob("*.part"))
    finally:
        lemmas._lemmatizer.cache_clear()


def test_unknown_language_is_a_value_error(fresh):
    with pytest.raises(ValueError):
        lemmas.lemmatize("Wort", "xx")
    assert not fresh.exists() or not os.listdir(fresh)
