"""A spaCy pipeline replaces HanTa through the stage registry (a blank German pipeline with
a small stand-in component plays the model, so no model download is needed)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.language import Language  # noqa: E402

from quellenlage.pipeline import Pipeline, StageError  # noqa: E402

TEXT = "Der Händler Max Roth sagte, der Umsatz sei gut. Er verkaufe mehr Autos als im Vorjahr."
STANDIN = {"verkaufe": ("VVFIN", "verkaufen"), "sagte": ("VVFIN", "sagen")}


@Language.component("standin_tags")
def standin_tags(doc):
    """Stand-in for a trained model: STTS tags and lemmas from a small table."""
    for tok in doc:
        tok.tag_, tok.lemma_ = STANDIN.get(tok.text, ("NN" if tok.text[:1].isupper() else "ADV", tok.text))
    return doc


@Language.component("noun_tags")
def noun_tags(doc):
    """A stand-in that reads every word as a noun: the engine must then find no regular Konjunktiv."""
    for tok in doc:
        tok.tag_, tok.lemma_ = "NN", tok.text
    return doc


def blank(component: str):
    nlp = spacy.blank("de")
    nlp.add_pipe(component)
    return nlp


def continuation_sources(nlp: Pipeline) -> list[str]:
    doc = nlp.analyze_text(TEXT)
    return ["Max Roth" if "Max Roth" in c.source.name else c.source.name for c in doc.claims if "verkaufe" in c.span.text]


def test_spacy_tags_drive_the_konjunktiv_rule() -> None:
    from quellenlage.nlp.spacy_tagger import spacy_stage

    assert continuation_sources(Pipeline(replace={"tagger": spacy_stage(blank("standin_tags"))})) == ["Max Roth"]
    # the same text with a model that reads "verkaufe" as a noun: no continuation, and no
    # HanTa guess behind spaCy's back
    assert continuation_sources(Pipeline(replace={"tagger": spacy_stage(blank("noun_tags"))})) == []


def test_configured_by_environment(monkeypatch, tmp_path) -> None:
    blank("standin_tags").to_disk(tmp_path / "model")
    monkeypatch.setenv("QUELLENLAGE_STAGES", "tagger=quellenlage.nlp.spacy_tagger:tag")
    monkeypatch.setenv("QUELLENLAGE_SPACY_MODEL", str(tmp_path / "model"))
    nlp = Pipeline()
    assert dict(nlp.stages)["tagger"].__module__ == "quellenlage.nlp.spacy_tagger"
    assert continuation_sources(nlp) == ["Max Roth"]


def test_missing_model_is_a_clear_error(monkeypatch) -> None:
    monkeypatch.setenv("QUELLENLAGE_SPACY_MODEL", "no_such_model_xx")
    from quellenlage.nlp.spacy_tagger import tag

    with pytest.raises(StageError, match="no_such_model_xx.*not installed"):
        Pipeline(replace={"tagger": tag}).analyze_text(TEXT)
