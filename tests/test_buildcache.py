"""quellenlage.buildcache: a structure built from data is kept between processes, rebuilt when its sources change."""

from __future__ import annotations

import importlib

import pytest

from quellenlage import buildcache
from quellenlage.entities import gazetteer as gazetteer_module


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_build(calls):
    def build():
        calls.append(1)
        return {"built": len(calls)}
    return build


def test_built_once_then_read_back(cache, tmp_path):
    data = tmp_path / "words.tsv"
    data.write_text("a\tb\n", encoding="utf-8")
    calls: list[int] = []
    first = buildcache.cached_build("words", counting_build(calls), [data])
    second = buildcache.cached_build("words", counting_build(calls), [data])
    assert first == second == {"built": 1} and len(calls) == 1
    assert len(list(cache.glob("words-*.pickle"))) == 1 and not list(cache.glob("*.part"))


def test_a_changed_source_or_extra_builds_afresh(cache, tmp_path):
    data = tmp_path / "words.tsv"
    data.write_text("a\tb\n", encoding="utf-8")
    calls: list[int] = []
    buildcache.cached_build("words", counting_build(calls), [data])
    data.write_text("a\tc\n", encoding="utf-8")
    assert buildcache.cached_build("words", counting_build(calls), [data]) == {"built": 2}
    assert buildcache.cached_build("words", counting_build(calls), [data], extra="lib 2") == {"built": 3}


def test_a_damaged_copy_is_rebuilt_and_an_unwritable_cache_is_no_error(cache, tmp_path, monkeypatch):
    data = tmp_path / "words.tsv"
    data.write_text("a\tb\n", encoding="utf-8")
    calls: list[int] = []
    buildcache.cached_build("words", counting_build(calls), [data])
    (kept,) = cache.glob("words-*.pickle")
    kept.write_bytes(b"\x80\x05 not a pickle")
    assert buildcache.cached_build("words", counting_build(calls), [data]) == {"built": 2}
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(blocker / "cache"))
    assert buildcache.cached_build("words", counting_build(calls), [data]) == {"built": 3}


def test_the_cached_gazetteer_equals_a_fresh_build(cache):
    gazetteer_module.gazetteer.cache_clear()
    try:
        gazetteer_module.gazetteer()  # builds and keeps it
        gazetteer_module.gazetteer.cache_clear()
        kept = gazetteer_module.gazetteer()  # read back
        assert list(cache.glob("gazetteer-*.pickle"))
        assert kept == gazetteer_module.build_gazetteer()
    finally:
        gazetteer_module.gazetteer.cache_clear()


def test_the_cached_hanta_model_tags_as_a_fresh_one(cache):
    pytest.importorskip("HanTa")
    from HanTa import HanoverTagger as ht

    from quellenlage.nlp import tagger

    tagger._hanta.cache_clear()
    try:
        tagger._hanta()
        tagger._hanta.cache_clear()
        kept = tagger._hanta()
        assert list(cache.glob("hanta-de-*.pickle"))
        words = ["Die", "Sprecherin", "sagte", ",", "man", "habe", "die", "Anlage", "bereits", "geprüft", "und",
                 "werde", "sie", "morgen", "öffnen", "."]
        fresh = ht.HanoverTagger(tagger.hanta_model("de"))
        assert kept.tag_sent(words, taglevel=1) == fresh.tag_sent(words, taglevel=1)
    finally:
        tagger._hanta.cache_clear()


def test_the_cached_first_names_equal_a_fresh_read_in_the_same_order(cache, monkeypatch):
    persons = importlib.import_module("quellenlage.entities.persons")  # the package exports a function so named
    persons.first_names.cache_clear()
    try:
        built = persons.first_names()  # reads the lists and keeps the result
        assert list(cache.glob("first-names-*.pickle"))
        persons.first_names.cache_clear()

        def no_reading():
            raise AssertionError("the name lists were read again although the cache holds them")

        with monkeypatch.context() as patched:
            patched.setattr(persons.lang, "first_name_rows", no_reading)
            kept = persons.first_names()  # read back
        fresh = persons.read_first_names()
        assert kept == built == fresh and list(kept.items()) == list(fresh.items())
    finally:
        persons.first_names.cache_clear()
