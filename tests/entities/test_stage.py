"""The stage as the pipeline runs it, and input that must not break it."""

from __future__ import annotations

import pytest

from quellenlage.document import Document, RawInput
from quellenlage.entities import find_entities, link_source
from quellenlage.pipeline import Pipeline

from .helpers import analyse


def test_pipeline_fills_the_contract() -> None:
    nlp = Pipeline()
    doc = nlp.analyze_text("Der Kreml wies die Berichte zurück. Nordkorea schweigt, meldet die Agentur Yonhap.")
    out = doc.to_dict()["entities"]
    refs = {e["ref"] for e in out}
    assert {"gov:ru", "iso3166:KP", "media:yonhap"} <= refs
    for e in out:
        assert set(e) >= {"id", "name", "type", "canonical", "ref", "mentions", "gender"}
        for m in e["mentions"]:
            assert doc.text[m["start"] : m["end"]]


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "€€€ ... !!!", "1.2.3.4", "9" * 200, "Ä" * 5000, "Präsident", "Präsident " * 50,
     "Herr Frau Herr Frau", "A. B. C. D. E.", "Kim Jong", "von der von der", "„“»«", "\u200b\u00a0\ufeff"],
)
def test_odd_input_gives_no_error(text: str) -> None:
    doc = analyse(text)
    for e in doc.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
    assert link_source(doc, 0, len(text)) is None or doc.entity(link_source(doc, 0, len(text))) is not None


def test_link_source_out_of_range_and_empty_spans() -> None:
    doc = analyse("Der Kreml schweigt.")
    assert link_source(doc, 5, 5) is None
    assert link_source(doc, -10, 3) is None
    assert doc.entity(link_source(doc, 0, 10_000)).ref == "gov:ru"


def test_rerunning_the_stage_gives_the_same_entities() -> None:
    doc = analyse("Yoon Suk-yeol traf Lloyd Austin in Seoul. Yoon lobte die USA.")
    first = [(e.id, e.ref, [(m.start, m.end) for m in e.mentions]) for e in doc.entities]
    find_entities(doc)
    assert [(e.id, e.ref, [(m.start, m.end) for m in e.mentions]) for e in doc.entities] == first


def test_unknown_language_falls_back_to_german_data() -> None:
    doc = analyse("Nordkorea et la Russie.", "fr")
    assert doc.entities[0].ref == "iso3166:KP"


def test_linking_refuses_a_document_the_stage_has_not_run_on() -> None:
    # no stage runs another, inside a pipeline or outside one: the package's questions and the
    # registry below them both refuse, naming the document; a pipeline (or find_entities) first
    from quellenlage.entities import last_person_before, linking, persons
    from quellenlage.entities.registry import EntitiesNotRun

    text = "Laut Bundesumweltministerin Greta Halm ist das gut."
    doc = Document(raw=RawInput("fresh", text, "text"))
    doc.set_text(text)
    doc.article.language = "de"
    span = (text.find("Bundesumweltministerin"), text.find(" ist"))
    for ask in (lambda: link_source(doc, *span), lambda: linking.link_source(doc, *span), lambda: persons(doc),
                lambda: last_person_before(doc, len(text))):
        with pytest.raises(EntitiesNotRun, match="fresh: the entities stage has not run"):
            ask()
    assert doc.entities == []  # nothing ran unseen
    eid = link_source(find_entities(doc), *span)
    assert doc.entity(eid).type == "PER" and doc.entity(eid).ref == "person:greta-halm"
