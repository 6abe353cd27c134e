"""The read endpoints: typed answers, pagination, filters, and clear JSON errors for bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_articles_are_paginated_with_a_total(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_articles_filter_by_language_outlet_and_dates(client):
    assert client.get("/api/articles", params={"language": "en"}).json()["total"] == 1
    assert client.get("/api/articles", params={"outlet": "Inselbote"}).json()["items"][0]["outlet"] == "Inselbote"
    dated = client.get("/api/articles", params={"since": "2026-10-05", "until": "2026-10-09"}).json()
    assert sorted(a["published"] for a in dated["items"]) == ["2026-10-05", "2026-10-09"]


def test_article_answers_the_analysis_contract(client, ids):
    data = client.get(f"/api/articles/{ids['ngo']}").json()
    assert data["schema"] == "quellenlage.analysis/1"
    text = data["article"]["text"]
    for c in data["claims"]:
        assert text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]
    assert {c["stance"] for c in data["claims"]} == {"assert", "deny"}


def test_story_has_sources_disagreements_and_timeline(client, ids):
    data = client.get(f"/api/stories/{ids['story']}").json()
    assert data["story"]["disagrees"] is True
    assert {d["kind"] for d in data["disagreements"]} == {"figure", "stance"}
    assert {d["rule_id"] for d in data["disagreements"]} == {"bounds-disjoint", "assert-vs-deny"}
    assert len(data["timeline"]) == 4
    syndicated = [line for line in data["sources"] if len(line["outlets"]) > 1]
    assert syndicated and all(set(line["outlets"]) == {"Nordkurier", "Inselbote"} for line in syndicated)
    listing = client.get("/api/stories").json()
    assert listing["total"] == 1 and listing["items"][0]["disagreements"] == 2


def test_claims_filter_by_source_stance_and_mode(client):
    denies = client.get("/api/claims", params={"stance": "deny"}).json()
    assert denies["total"] == 1 and denies["items"][0]["source"] == "Reederei Falk"
    direct = client.get("/api/claims", params={"mode": "direct"}).json()
    assert {c["mode"] for c in direct["items"]} == {"direct"} and direct["total"] == 2
    by = client.get("/api/claims", params={"source": "Reederei Falk"}).json()
    assert by["total"] >= 3 and {c["source"] for c in by["items"]} == {"Reederei Falk"}


def test_entity_by_ref_with_claims_by_it(client):
    data = client.get("/api/entities/org:reederei-falk").json()
    assert data["name"] == "Falk Shipping"
    assert any(c["stance"] == "deny" for c in data["claims_by"])
    assert data["claims_by_total"] == len(data["claims_by"]) >= 2


def test_entity_totals_count_past_the_limit(client):
    full = client.get("/api/entities/org:reederei-falk").json()
    one = client.get("/api/entities/org:reederei-falk", params={"limit": 1}).json()
    assert len(one["claims_by"]) == 1 and one["claims_by_total"] == full["claims_by_total"] >= 2
    assert one["claims_by"][0] == full["claims_by"][0]  # the newest first


def test_search_returns_plain_snippets_with_highlight_offsets(client):
    data = client.get("/api/search", params={"q": "Küstenwache Leck"}).json()
    assert data["total"] == 1
    hit = data["items"][0]
    assert "\x02" not in hit["snippet"] and hit["highlights"]
    words = {hit["snippet"][s:e] for s, e in hit["highlights"]}
    assert words <= {"Küstenwache", "Leck"} and words


@pytest.mark.parametrize("q", ["'; DROP TABLE articles; --", '" OR 1=1 --', "Öl*", "NEAR(a b)", "\\", "%_%"])
def test_sql_and_search_syntax_in_queries_is_only_text(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    assert client.get("/api/articles").json()["total"] == 5  # still there


def test_export_formats(client):
    jsonl = client.get("/api/export", params={"format": "jsonl"})
    assert jsonl.status_code == 200 and jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert len([json.loads(line) for line in jsonl.text.splitlines()]) == 5
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert any(r["stance"] == "deny" and r["source"] == "Reederei Falk" for r in rows)
    ld = client.get("/api/export", params={"format": "jsonld"}).json()
    assert ld["@graph"] and all(n["@type"] == "Claim" for n in ld["@graph"])
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/stories/999999", "/api/entities/org:nobody",
                                  "/api/no-such-endpoint"])
def test_unknown_ids_are_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    body = r.json()
    assert body["status"] == 404 and body["error"]


@pytest.mark.parametrize("query", ["limit=0", "limit=abc", "offset=-1", "offset=99999999999999999999999",
                                   "stance=maybe", "since=yesterday", "limit=1&limit=x"])
def test_malformed_query_strings_are_json_422(client, query):
    path = "/api/claims?" + query if "stance" in query else "/api/articles?" + query
    r = client.get(path)
    assert r.status_code == 422
    assert r.json()["error"] and "Traceback" not in r.text


def test_huge_but_valid_offset_is_an_empty_page(client):
    data = client.get("/api/articles", params={"offset": 10_000_000}).json()
    assert data["items"] == [] and data["total"] == 5


def test_openapi_and_docs_are_served_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/stories/{story_id}", "/api/search", "/api/export"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/claims" in docs.text
    assert "cdn" not in docs.text.lower() and "unpkg" not in docs.text.lower()


def test_the_ql_vocabulary_is_served_as_json_ld(client):
    r = client.get("/api/vocab")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert r.json()["@context"]["ql"] == "https://quellenlage.org/vocab#"
