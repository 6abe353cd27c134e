"""Search that understands German and finds claims: a table of queries against invented German and English
articles, on SQLite and PostgreSQL. Compounds, spellings without umlauts, order, filters and claim search.
"""

from __future__ import annotations

import pytest

from quellenlage.store import FilterError
from tests.store.docs import C, make_doc

TONNEN = {"value": 30, "unit": "Tonnen", "unit_lemma": "Tonne"}


def articles():
    """Five invented articles: (title, published) are unique, so results can be named by title."""
    return [
        make_doc("Die Wasserschutzpolizei meldet einen Ölfilm vor Gellin. Die Reederei Krabbe bestreitet, "
                 "dass ihr Frachter Öl verloren habe. Laut Hafenamt sind etwa 30 Tonnen ausgetreten.",
                 "ostseekurier.example", "2026-03-02", title="Ölfilm vor der Küste",
                 claims=[C("Reederei Krabbe", "dass ihr Frachter Öl verloren habe", stance="deny"),
                         C("Hafenamt", "sind etwa 30 Tonnen ausgetreten", figures=[("30 Tonnen", TONNEN)])]),
        make_doc("Das Stahlwerk an der Hauptstrasse schließt im Sommer. Der Betriebsrat sagte, "
                 "mehrere Hundert Stellen fielen weg.", "ruhrblatt.example", "2025-06-10",
                 title="Stahlwerk schließt",
                 claims=[C("Betriebsrat", "mehrere Hundert Stellen fielen weg")]),
        make_doc("Die Polizei ermittelt in der Dorfstraße. Ein Sprecher sagte, es gebe noch keine Spur.",
                 "ostseekurier.example", "2024-01-20", title="Polizei ermittelt",
                 claims=[C("Sprecher", "es gebe noch keine Spur", stance="uncertain")]),
        make_doc("An oil slick, called the Oelfilm by local divers, was seen near the harbour. "
                 "The harbour master said the werk of cleaning would take weeks.",
                 "coastwire.example", "2026-04-01", language="en", title="Oelfilm sighted near harbour",
                 claims=[C("harbour master", "the werk of cleaning would take weeks", mode="direct")]),
        make_doc("Im Werk am Kanal arbeiten 40 Menschen. Polizei und Feuerwehr übten dort.", "ruhrblatt.example",
                 "2023-09-09", title="Übung im Werk"),
    ]


@pytest.fixture
def filled(store):
    # stored newest-published first, so "newest stored" and "newest published" disagree
    store.save_documents(articles())
    return store


def titles(page):
    return [h.article.title for h in page.items]


@pytest.mark.parametrize("query, kwargs, expected", [
    # compounds: a part finds the compound; the whole word ranks above a part (then newest published)
    ("Polizei", {}, ["Polizei ermittelt", "Übung im Werk", "Ölfilm vor der Küste"]),
    ("Werk", {}, ["Übung im Werk", "Oelfilm sighted near harbour", "Stahlwerk schließt"]),
    ("Schutzpolizei", {}, ["Ölfilm vor der Küste"]),  # a compound's head that is a compound itself
    ("Stahl", {}, ["Stahlwerk schließt"]),  # a word beginning matches as before
    # spellings: oe/ae/ue/ss find ö/ä/ü/ß and back
    ("oelfilm", {}, ["Oelfilm sighted near harbour", "Ölfilm vor der Küste"]),
    ("Ölfilm", {}, ["Oelfilm sighted near harbour", "Ölfilm vor der Küste"]),
    ("Kueste", {}, ["Ölfilm vor der Küste"]),
    ("Kuste", {}, ["Ölfilm vor der Küste"]),  # accents folded, on PostgreSQL too
    ("Strasse", {}, ["Stahlwerk schließt", "Polizei ermittelt"]),  # both parts: Hauptstrasse, Dorfstraße
    ("Dorfstrasse", {}, ["Polizei ermittelt"]),
    ("Hauptstraße", {}, ["Stahlwerk schließt"]),
    ("Uebung", {}, ["Übung im Werk"]),
    # order: newest published first
    ("Polizei", {"order": "date"}, ["Ölfilm vor der Küste", "Polizei ermittelt", "Übung im Werk"]),
    ("Werk", {"order": "date"}, ["Oelfilm sighted near harbour", "Stahlwerk schließt", "Übung im Werk"]),
    # filters
    ("Werk", {"language": "de"}, ["Übung im Werk", "Stahlwerk schließt"]),
    ("Werk", {"language": "en"}, ["Oelfilm sighted near harbour"]),
    ("Polizei", {"outlet": "ostseekurier.example"}, ["Polizei ermittelt", "Ölfilm vor der Küste"]),
    ("Polizei", {"since": "2024-01-20", "until": "2025-12-31"}, ["Polizei ermittelt"]),
    ("Polizei", {"until": "2024-01-20", "order": "date"}, ["Polizei ermittelt", "Übung im Werk"]),
    ("Polizei", {"language": "fr"}, []),
])
def test_article_search(filled, query, kwargs, expected):
    assert titles(filled.search(query, **kwargs)) == expected


