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
    wire = [a for a in detail["appearances"] if a["outlet"] in WIRE_OUTLETS]
    assert [a["outlet"] for a in wire] == WIRE_OUTLETS
    assert len({a["article_id"] for a in wire}) == 1
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
