from quellenlage.document import Claim, Document, Entity, Mention, Quantity, RawInput, Source
from quellenlage.stories import as_record
from quellenlage.stories.terms import content_terms, unit_key

from .builders import article, claim, qty


def test_counted_units_meet_across_languages():
    assert unit_key("Containern", None, "de") == unit_key("containers", None, "en") == "container"
    assert unit_key("Lieferungen", None, "de") == unit_key("deliveries", None, "en")
    assert unit_key("mit Munition beladene Container", None, "de") == "container"  # the head noun decides


def test_content_terms_skip_function_words_and_reporting_verbs():
    terms = content_terms("dass Nordkorea mehrere Container an Russland geliefert habe", "de")
    assert {"container", "deliver"} <= terms
    assert not terms & {"dass", "mehrere", "haben"}


def test_claim_entities_exclude_the_source_and_entities_without_ref_get_a_name_key():
    a = article("Seoul sagte, Nordkorea habe Container geliefert.",
                entities=[("Seoul", None, "Seoul"), ("Nordkorea", "iso3166:KP", "North Korea")],
                claims=[claim("Seoul sagte, Nordkorea habe Container geliefert", "Seoul",
                              quantities=[qty("Container", "Container")])])
    rec = as_record(a)
    c = rec.claims[0]
    assert c.source == "Seoul" and c.source_key == "name:seoul"
    assert c.entities == ["iso3166:KP"]
    assert c.figures[0].unit_lemma == "container"


def test_a_document_and_its_contract_dict_give_the_same_record():
    text = "Laut Polizei wurden 12 Menschen verletzt."
    doc = Document(raw=RawInput(name="x", content=text, kind="text"))
    doc.set_text(text)
    doc.article.language = "de"
    doc.entities = [Entity("e1", "Polizei", "ORG", mentions=[Mention(5, 12)])]
    q = Quantity("12 Menschen", 20, 31, value=12, unit="Menschen", unit_lemma="Mensch")
    doc.quantities = [q]
    doc.claims = [Claim("c1", doc.span(0, 40), doc.span(13, 40), doc.span(0, 4),
                        Source("Polizei", 5, 12, "Polizei", "e1", "described"), "indirect", quantities=[q])]
    from_doc, from_dict = as_record(doc), as_record(doc.to_dict())
    assert from_doc.id == from_dict.id == doc.article.id
    assert from_doc.claims == from_dict.claims
    assert from_doc.figures[0].unit_lemma == "person"
