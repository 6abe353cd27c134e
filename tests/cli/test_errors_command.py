"""``quellenlage errors [--since] [--json]``: failed inputs with their reasons."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import update
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store
from quellenlage.store.models import IngestErrorRow


def make_store(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    with open_store(url) as store:
        store.record_error("/crawl/old.warc.gz#120", "corrupt record at offset 120: its header is damaged")
        store.record_error("/pages/leer.html", "empty input")
        with store.engine.begin() as conn:
            conn.execute(update(IngestErrorRow).where(IngestErrorRow.input_name.like("%old%"))
                         .values(created_at=datetime(2020, 5, 1, 12, 0)))
    return url


def test_errors_json_lists_every_failed_input_with_its_reason(tmp_path):
    url = make_store(tmp_path)
    result = CliRunner().invoke(app, ["errors", "--json", "--db", url])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)["items"]
    assert [(i["input_name"], i["reason"]) for i in items] == [
        ("/pages/leer.html", "empty input"),
        ("/crawl/old.warc.gz#120", "corrupt record at offset 120: its header is damaged")]


def test_errors_since_keeps_the_later_ones(tmp_path):
    url = make_store(tmp_path)
    result = CliRunner().invoke(app, ["errors", "--since", "2021-01-01", "--json", "--db", url])
    assert [i["input_name"] for i in json.loads(result.stdout)["items"]] == ["/pages/leer.html"]


def test_errors_table(tmp_path):
    url = make_store(tmp_path)
    result = CliRunner().invoke(app, ["errors", "--db", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "2020-05-01 12:00:00" in result.stdout and "/crawl/old.warc.gz#120" in result.stdout
    assert "empty input" in result.stdout and "1–2 of 2 failed inputs" in result.stdout


def test_errors_since_not_a_date(tmp_path):
    result = CliRunner().invoke(app, ["errors", "--since", "2023-13-45", "--db", make_store(tmp_path)])
    assert result.exit_code == 2 and "is not a date" in result.stderr
