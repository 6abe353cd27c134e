"""Read-only commands on a store that does not exist say so (exit 1) and create nothing;
``export -o`` into a missing folder is one clear line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

READ_ONLY = [["stories"], ["story", "1"], ["search", "Hafen"], ["claims"], ["articles"], ["entity", "Kreml"],
             ["export"], ["errors"]]


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: c[0])
def test_read_only_command_on_a_missing_store_creates_nothing(tmp_path, command):
    where = tmp_path / "nowhere" / "q.db"
    result = CliRunner().invoke(app, [*command, "--db", f"sqlite:///{where}"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"quellenlage: --db: no store at {where} "
                                     "(`quellenlage ingest PATH --db …` creates one)")
    assert not (tmp_path / "nowhere").exists()


def test_the_default_store_is_not_created_either(tmp_path, monkeypatch):
    monkeypatch.setenv("QUELLENLAGE_DB", f"sqlite:///{tmp_path / 'data' / 'q.db'}")
    result = CliRunner().invoke(app, ["claims"])
    assert result.exit_code == 1 and "no store at" in result.stderr
    assert not (tmp_path / "data").exists()


def test_export_into_a_missing_folder_is_one_line(tmp_path):
    from quellenlage.store import open_store

    url = f"sqlite:///{tmp_path / 'q.db'}"
    open_store(url).close()
    target = tmp_path / "out" / "claims.jsonl"
    result = CliRunner().invoke(app, ["export", "-o", str(target), "--db", url])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"quellenlage: {target}: the folder {target.parent} does not exist (create it first)"
