"""Dates that are no dates are refused: one line and exit 2 on the command line, 422 in the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from quellenlage.api import create_app
from quellenlage.cli import app
from quellenlage.store import open_store

BAD = ["notadate", "2023-13-45", "2023-02-30"]


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'q.db'}"
    open_store(url).close()
    return url


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", BAD)
def test_cli_refuses_a_date_that_is_no_date(url, option, value):
    result = CliRunner().invoke(app, ["articles", option, value, "--db", url])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quellenlage: {option}: {value!r} is not a date (use YYYY-MM-DD)"


def test_cli_takes_a_real_date(url):
    assert CliRunner().invoke(app, ["articles", "--since", "2023-12-31", "--db", url]).exit_code == 0


@pytest.mark.parametrize("value", BAD)
def test_api_answers_422_for_a_date_that_is_no_date(url, value):
    store = open_store(url)
    with TestClient(create_app(store=store), raise_server_exceptions=False) as client:
        r = client.get("/api/articles", params={"since": value})
        assert r.status_code == 422 and r.json()["status"] == 422 and "since" in r.json()["error"]
        assert client.get("/api/articles", params={"since": "2023-12-31"}).status_code == 200
    store.close()
