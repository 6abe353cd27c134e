"""The store commands from the command line: tables, --json, and one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store

from ..store.docs import container_story, event_story

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with open_store(url) as s:
        s.save_documents(container_story())
    return url


def run(*args: str):
    return runner.invoke(app, list(args))


def test_db_upgrade_creates_then_reports_current(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    first = run("db", "upgrade", "--db", url)
    assert first.exit_code == 0 and "migrated from empty" in first.output
    again = run("db", "upgrade", "--db", url)
    assert again.exit_code == 0 and "already at revision" in again.output


def test_claims_json_filters_by_stance(db):
    result = run("claims", "--stance", "deny", "--json", "--db", db)
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["total"] == 2 and {c["source"] for c in page["items"]} == {"Kreml"}


def test_claims_table_shows_sources(db):
    result = run("claims", "--source", "Südkorea", "--db", db)
    assert result.exit_code == 0
    assert "Südkorea" in result.output and "Kreml" not in result.output


def test_bad_stance_is_a_usage_error(db):
    result = run("claims", "--stance", "maybe", "--db", db)
    assert result.exit_code == 2


def test_search_json_has_plain_snippets_and_highlights(db):
    result = run("search", "geliefert", "--json", "--db", db)
    page = json.loads(result.stdout)
    assert page["total"] == 2
    assert page["items"][0]["highlights"] == ["geliefert"]
    assert "\x02" not in page["items"][0]["snippet"]


def test_articles_and_entity(db):
    arts = json.loads(run("articles", "--language", "en", "--json", "--db", db).stdout)
    assert [a["outlet"] for a in arts["items"]] == ["bbc.co.uk"]
    kp = json.loads(run("entity", "iso3166:KP", "--json", "--db", db).stdout)
    assert kp["name"] == "North Korea" and len(kp["claims_about"]) == 3
    missing = run("entity", "Atlantis", "--db", db)
    assert missing.exit_code == 1 and "no such entity" in missing.output


def test_export_to_a_file(db, tmp_path):
    target = tmp_path / "claims.csv"
    result = run("export", "--format", "csv", "--output", str(target), "--db", db)
    assert result.exit_code == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 6


def test_unknown_story_is_one_line(db):
    result = run("story", "999", "--db", db)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "no such story" in result.output


def test_not_a_database_is_one_line_without_traceback(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    result = run("stories", "--db", f"sqlite:///{bogus}")
    assert result.exit_code == 1
    assert "not a SQLite database" in result.output and "Traceback" not in result.output


def test_refusing_postgresql_is_one_line():
    result = run("claims", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1
    assert "cannot connect" in result.output and "Traceback" not in result.output


def test_story_shows_sources_disagreements_and_timeline(tmp_path):
    url = f"sqlite:///{tmp_path / 'story.db'}"
    with open_store(url) as s:
        s.save_documents(event_story())
    listing = run("stories", "--update", "--json", "--db", url)
    assert listing.exit_code == 0
    story_id = str(json.loads(listing.stdout)["items"][0]["id"])
    shown = runner.invoke(app, ["story", story_id, "--db", url], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "exact-differ" in shown.output and "deny-vs-assert" in shown.output
    assert "taz.de, zeit.de" in shown.output
    data = json.loads(run("story", story_id, "--json", "--db", url).stdout)
    assert data["story"]["disagrees"] is True
    assert [p["date"] for p in data["timeline"]] == ["2023-10-13", "2023-11-01", "2023-11-05"]
