"""``quellenlage alerts``: the table, --json, --since, --story, and one-line errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store
from quellenlage.watch.run import Watcher
from tests.stories.story_set import reports

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    with open_store(url) as store:
        r = reports()
        store.save_documents(r[:3])
        store.update_stories()
        w = Watcher(store, [], 60)
        store.save_documents(r[3:4])
        store.update_stories()
        w.raise_alerts()
    return url


def test_alerts_json_and_table(db):
    result = runner.invoke(app, ["alerts", "--json", "--db", db])
    assert result.exit_code == 0
    alerts = json.loads(result.stdout)
    assert {a["kind"] for a in alerts} >= {"denial", "disagreement"}
    assert all({"id", "kind", "created", "title", "story"} <= a.keys() for a in alerts)
    table = runner.invoke(app, ["alerts", "--db", db])
    assert table.exit_code == 0 and "Kreml denies" in table.stdout


def test_alerts_filters(db):
    story = json.loads(runner.invoke(app, ["alerts", "--json", "--db", db]).stdout)[0]["story"]
    same = json.loads(runner.invoke(app, ["alerts", "--json", "--story", str(story), "--db", db]).stdout)
    assert same and all(a["story"] == story for a in same)
    assert json.loads(runner.invoke(app, ["alerts", "--json", "--since", "2999-01-01", "--db", db]).stdout) == []
    assert json.loads(runner.invoke(app, ["alerts", "--json", "--story", "424242", "--db", db]).stdout) == []


def test_bad_since_is_one_line(db):
    result = runner.invoke(app, ["alerts", "--since", "gestern", "--db", db])
    assert result.exit_code == 2 and "not a date or time" in result.stderr and "Traceback" not in result.output
