"""The search page: the Claims tab, filters, the order named on the page, and a bad filter value."""

from __future__ import annotations


def test_claims_tab_shows_source_stance_figure_article_and_story(client, ids):
    html = client.get("/search", params={"q": "Tonnen", "tab": "claims"}).text
    assert 'aria-current="page">Claims' in html
    assert "Umweltministerium" in html and "claim-figs" in html
    assert '#claim-' in html  # the claim in its article
    assert f'href="/stories/{ids["story"]}"' in html
    assert "Sorted by date: newest published first." in html


def test_claims_tab_filters_by_stance(client):
    html = client.get("/search", params={"q": "Tank", "tab": "claims", "stance": "deny"}).text
    assert "1 claim for" in html and "Reederei Falk" in html and "Küstenwache" not in html


def test_articles_tab_says_its_order(client):
    by_date = client.get("/search", params={"q": "Sandholm", "order": "date"}).text
    assert "Sorted by date: newest published first." in by_date
    relevance = client.get("/search", params={"q": "Sandholm"}).text
    assert "Sorted by relevance" in relevance


def test_a_bad_filter_value_is_one_line_on_the_page(client):
    r = client.get("/search", params={"q": "Sandholm", "since": "2024-02-30"})
    assert r.status_code == 422
    assert "That filter cannot be used: since: &#39;2024-02-30&#39; is not a date" in r.text
    assert 'value="2024-02-30"' in r.text  # the form keeps what was typed
