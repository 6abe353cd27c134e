"""Reading: articles, claims by source/entity/stance/mode, entities, and full-text search."""

from __future__ import annotations

import pytest

from .docs import C, container_story, make_doc


@pytest.fixture
def filled(store):
    store.save_documents(container_story())
    return store


def test_articles_newest_first_with_filters(filled):
    page = filled.articles()
    assert [a.outlet for a in page.items] == ["zeit.de", "taz.de", "bbc.co.uk"]
    assert page.total == 3
    assert [a.outlet for a in filled.articles(language="en").items] == ["bbc.co.uk"]
    assert [a.outlet for a in filled.articles(since="2023-11-01", until="2023-11-01").items] == ["taz.de"]
    second = filled.articles(limit=1, offset=1)
    assert (second.total, [a.outlet for a in second.items]) == (3, ["taz.de"])
    assert page.items[0].claim_count == 2


def test_claims_by_source_name_as_written_or_canonical(filled):
    as_written = filled.claims(source="kreml")
    canonical = filled.claims(source="Kremlin")
    assert as_written.total == canonical.total == 2
    assert {c.stance for c in canonical.items} == {"deny"}
    assert canonical.items[0].source_ref == "org:kremlin"


def test_claims_by_stance_and_mode(filled):
    assert filled.claims(stance="deny").total == 2
    assert filled.claims(stance="deny", source="Südkorea").total == 0
    assert filled.claims(mode="direct").total == 0


def test_claims_about_an_entity_across_languages(filled):
    page = filled.claims(entity="North Korea")
    assert page.total == 3  # two German copies and the English article, all about iso3166:KP
    assert {c.outlet for c in page.items} == {"taz.de", "zeit.de", "bbc.co.uk"}
    figures = {f.label() for c in page.items for f in c.figures}
    assert figures == {"2,000 Container", "≥ 1,000 containers"}  # units as each article wrote them


def test_entity_by_ref_has_claims_by_and_about(filled):
    kp = filled.entity("iso3166:KP")
    assert kp is not None and kp.name == "North Korea"
    assert set(kp.names) == {"Nordkorea", "North Korea"}
    assert kp.article_count == 3
    assert kp.claims_by == [] and len(kp.claims_about) == 3
    kr = filled.entity("South Korea")
    assert kr is not None and [c.source for c in kr.claims_by] == ["Südkorea", "Südkorea"]
    assert filled.entity("nobody") is None


def test_search_finds_words_prefixes_and_folded_accents(filled):
    hits = filled.search("Container geliefert")
    assert hits.total == 2
    assert {h.article.outlet for h in hits.items} == {"taz.de", "zeit.de"}
    assert any(part == ("Container", True) for part in hits.items[0].parts())
    assert filled.search("contain").total == 3  # prefix: Container, containers
    assert filled.search("nonexistentword").total == 0


@pytest.mark.parametrize("query", ['"', "'; DROP TABLE articles; --", "Kreml OR", "NEAR(a b)", "*", "a:b",
                                   "-Kreml", "(((", "Kreml\" OR \"x", "%_\\", ""])
def test_search_is_safe_against_metacharacters(filled, query):
    page = filled.search(query)
    assert page.total >= 0
    assert filled.counts()["articles"] == 3


def test_search_snippet_only_marks_matches(store):
    text = "Der Hafen von Rason ist klein. " * 20 + "Dort wurden Container verladen."
    store.save_documents([make_doc(text, "x.de", "2023-01-01", claims=[C(None, "Dort wurden Container")])])
    hit = store.search("verladen").items[0]
    assert [t for t, marked in hit.parts() if marked] == ["verladen"]
    assert "verladen" in hit.plain() and "\x02" not in hit.plain()


def test_claims_about_an_unknown_entity_are_none(filled):
    page = filled.claims(entity="iso3166:ZZ", stance="assert")
    assert (page.items, page.total) == ([], 0)
    assert filled.claims(entity="North Korea", stance="assert").total > 0
