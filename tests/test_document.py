"""The document object: spans read from the text, the content-hash id, the contract's shape."""

import json

from quellenlage.document import (
    SCHEMA,
    Claim,
    Document,
    Entity,
    Mention,
    Quantity,
    RawInput,
    Relay,
    Source,
    content_id,
)

TEXT = "Die Reederei wies die Vorwürfe zurück.\nDie Polizei spricht von 80 Tonnen."


def make_doc(text: str = TEXT) -> Document:
    doc = Document(raw=RawInput(name="t.txt", content=text, kind="text"))
    doc.set_text(text)
    return doc


def test_set_text_sets_the_content_hash_id():
    doc = make_doc()
    assert doc.text == TEXT
    assert doc.article.id == content_id(TEXT)
    assert len(doc.article.id) == 32


def test_id_is_stable_under_whitespace_and_changes_with_words():
    assert content_id("Die Reederei  wies\n die Vorwürfe zurück.") == content_id("Die Reederei wies die Vorwürfe zurück.")
    assert content_id("Die Reederei wies die Vorwürfe zurück.") != content_id("Die Reederei wies die Vorwürfe nicht zurück.")


def test_span_reads_its_text_from_the_article():
    doc = make_doc()
    start = TEXT.index("80 Tonnen")
    span = doc.span(start, start + len("80 Tonnen"))
    assert span.text == "80 Tonnen"
    assert (span.start, span.end) == (start, start + 9)


def test_entity_lookup_by_id():
    doc = make_doc()
    doc.entities.append(Entity(id="e1", name="Polizei", type="ORG", mentions=[Mention(43, 50)]))
    assert doc.entity("e1").name == "Polizei"
    assert doc.entity("e2") is None
    assert doc.entity(None) is None


def test_to_dict_is_the_contract_and_json_ready():
    doc = make_doc()
    doc.article.agencies = ["dpa"]
    start = TEXT.index("80 Tonnen")
    doc.claims.append(Claim(
        id="c1", span=doc.span(TEXT.index("Die Polizei"), len(TEXT) - 1),
        content=doc.span(start, start + 9), cue=doc.span(TEXT.index("spricht"), TEXT.index("spricht") + 7),
        source=Source(text="Die Polizei", start=39, end=50, name="Polizei", kind="described"),
        mode="indirect", via=[Relay(name="Küstenpost")],
        quantities=[Quantity(text="80 Tonnen", start=start, end=start + 9, value=80, unit="Tonnen")],
    ))
    doc.boilerplate.append("Artikel teilen")
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert data["schema"] == SCHEMA == "quellenlage.analysis/1"
    assert set(data) == {"schema", "article", "entities", "claims"}  # internals stay out of the contract
    art = data["article"]
    for key in ("id", "url", "outlet", "title", "section", "published", "authors", "agencies",
                "image_credits", "language", "text"):
        assert key in art, key
    claim = data["claims"][0]
    assert claim["content"]["text"] == "80 Tonnen"
    assert claim["via"] == [{"name": "Küstenpost", "entity": None}]
    assert claim["quantities"][0]["value"] == 80
    assert claim["stance"] == "assert" and claim["hedged"] is False
