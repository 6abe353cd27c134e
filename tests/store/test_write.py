"""Writing: one transaction per batch, idempotent by content hash and by URL."""

from __future__ import annotations

import pytest

from quellenlage.store import open_store

from .docs import C, container_story, make_doc


def test_saving_twice_stores_once(store):
    docs = container_story()
    first = store.save_documents(docs)
    again = store.save_documents(docs)
    assert (first.added, first.known) == (3, 0)
    assert (again.added, again.known) == (0, 3)
    assert store.counts()["articles"] == 3
    assert store.counts()["claims"] == 5


def test_duplicate_inside_one_batch_is_stored_once(store):
    d = container_story()[0]
    result = store.save_documents([d, d])
    assert (result.added, result.known) == (1, 1)


def test_url_is_a_second_key(store):
    a = make_doc("Erste Fassung des Textes.", url="https://example.org/a")
    b = make_doc("Zweite, korrigierte Fassung des Textes.", url="https://example.org/a")
    assert store.save_documents([a]).added == 1
    assert store.save_documents([b]).known == 1
    assert store.known_urls(["https://example.org/a", "https://example.org/b"]) == {"https://example.org/a"}


def test_contract_dicts_are_accepted_and_returned_unchanged(store):
    doc = container_story()[0]
    store.save_documents([doc.to_dict()])
    assert store.article(doc.article.id) == doc.to_dict()
    assert store.article("0" * 32) is None


def test_known_ids(store):
    docs = container_story()
    store.save_documents(docs[:1])
    assert store.known_ids([d.article.id for d in docs]) == {docs[0].article.id}


def test_a_failing_batch_stores_nothing(store):
    good = container_story()[0]
    broken = make_doc("Ein Text ohne Fehler.", claims=[C(None, "Ein Text")]).to_dict()
    del broken["claims"][0]["id"]  # the batch fails after the first article was inserted
    with pytest.raises(KeyError):
        store.save_documents([good, broken])
    assert store.counts()["articles"] == 0
    assert store.save_documents([good]).added == 1


def test_committed_batches_survive_reopening(store_url):
    docs = container_story()
    with open_store(store_url) as s:
        s.save_documents(docs[:2])
    with open_store(store_url) as s:
        result = s.save_documents(docs)
        assert (result.added, result.known) == (1, 2)


def test_errors_are_recorded(store):
    store.record_error("feeds/broken.xml", "invalid XML at line 3")
    page = store.errors()
    assert page.total == 1
    assert (page.items[0].input_name, page.items[0].reason) == ("feeds/broken.xml", "invalid XML at line 3")


def test_figures_outside_claims_are_kept(store):
    doc = make_doc("Die Preise stiegen um sieben Prozent.")
    from quellenlage.document import Quantity

    doc.quantities.append(Quantity("sieben Prozent", 22, 36, value=7, unit="Prozent"))
    store.save_documents([doc])
    from sqlalchemy import select

    from quellenlage.store.models import QuantityRow

    with store.session() as s:
        rows = [(q.value, q.unit, q.claim_pk) for q in s.scalars(select(QuantityRow))]
    assert rows == [(7, "Prozent", None)]


def test_input_names_are_kept_for_skipping(store):
    docs = container_story()
    store.save_documents(docs, {docs[0].article.id: "pages/a.html"})
    store.record_error("pages/b.html", "empty page")
    assert store.known_inputs() == {"pages/a.html"}
    assert store.recorded_errors() == {("pages/b.html", "empty page")}


def test_values_longer_than_their_column_are_cut_not_refused(store):
    # PostgreSQL refuses a 475-character section line (and the whole batch with it); SQLite would keep it
    long_name = "Behörde für " + "sehr " * 120 + "lange Namen"
    text = f"Der Bericht erschien am Montag. {long_name} teilte das mit."
    doc = make_doc(text, outlet="x" * 300, url="https://example.org/long",
                   entities=[(long_name, "ORG", long_name, None)])
    doc.article.section = "Rubrik, " * 60
    other = make_doc("Ein zweiter Text in derselben Charge.", url="https://example.org/other")
    assert store.save_documents([doc, other]).added == 2
    assert store.save_documents([doc, other]).known == 2  # the entity's key is found again, not inserted twice
    from sqlalchemy import select

    from quellenlage.store.models import ArticleRow, EntityRow

    with store.session() as s:
        row = s.scalar(select(ArticleRow).where(ArticleRow.url == "https://example.org/long"))
        assert row.outlet == "x" * 256 and row.section == ("Rubrik, " * 60)[:256]
        refs = list(s.scalars(select(EntityRow.ref)))
    assert len(refs) == 1 and len(refs[0]) == 512
    doc2 = make_doc(f"Noch ein Bericht. {long_name} bestätigte es.", url="https://example.org/long2",
                    entities=[(long_name, "ORG", long_name, None)])
    store.save_documents([doc2])
    assert store.counts()["entities"] == 1


def test_deleting_an_article_takes_its_claims_and_raises_the_generation(store):
    docs = container_story()
    store.save_documents(docs)
    claims_before = store.counts()["claims"]
    before = store.generation()
    assert store.delete_article(docs[0].article.id) is True
    assert store.generation() > before
    assert store.article(docs[0].article.id) is None
    assert store.counts()["articles"] == 2 and store.counts()["claims"] == claims_before - len(docs[0].claims)
    assert store.delete_article(docs[0].article.id) is False
