"""First names: the team's list first, then the name dictionary (scripts/build_first_names.py)."""

from __future__ import annotations

from quellenlage import lang
from quellenlage.claims.sources import first_names as claim_first_names
from quellenlage.entities.persons import first_names as person_first_names


def test_the_team_list_wins_where_both_name_a_first_name() -> None:
    team = {r["name"]: r["gender"] for r in lang.load("common", "first_names")}
    wide = {r["name"]: r["gender"] for r in lang.load("common", "first_names_nam_dict")}
    rows = lang.first_name_rows()
    assert len({r["name"] for r in rows}) == len(rows), "a name listed twice"
    assert not set(team) & set(wide), "the build script must leave out the team's names"
    assert [r["name"] for r in rows[:len(team)]] == list(team)


def test_the_dictionary_adds_names_the_team_list_lacks_with_their_gender() -> None:
    names = claim_first_names()
    assert len(names) > 10_000
    assert names["Zoran"] == "m" and names["Marita"] == "f"
    assert person_first_names()["Marita"] == "f"


def test_function_words_and_short_words_are_no_first_names() -> None:
    """"Am Anfang …" opens sentences: a capitalised preposition is never read as a first name."""
    names = claim_first_names()
    for word in ("Am", "An", "Die", "So", "Mai", "Ende"):
        assert word not in names, word
    assert all(len(r["name"]) >= 3 for r in lang.load("common", "first_names_nam_dict"))


def test_a_name_the_dictionary_gives_mostly_one_gender_has_both() -> None:
    """nam_dict marks "?F"/"?M" names (mostly female/male): "?" here, so "er" may still stand for them."""
    assert claim_first_names()["Deniz"] == "?"
