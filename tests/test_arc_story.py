"""The written three-month story (tests/fixtures/arc/) end to end: ingest -> stories -> what the API and pages show."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

ARC = Path(__file__).resolve().parent / "fixtures" / "arc"
WIRE_OUTLETS = ["Tagesblatt", "Abendpost", "Nordlicht Kurier", "Heimatbote"]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('arc') / 'arc.db'}"
    result = CliRunner().invoke(app, ["ingest", "--jobs", "1", str(ARC), "--db", db])
    assert result.exit_code == 0, result.output
    return db, result.output


@pytest.fixture(scope="module")
def client(ingested):
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app
    from quellenlage.store import open_store

    store = open_store(ingested[0])
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c
    store.close()


def wire_story(client) -> dict:
    stories = client.get("/api/stories").json()["items"]
    for s in stories:
        detail = client.get(f"/api/stories/{s['id']}").json()
        if any(a["outlet"] == "Heimatbote" for a in detail["appearances"]):
            return detail
    raise AssertionError("no story carries the wire text")


def test_the_wire_text_is_stored_once_with_four_appearances(ingested, client):
    assert "6 added, 3 more pages of known texts" in ingested[1]
    detail = wire_story(client)
    (text_id,) = {a["article_id"] for a in detail["appearances"] if a["outlet"] == "Heimatbote"}
    wire = [a for a in detail["appearances"] if a["article_id"] == text_id]
    assert [a["outlet"] for a in wire] == WIRE_OUTLETS
    assert all(a["url"].startswith("https://www.") for a in wire)
    line = next(ln for ln in detail["sources"] if ln["figures"] and ln["date"] == "2026-09-02")
    assert line["outlets"] == WIRE_OUTLETS  # the source table names every site that printed the claim


def test_the_story_page_says_who_carried_it(client):
    detail = wire_story(client)
    html = client.get(f"/stories/{detail['story']['id']}").text
    n = len({a["outlet"] for a in detail["appearances"]})
    assert detail["story"]["outlets"] == n >= 7
    assert f"carried by {n} outlets" in html
    for outlet in WIRE_OUTLETS:
        assert outlet in html
    assert "the same text also on Abendpost, Nordlicht Kurier, Heimatbote" in html


def test_norway_raising_its_figure_is_a_revision_shown_apart_and_on_the_timeline(client):
    detail = wire_story(client)
    (rev,) = detail["revisions"]
    assert rev["source"] == "Norwegian government"
    assert rev["text"] == "revised 2,000 → 3,000 tonnes, 9 days later"  # Norway's 2,000 as Morgenruf gave it
    assert [p["revision"] for p in detail["timeline"] if p["revision"]] == [rev["text"]]
    html = client.get(f"/stories/{detail['story']['id']}").text
    assert "Revised figures" in html and "revised 2,000 → 3,000 tonnes, 9 days later" in html
    assert 'class="tl-point tl-exact tl-stance-assert tl-revision"' in html


def test_sources_are_canonical_one_name_per_speaker(client):
    detail = wire_story(client)
    names = {ln["source"] for ln in detail["sources"]} | {p["source"] for p in detail["timeline"]}
    names |= {s for g in detail["claim_groups"] for s in g["sources"]}
    assert "Norwegian government" in names and "Russian government" in names
    assert not names & {"Norway", "norwegische Regierung", "Kreml", "Oslo"}  # written forms and the country
    figure_sides = [d for d in detail["disagreements"] if d["kind"] == "figure"]
    assert all(d["a"]["source"] != d["b"]["source"] for d in figure_sides)  # a revision is no disagreement


def test_three_months_are_one_story_with_one_figure_timeline(client):
    stories = client.get("/api/stories").json()["items"]
    assert len(stories) == 1  # September, November and December: one developing story
    detail = wire_story(client)
    assert detail["story"]["first_published"][:10] == "2026-09-02"
    assert detail["story"]["last_published"][:10] == "2026-12-07"
    tonnes = [(p["date"][:10], p["value"]) for p in detail["timeline"] if p["unit"] == "tonne"]
    assert [v for _, v in tonnes] == sorted(v for _, v in tonnes)  # the figure grew over the months
    assert {2000, 3000, 6500} <= {v for _, v in tonnes}
    assert ("2026-12-07", 6500) in tonnes


def test_each_disagreement_is_listed_once_and_the_denial_stands_against_the_assertions(client):
    detail = wire_story(client)
    figure = [(d["a"]["source"], d["b"]["source"]) for d in detail["disagreements"] if d["kind"] == "figure"]
    assert figure == [("Norwegian government", "European Commission")]  # Norway's current 3,000, once
    stance = [d["rule"] for d in detail["disagreements"] if d["kind"] == "stance"]
    assert any(r.startswith("Russian government denies what Norwegian government asserts") for r in stance)
    assert len(stance) == len(set(stance))


def test_the_kremlin_denials_in_both_languages_join_the_tonnes_group(client):
    detail = wire_story(client)
    (tonnes,) = [g for g in detail["claim_groups"] if g["label"].startswith("tonnes")]
    assert {"Norwegian government", "Russian government", "European Commission"} <= set(tonnes["sources"])
    denials = [ln for ln in detail["sources"] if ln["stance"] == "deny" and ln["source"] == "Russian government"]
    assert len(denials) >= 2 and {ln["claim_group"] for ln in denials} == {tonnes["id"]}
