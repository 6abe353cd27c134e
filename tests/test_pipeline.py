import pytest

from quellenlage.document import Document
from quellenlage.pipeline import STAGES, Pipeline, StageError, parse_overrides


def shout(doc: Document) -> Document:
    doc.set_text(doc.raw.content.upper())
    return doc


def test_default_pipeline_runs_every_registered_stage_in_order():
    nlp = Pipeline()
    assert nlp.names == list(STAGES)
    doc = nlp.analyze_text("Der Minister sagte, die Lage sei ernst.\n\nEr fügte hinzu, man prüfe alles.")
    assert doc.article.language == "de"
    assert doc.article.id and len(doc.article.id) == 32
    assert doc.to_dict()["schema"] == "quellenlage.analysis/1"


def test_a_stage_can_be_replaced_by_a_callable_or_an_import_path():
    nlp = Pipeline(stages=["extract"], replace={"extract": "tests.test_pipeline:shout"})
    assert nlp.analyze_text("ganz leise").article.text == "GANZ LEISE"


def test_unknown_stage_and_bad_path_are_clear_errors():
    with pytest.raises(StageError, match="unknown stage"):
        Pipeline(replace={"nope": shout})
    with pytest.raises(StageError, match="cannot load"):
        Pipeline(replace={"extract": "quellenlage.nowhere:fn"})
    with pytest.raises(StageError, match="name=module:function"):
        parse_overrides("tagger")


def test_environment_variable_overrides_a_stage(monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_STAGES", "extract=tests.test_pipeline:shout")
    assert Pipeline(stages=["extract"]).analyze_text("abc").article.text == "ABC"
