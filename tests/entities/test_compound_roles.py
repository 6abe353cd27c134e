"""A role word ends a compound ("Konzernchef", "Vizeministerin"): found through the roles' last
letters, as trying every role length on the word finds it."""

import importlib

import pytest

persons = importlib.import_module("quellenlage.entities.persons")


def by_every_length(word: str, code: str):
    """What the compound search means: the longest role the folded word ends in (shorter than the word)."""
    key = persons.fold(word)
    for size in persons.suffix_lengths(code):
        if size < len(key):
            role = persons.roles(code).get(key[-size:])
            if role is not None and role.kind == "role":
                return role
    return None


@pytest.mark.parametrize("code", ["de", "en"])
def test_every_role_as_the_tail_of_a_compound(code):
    words = [prefix + key for key in persons.roles(code) for prefix in ("Vize", "Landes", "X")]
    words += ["Hafenmeisterei", "Kaffeetasse", "Oberbürgermeisterin", "Ab", "Abcd"]
    for word in words:
        if persons.fold(word) not in persons.roles(code):
            assert persons._one_word_role.__wrapped__(word, code) == by_every_length(word, code), word


def test_a_compound_names_its_tail_role():
    role = persons.word_role("Konzernchefin", "de")
    assert role is not None and persons.fold(role.word).endswith("chefin")
    assert persons.word_role("Kaffeetasse", "de") is None
