"""``Store.replace_documents``: a refetched page whose text changed replaces what its URL held (SQLite and
PostgreSQL); a text that also ran on other sites keeps those pages."""

from __future__ import annotations

from tests.store.docs import C, make_doc

HAFEN = ("Hafenamt Hallsund", "ORG", "Hallsund port authority", "org:hafenamt-hallsund")
WIRE = "Das Hafenamt Hallsund teilte mit, es seien rund 200 Tonnen Öl ausgelaufen. (dpa)"
EDITED = "Das Hafenamt Hallsund teilte mit, es seien rund 350 Tonnen Öl ausgelaufen. (dpa)"


def page(text: str, outlet: str, url: str):
    figure = text[text.index("rund"):text.index("Öl") - 1]
    return make_doc(text, outlet, "2026-11-02", url=url, title="Öl vor Hallsund", entities=[HAFEN],
                    claims=[C("Hafenamt Hallsund", text[text.index("es seien"):text.index(". (dpa)")],
                              figures=[(figure, {"value": float(figure.split()[1]), "unit": "Tonnen",
                                                 "unit_lemma": "Tonne"})])])


def test_a_changed_page_with_the_only_copy_replaces_the_article(store):
    old = page(WIRE, "Küstenbote", "https://kuestenbote.example/oel")
    store.save_documents([old])
    store.update_stories()
    assert store.replace_documents([page(WIRE, "Küstenbote", "https://kuestenbote.example/oel")]).known == 1
    new = page(EDITED, "Küstenbote", "https://kuestenbote.example/oel")
    result = store.replace_documents([new], {new.article.id: "https://kuestenbote.example/oel"})
    assert (result.added, result.replaced) == (1, 1)
    assert store.article(old.article.id) is None and store.counts()["articles"] == 1
    assert store.counts()["stories"] == 0  # the old version's story went with it …
    store.update_stories()
    (story,) = store.stories().items  # … and the new version has its own
    assert [a.id for a in store.story(story.id).articles] == [new.article.id]
    assert [c.content for c in store.entity("org:hafenamt-hallsund").claims_by] == [
        "es seien rund 350 Tonnen Öl ausgelaufen"]


def test_a_text_that_ran_elsewhere_keeps_its_other_pages(store):
    first = page(WIRE, "Küstenbote", "https://kuestenbote.example/oel")
    store.save_documents([first, page(WIRE, "Inselblatt", "https://inselblatt.example/oel")])
    store.update_stories()
    (before,) = store.stories().items
    assert before.outlets == 2
    edited = page(EDITED, "Küstenbote", "https://kuestenbote.example/oel")
    result = store.replace_documents([edited])
    assert (result.added, result.replaced) == (1, 1)
    kept = store.articles(outlet="Inselblatt").items
    assert [a.id for a in kept] == [first.article.id]  # the wire text stays, now on Inselblatt's page only
    assert kept[0].url == "https://inselblatt.example/oel"
    assert store.known_urls(["https://kuestenbote.example/oel"]) == {"https://kuestenbote.example/oel"}
    story = store.story(before.id)
    assert story.story.outlets == 1 and [p.url for p in story.appearances] == ["https://inselblatt.example/oel"]
    store.update_stories()
    by_outlet = {a.outlet: a.id for a in store.articles().items}
    assert by_outlet == {"Küstenbote": edited.article.id, "Inselblatt": first.article.id}
