"""Search and claim search from the command line: filters, order, and one line for a bad filter value."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store

from ..store.test_search_german import articles

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'search.db'}"
    with open_store(url) as s:
        s.save_documents(articles())
    return url


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "250"})  # wide enough that no cell wraps


def test_claims_text_finds_a_source_by_a_part_of_its_name(db):
    result = run("claims", "--text", "Amt", "--has-figure", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    assert [c["source"] for c in page["items"]] == ["Hafenamt"]
    assert page["items"][0]["figures"][0]["unit"] == "Tonnen"


def test_claims_text_table_with_filters(db):
    result = run("claims", "--text", "Frachter", "--stance", "deny", "--language", "de", "--db", db)
    assert result.exit_code == 0 and "Reederei Krabbe" in result.output and "Claims: Frachter" in result.output


def test_search_by_date_says_so(db):
    result = run("search", "Polizei", "--order", "date", "--outlet", "ostseekurier.example", "--db", db)
    assert result.exit_code == 0
    assert "sorted by date published" in result.output
    assert result.output.index("Ölfilm vor der") < result.output.index("Polizei ermittelt")


def test_search_json_names_its_order(db):
    page = json.loads(run("search", "Werk", "--since", "2024-01-01", "--json", "--db", db).stdout)
    assert page["order"] == "relevance" and [i["article"]["title"] for i in page["items"]] == [
        "Oelfilm sighted near harbour", "Stahlwerk schließt"]


@pytest.mark.parametrize("args, option", [
    (["search", "Werk", "--language", "deutsch"], "--language"),
    (["search", "Werk", "--since", "2024-02-30"], "--since"),
    (["claims", "--text", "Werk", "--until", "morgen"], "--until"),
    (["claims", "--language", "x1"], "--language"),
])
def test_a_bad_filter_value_is_one_line_and_exit_code_2(db, args, option):
    result = run(*args, "--db", db)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"quellenlage: {option}: ")
