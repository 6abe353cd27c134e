"""What the entity finder reads from ``entity_words.toml`` about how a language is written
(``nouns_capitalised``, ``place_adjectives``) instead of testing the language code: each fact
on invented sentences, and each answer turned when the fact is turned."""

from __future__ import annotations

from importlib import import_module

import pytest

from quellenlage.pipeline import analyze

# the modules (the package exports functions of the same names)
persons = import_module("quellenlage.entities.persons")
institutions = import_module("quellenlage.entities.institutions")

# (language, sentence, surface, entity type or None): each row follows from a fact of its language
ROWS = [
    ("en", "Quorin Maddox Vale said the plan was fine.", "Quorin Maddox Vale", "PER"),  # shape alone
    ("en", "Quiet Rivers PAC said the ads were fair.", "Quiet Rivers PAC", "ORG"),  # ends in a head word
    ("en", "The Paris Tram Company said the line was closed.", "Paris", "LOC"),  # the city, not France
    ("de", "Die Kölner Polizei teilte mit, der Einsatz sei beendet.", "Kölner Polizei", "ORG"),
]


def _type_at(lang: str, text: str, surface: str) -> str | None:
    """The type of the entity named ``surface`` after the whole pipeline (the claims stage
    links the speaker to an entity), or None."""
    doc = analyze(text)
    assert doc.article.language == lang
    return next((e.type for e in doc.entities if e.name == surface), None)


def _clear() -> None:
    for f in (persons.nouns_capitalised, persons._one_word_role, persons._word_role):
        f.cache_clear()


@pytest.fixture
def turned(monkeypatch):
    """Every language's two facts turned round (German reads like English and back)."""
    original = persons.words

    def turned_words(code: str) -> dict:
        d = dict(original(code))
        d["nouns_capitalised"] = not d.get("nouns_capitalised", True)
        d["place_adjectives"] = not d.get("place_adjectives", False)
        return d

    monkeypatch.setattr(persons, "words", turned_words)
    monkeypatch.setattr(institutions, "words", turned_words)
    _clear()
    yield
    monkeypatch.undo()
    _clear()


def test_the_facts_per_language():
    assert persons.nouns_capitalised("de") is True
    assert persons.nouns_capitalised("en") is False
    assert persons.nouns_capitalised("xx") is True  # no entity_words.toml: read as German
    assert persons.words("de")["place_adjectives"] is True
    assert persons.words("en")["place_adjectives"] is False


@pytest.mark.parametrize(("lang", "text", "surface", "kind"), ROWS)
def test_the_rows(lang, text, surface, kind):
    assert _type_at(lang, text, surface) == kind


def test_turning_the_facts_changes_every_row(turned):
    for lang, text, surface, kind in ROWS:
        assert _type_at(lang, text, surface) != kind, (lang, text)


@pytest.mark.parametrize(
    ("word", "lang", "role"),
    [("Sprecher", "de", True), ("sprecher", "de", False), ("spokesman", "en", True), ("Spokesman", "en", True)],
)
def test_a_role_word_in_lower_case_counts_only_where_nouns_are_lower_case(word, lang, role):
    assert (persons.word_role(word, lang) is not None) is role


def test_turned_facts_turn_the_lower_case_roles(turned):
    assert persons.word_role("sprecher", "de") is not None
    assert persons.word_role("spokesman", "en") is None
