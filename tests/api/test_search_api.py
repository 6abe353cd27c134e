"""/api/search and /api/claims?q=: order, filters, claim search; a bad filter value answers 422 with one line."""

from __future__ import annotations

import pytest


def test_claim_search_finds_words_in_content_and_source(client):
    page = client.get("/api/claims", params={"q": "Tank"}).json()
    assert {c["source"] for c in page["items"]} == {"Küstenwache", "Reederei Falk"}
    assert all(c["story_id"] for c in page["items"])  # the story of the article, for a link
    denial = client.get("/api/claims", params={"q": "Tank", "stance": "deny"}).json()
    assert [c["source"] for c in denial["items"]] == ["Reederei Falk"]


def test_claim_search_filters_by_figure_and_language(client):
    with_figure = client.get("/api/claims", params={"q": "Tonnen", "has_figure": "true"}).json()
    assert with_figure["total"] >= 2 and all(c["figures"] for c in with_figure["items"])
    english = client.get("/api/claims", params={"q": "tonnes", "language": "en"}).json()
    assert english["total"] == 1 and english["items"][0]["language"] == "en"
    assert client.get("/api/claims", params={"q": "tonnes", "language": "de"}).json()["total"] == 0


def test_search_by_date_is_newest_published_first(client):
    page = client.get("/api/search", params={"q": "Sandholm", "order": "date"}).json()
    dates = [i["article"]["published"] for i in page["items"]]
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("path, params", [
    ("/api/search", {"q": "Sandholm", "language": "deutsch"}),
    ("/api/search", {"q": "Sandholm", "since": "2024-02-30"}),
    ("/api/search", {"q": "Sandholm", "order": "best"}),
    ("/api/claims", {"q": "Tank", "stance": "maybe"}),
    ("/api/claims", {"q": "Tank", "until": "2024-13-01"}),
    ("/api/claims", {"since": "2025-01-01", "until": "2024-01-01"}),
])
def test_a_bad_filter_value_answers_422(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["status"] == 422 and "\n" not in body["error"]
