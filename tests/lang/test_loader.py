"""The language-data loader: lookup order, formats, caching, and every shipped file readable."""

import pytest

from quellenlage import lang
from quellenlage.lang import (
    HERE,
    MissingResource,
    available_languages,
    load,
    read_list,
    read_tsv,
    resource_path,
)


def test_languages_are_the_folders_except_common():
    langs = available_languages()
    assert {"de", "en"} <= set(langs)
    assert "common" not in langs and "__pycache__" not in langs


def test_language_file_first_then_common():
    assert resource_path("de", "debris") == HERE / "de" / "debris.toml"
    assert resource_path("de", "agencies") == HERE / "common" / "agencies.toml"  # no de/agencies: common answers
    with pytest.raises(MissingResource, match="no language resource 'nothing-here'"):
        resource_path("de", "nothing-here")


def test_toml_tsv_and_txt_are_parsed_and_cached():
    debris = load("de", "debris")
    assert isinstance(debris, dict) and debris["rule"]
    roles = load("de", "roles")
    assert isinstance(roles, list) and isinstance(roles[0], dict)
    assert load("de", "debris") is debris  # read once


def test_tsv_and_list_comments_are_skipped(tmp_path):
    tsv = tmp_path / "x.tsv"
    tsv.write_text("# a comment explaining the columns\nword\tgender\n# another\nPräsident\tm\n\nMinisterin\tf\n",
                   encoding="utf-8")
    assert read_tsv(tsv) == [{"word": "Präsident", "gender": "m"}, {"word": "Ministerin", "gender": "f"}]
    txt = tmp_path / "x.txt"
    txt.write_text("# header\nDr  # doctor\n\nProf\n", encoding="utf-8")
    assert read_list(txt) == ["Dr", "Prof"]


def test_a_new_language_folder_is_picked_up(tmp_path, monkeypatch):
    (tmp_path / "common").mkdir()
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "months.txt").write_text("# maanden\njanuari\n", encoding="utf-8")
    monkeypatch.setattr(lang, "HERE", tmp_path)
    assert available_languages() == ["nl"]
    assert resource_path("nl", "months") == tmp_path / "nl" / "months.txt"


@pytest.mark.parametrize("path", sorted(p for p in HERE.glob("*/*") if p.suffix in (".toml", ".tsv", ".txt")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_data_file_explains_itself_and_parses(path):
    first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
    assert first.startswith("#"), f"{path.name} must start with a comment for the linguist who edits it"
    data = load(path.parent.name, path.stem)
    assert data, f"{path} parsed to nothing"
