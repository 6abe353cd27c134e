"""A user's spaCy pipeline as an extra entity source (a blank pipeline with an entity ruler)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.entities import extra

from .helpers import analyse, entity_at

spacy = pytest.importorskip("spacy")

TEXT = "Die Quellwerk Holding widerspricht. Xaver Zettelmann sagte, die Nato sei informiert."


@pytest.fixture
def ruler_model(tmp_path: Path) -> str:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Quellwerk Holding"},
        {"label": "PER", "pattern": "Xaver Zettelmann"},
        {"label": "ORG", "pattern": "Nato"},  # the gazetteer knows it: canonical name wins
        {"label": "MISC", "pattern": "informiert"},  # not an entity type of the contract
    ])
    path = tmp_path / "ruler"
    nlp.to_disk(path)
    return str(path)


def test_spacy_model_from_environment(monkeypatch: pytest.MonkeyPatch, ruler_model: str) -> None:
    without = analyse(TEXT)
    assert entity_at(without, "Quellwerk Holding") is None
    monkeypatch.setenv(extra.ENV, ruler_model)
    doc = analyse(TEXT)
    org = entity_at(doc, "Quellwerk Holding")
    assert org is not None and org.type == "ORG" and org.ref == "org:quellwerk-holding"
    person = entity_at(doc, "Xaver Zettelmann")
    assert person is not None and person.type == "PER" and person.gender == "m"
    assert entity_at(doc, "Nato").ref == "org:nato"
    assert entity_at(doc, "informiert") is None
    assert [e.id for e in doc.entities] == [f"e{n}" for n in range(1, len(doc.entities) + 1)]


def test_registered_function_source() -> None:
    def shouting(text: str, language: str | None) -> list[tuple[int, int, str]]:
        start = text.find("Quellwerk Holding")
        return [(start, start + len("Quellwerk Holding"), "ORG")]

    extra.register_source(shouting)
    try:
        assert entity_at(analyse(TEXT), "Quellwerk Holding").type == "ORG"
    finally:
        extra.clear_sources()
    assert entity_at(analyse(TEXT), "Quellwerk Holding") is None


def test_bad_model_name_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(extra.ENV, "/nonexistent/model")
    with pytest.raises(extra.SourceError, match="cannot load spaCy model"):
        analyse(TEXT)
