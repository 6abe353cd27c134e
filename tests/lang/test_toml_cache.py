"""A language's TOML files are parsed once and read back from the user cache by later processes."""

from __future__ import annotations

import tomllib

import pytest

from quellenlage import lang


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_every_toml_file_reads_back_as_tomllib_parses_it(cache):
    files = sorted(lang.HERE.rglob("*.toml"))
    assert files
    for path in files:
        fresh = lang._toml(path)
        kept = lang._toml(path)  # read back from the cache
        want = tomllib.loads(path.read_text(encoding="utf-8"))
        assert fresh == kept == want, path
        assert list(kept) == list(want), path  # the same key order
    assert len(list(cache.glob("lang-*.pickle"))) == len(files)


def test_the_second_read_does_not_parse(cache, monkeypatch):
    path = lang.resource_path("de", "claim_markers")
    first = lang._toml(path)
    monkeypatch.setattr(tomllib, "load", lambda fh: pytest.fail("parsed again"))
    assert lang._toml(path) == first


def test_a_changed_file_is_parsed_afresh(cache, tmp_path):
    path = tmp_path / "de" / "words.toml"
    path.parent.mkdir()
    path.write_text('verbs = ["sagen"]\n', encoding="utf-8")
    assert lang._toml(path) == {"verbs": ["sagen"]}
    path.write_text('verbs = ["sagen", "melden"]\n', encoding="utf-8")
    assert lang._toml(path) == {"verbs": ["sagen", "melden"]}


def test_a_broken_file_is_an_error_as_before(cache, tmp_path):
    path = tmp_path / "de" / "broken.toml"
    path.parent.mkdir()
    path.write_text("verbs = [\n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        lang._toml(path)
