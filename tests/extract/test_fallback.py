"""trafilatura's justext stop list made ready before a run's workers fork: the same words trafilatura
joins itself, installed where it looks for them, and read back from the user cache after the first
process built it."""

from __future__ import annotations

import pytest
from justext.core import define_stoplist
from trafilatura import external

from quellenlage.extract.fallback import justext_stoplist, preload_justext


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """No stop list built yet in this process, and an empty user cache."""
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path))
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    define_stoplist.cache_clear()
    yield tmp_path
    define_stoplist.cache_clear()


def test_preload_installs_the_words_trafilatura_joins_and_justexts_set_of_them(fresh, monkeypatch):
    preload_justext()
    installed = external.JT_STOPLIST
    assert installed and define_stoplist.cache_info().currsize == 1
    assert define_stoplist(installed) is define_stoplist(installed)  # the set is made once
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    assert set(external.jt_stoplist_init()) == set(installed)


def test_a_later_process_reads_the_list_from_the_cache_instead_of_joining_it(fresh, monkeypatch):
    built = justext_stoplist()
    assert list(fresh.glob("justext-stoplist-*.pickle"))

    def join_again():
        raise AssertionError("joined again although the cache holds the list")

    monkeypatch.setattr(external, "JT_STOPLIST", None)  # as in a new process
    monkeypatch.setattr(external, "jt_stoplist_init", join_again)
    again = justext_stoplist()
    assert again == built and external.JT_STOPLIST is again
