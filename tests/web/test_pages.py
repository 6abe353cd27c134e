"""The HTML pages, read as a browser without JavaScript would: complete, escaped, linked."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.web.fixtures import XSS


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    p = Tags()
    p.feed(html)
    return p.tags


def test_home_lists_stories_with_counts_and_a_disagreement_badge(client):
    html = client.get("/").text
    assert "Ölunfall vor Sandholm" in html
    assert "4 articles" in html and "4 outlets" in html and "2 languages" in html
    assert "2 disagreements" in html
    assert any(t == "form" and a.get("action") == "/search" for t, a in tags(html))


def test_story_page_table_disagreements_timeline_and_folded_copies(client, ids):
    html = client.get(f"/stories/{ids['story']}").text
    rows = re.findall(r'<tr class="source-row', html)
    assert len(rows) == 7  # 9 attributed claims; the two syndicated copies share their 2 lines
    assert html.count('class="tl-point') == 4
    assert "more than 200 and at most 50 cannot both be true" in html
    assert "1 syndicated copy" in html
    assert "denies" in html and "hedged" in html


def test_article_page_highlights_every_claim_with_stance_and_links_entities(client, ids):
    html = client.get(f"/articles/{ids['ngo']}").text
    marks = [a for t, a in tags(html) if t == "mark" and "claim" in a.get("class", "")]
    assert len({m["data-claim"] for m in marks}) == 3
    assert any("stance-deny" in m["class"] for m in marks)
    assert all("title" in m for m in marks)
    assert '/entities/org%3Akuestenwache' in html
    assert html.count('class="note ') == 3  # the accessible side list


def test_hedged_claims_are_marked_as_such(client, ids):
    html = client.get(f"/articles/{ids['english']}").text
    assert re.search(r'<mark class="claim stance-uncertain is-hedged"', html)


def test_hostile_text_is_escaped_everywhere(client, ids):
    for path in (f"/articles/{ids['hostile']}", "/search?q=harmlos", "/articles",
                 "/sources/" + XSS.replace("/", "%2F").replace('"', "%22").replace(" ", "%20")):
        html = client.get(path).text
        assert "<script>alert" not in html, path
        assert 'onmouseover="alert' not in html, path
    html = client.get(f"/articles/{ids['hostile']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_search_page_highlights_matches(client):
    html = client.get("/search", params={"q": "Frachters"}).text
    assert "<mark>Frachters</mark>" in html and "1 article for" in html


def test_search_page_says_when_the_count_is_a_lower_bound(client, monkeypatch):
    from quellenlage.store import search

    html = client.get("/search", params={"q": "Sandhol"}).text
    count = int(re.search(r"(\d+) articles for", html).group(1))
    assert count > 1 and "titles naming every word first" in html
    monkeypatch.setattr(search, "MAX_MATCHES", count - 1)  # only so many matches are ranked and counted
    html = client.get("/search", params={"q": "sandhol"}).text  # another URL: not an answer kept from above
    assert f"{count - 1}+ articles for" in html


def test_entity_and_source_pages(client):
    html = client.get("/entities/org:reederei-falk").text
    assert "Falk Shipping" in html and "dass der Tank leck sei" in html
    assert "The newest" not in html  # every claim is shown, so no hint that some are not
    html = client.get("/sources/Reederei Falk", params={"stance": "deny"}).text
    assert "1 claim where the source denies" in html


def test_unknown_things_get_a_404_page(client):
    for path in ("/articles/nope", "/stories/424242", "/entities/org:nobody", "/sources/Nobody", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "Not found" in r.text


def test_bad_page_numbers_are_a_400_page_not_a_crash(client):
    for query in ("page=0", "page=abc", "page=99999999999999"):
        r = client.get("/stories?" + query)
        assert r.status_code == 400 and "<html" in r.text
    r = client.get("/stories?page=500")
    assert r.status_code == 200 and "There is no page 500" in r.text


def test_static_assets_are_shipped_and_pages_forbid_inline_script(client):
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_a_story_computed_by_the_connect_layer_renders(tmp_path):
    """The same articles, stored and connected by the store (not hand-made rows)."""
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app
    from quellenlage.store import open_store
    from tests.web.fixtures import documents

    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    store.save_documents(documents())
    store.update_stories()
    story = max(store.stories().items, key=lambda s: s.articles)
    with TestClient(create_app(store=store, token="")) as c:
        html = c.get(f"/stories/{story.id}").text
    store.close()
    assert story.disagreements >= 1
    assert html.count('<li class="dis">') == story.disagreements
    assert html.count('class="tl-point') >= 3
    assert "syndicated cop" in html  # the agency text printed twice


def test_story_table_is_sectioned_by_claim_group(client, ids):
    html = client.get(f"/stories/{ids['story']}").text
    headings = re.findall(r'<tr class="group-row"><th scope="rowgroup" colspan="6">([^<]+)<', html)
    assert [h.strip() for h in headings] == ["Oil spilled (tonnes)", "Leak in the tank", "Other claims"]


def test_entity_page_says_when_it_shows_only_the_newest_claims():
    from quellenlage.store.results import EntityDetail
    from quellenlage.web.render import render

    detail = EntityDetail(ref="org:amt", name="Amt", type="ORG", names=["Amt"], article_count=900,
                          claims_by=[], claims_about=[], claims_by_total=835, claims_about_total=0)
    html = render("entity.html", request_path="/entities/org:amt", writes=False, q="", entity=detail)
    assert '<span class="count">835</span>' in html and "all 835 →" in html