def claim_sources(page):
    return [c.source for c in page.items]


@pytest.mark.parametrize("text, kwargs, expected", [
    ("Frachter", {}, ["Reederei Krabbe"]),
    ("Krabbe", {}, ["Reederei Krabbe"]),              # the source's name
    ("Reederei", {"stance": "deny"}, ["Reederei Krabbe"]),
    ("Reederei", {"stance": "assert"}, []),
    ("Tonnen", {"has_figure": True}, ["Hafenamt"]),
    ("Tonnen", {"has_figure": False}, []),
    ("Amt", {}, ["Hafenamt"]),                          # a part of the source's compound name
    ("oel", {}, ["Reederei Krabbe"]),                   # "Öl" spelled without the umlaut
    ("Stellen", {"source": "Betriebsrat"}, ["Betriebsrat"]),
    ("Stellen", {"source": "Sprecher"}, []),
    ("werk", {"language": "en"}, ["harbour master"]),
    ("werk", {"mode": "direct"}, ["harbour master"]),
    ("Spur", {"outlet": "ostseekurier.example", "since": "2024-01-01"}, ["Sprecher"]),
    ("Spur", {"until": "2023-12-31"}, []),
])
def test_claim_search(filled, text, kwargs, expected):
    assert claim_sources(filled.claims(text=text, **kwargs)) == expected


def test_claims_newest_published_first(filled):
    assert filled.claims(text="sagte").total == 0  # the cue is not the claim's content
    page = filled.claims(text="s")  # sind (2026), Stellen (2025), Spur and Sprecher (2024)
    assert claim_sources(page) == ["Hafenamt", "Betriebsrat", "Sprecher"]
    assert [c.published for c in page.items] == ["2026-03-02", "2025-06-10", "2024-01-20"]


def test_claim_listing_filters_without_words(filled):
    assert claim_sources(filled.claims(language="en")) == ["harbour master"]
    assert sorted(claim_sources(filled.claims(has_figure=True))) == ["Hafenamt"]
    assert len(filled.claims(outlet="ostseekurier.example").items) == 3


@pytest.mark.parametrize("call", [
    lambda s: s.search("Werk", language="deutsch"),
    lambda s: s.search("Werk", since="2024-02-30"),
    lambda s: s.search("Werk", since="yesterday"),
    lambda s: s.search("Werk", since="2025-01-01", until="2024-01-01"),
    lambda s: s.search("Werk", order="best"),
    lambda s: s.claims(text="Werk", stance="maybe"),
    lambda s: s.claims(mode="hearsay"),
])
def test_bad_filter_values_are_one_line(filled, call):
    with pytest.raises(FilterError) as err:
        call(filled)
    assert "\n" not in str(err.value) and err.value.name in str(err.value)
