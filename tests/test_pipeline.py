import pytest

from quellenlage.document import Document, RawInput
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


def record_order(doc: Document) -> Document:
    doc.user_data.setdefault("order", []).append(doc.article.language)
    return doc


def test_stages_run_in_registry_order_on_one_document():
    # a stage placed after `language` sees what `language` set on the same document
    nlp = Pipeline(stages=["extract", "language", "sentences"], replace={"sentences": record_order})
    doc = nlp.analyze_text("Der Minister sagte am Dienstag, die Lage sei ernst, und man prüfe alle Schritte genau.")
    assert doc.user_data["order"] == ["de"]


STORY = "Der Minister sagte am Dienstag, die Lage sei ernst. Die Opposition bestritt das am Abend entschieden."


def test_analyze_takes_a_path_raw_input_or_a_string(tmp_path):
    from quellenlage.pipeline import analyze

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    from_path = analyze(path)
    from_raw = analyze(RawInput(name="x", content=STORY, kind="text"))
    from_text = analyze(STORY)
    assert from_path.article.id == from_raw.article.id == from_text.article.id
    assert from_path.raw.name == str(path)
    from_html = analyze(f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>")
    assert from_html.raw.kind == "html" and "<p>" not in from_html.article.text


def test_analyze_html_keeps_the_url_when_the_page_names_none():
    nlp = Pipeline(stages=["extract"])
    doc = nlp.analyze_html(f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>",
                           url="https://blatt.example/politik/1.html")
    assert doc.article.url == "https://blatt.example/politik/1.html"
    assert doc.article.outlet == "blatt.example"


# -- the stage contract: requires/assigns, checked when a pipeline is built -----------------


def test_the_default_pipeline_meets_every_stage_contract():
    from quellenlage.pipeline import GIVEN, check_contracts

    nlp = Pipeline()
    check_contracts(nlp.stages)  # no error
    assigned = set(GIVEN)
    for name in STAGES:
        assert set(STAGES[name].requires) <= assigned, name
        assigned |= set(STAGES[name].assigns)


def test_a_pipeline_missing_a_required_stage_fails_when_built_naming_the_field():
    without_sentences = [name for name in STAGES if name not in ("sentences", "tagger")]
    with pytest.raises(StageError, match=r"stage 'claims' requires 'sentences', 'tags'.*assigned by: \['sentences', 'tagger'\]"):
        Pipeline(stages=without_sentences)


def test_a_reordered_pipeline_fails_when_built():
    order = ["extract", "language", "sentences", "tagger", "quantities", "claims", "entities"]
    with pytest.raises(StageError, match="stage 'claims' requires 'entities'"):
        Pipeline(stages=order)


def test_a_replacement_may_declare_a_contract_that_breaks_the_chain():
    def no_sentences(doc: Document) -> Document:
        return doc

    no_sentences.assigns = ()  # type: ignore[attr-defined]
    with pytest.raises(StageError, match="stage 'tagger' requires 'sentences'"):
        Pipeline(replace={"sentences": no_sentences})
    # a replacement that declares nothing takes over the registered contract
    assert Pipeline(stages=["extract", "language", "sentences", "tagger"], replace={"sentences": record_order})


def test_an_unknown_stage_name_is_a_clear_error():
    with pytest.raises(StageError, match="unknown stage"):
        Pipeline(stages=["extract", "nope"])


def test_in_a_pipeline_no_stage_runs_another(monkeypatch):
    # the contract puts every stage before the stages that read it, and no stage runs another
    import quellenlage.entities
    import quellenlage.nlp
    import quellenlage.quantities

    calls: list[str] = []

    def counted(module, name):
        original = getattr(module, name)

        def stage(doc: Document) -> Document:
            calls.append(name)
            return original(doc)

        monkeypatch.setattr(module, name, stage)

    counted(quellenlage.entities, "find_entities")
    counted(quellenlage.quantities, "find_quantities")
    counted(quellenlage.nlp, "split_sentences")
    doc = Pipeline().analyze_text(STORY + "\n\nMinisterin Anna Berger sagte, 2.000 Euro seien zu wenig.")
    assert doc.claims and doc.quantities and doc.entities
    assert sorted(calls) == ["find_entities", "find_quantities", "split_sentences"]


def test_outside_a_pipeline_no_stage_runs_a_missing_one():
    """Called directly, the claims stage neither splits sentences nor finds figures or entities itself:
    without sentences it reads nothing; with them, it refuses to link or count what was not found."""
    from quellenlage.claims import find_claims
    from quellenlage.entities import EntitiesNotRun
    from quellenlage.nlp import split_sentences, tag_candidates
    from quellenlage.quantities import QuantitiesNotRun

    text = "Ministerin Anna Berger sagte, 2.000 Euro seien zu wenig."

    def fresh() -> Document:
        doc = Document(raw=RawInput("direct", text, "text"))
        doc.set_text(text)
        doc.article.language = "de"
        return doc

    bare = find_claims(fresh())
    assert bare.sentences == [] and bare.claims == [] and bare.quantities == [] and bare.entities == []
    doc = tag_candidates(split_sentences(fresh()))
    with pytest.raises((EntitiesNotRun, QuantitiesNotRun), match="direct: the .* stage has not run"):
        find_claims(doc)
    assert doc.quantities == [] and doc.entities == []
    whole = Pipeline().analyze_text(text)
    assert [c.source.name for c in whole.claims] == ["Anna Berger"] and whole.claims[0].quantities
