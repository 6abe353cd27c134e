"""``quellenlage ingest`` end to end into a real SQLite store, with the bad inputs users meet."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from tests.ingest import stages
from tests.ingest.pages import pages, write_pages, write_rss, write_warc


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def ingest(runner: CliRunner, *args: str, real: bool = False):
    fast = [] if real else [a for name, target in stages.FAST.items() for a in ("--stage", f"{name}={target}")]
    return runner.invoke(app, ["ingest", "--jobs", "1", "--no-stories", *fast, *args])


def count(db, table: str = "articles") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def one_clean_line(text: str) -> None:
    assert "Traceback" not in text
    assert len([line for line in text.splitlines() if line.strip()]) == 1, text


def test_ingest_a_folder_then_again(runner, tmp_path):
    write_pages(tmp_path / "in")
    db = tmp_path / "s.db"
    first = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{db}", "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["added"] == len(pages())
    second = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{db}", "--json")
    data = json.loads(second.stdout)
    assert (data["added"], data["known"], data["failed"]) == (0, len(pages()), 0)
    assert count(db) == len(pages())


def test_the_summary_line_names_added_known_and_failed(runner, tmp_path):
    write_pages(tmp_path / "in", pages()[:2])
    (tmp_path / "in" / "leer.html").write_text(" ")
    result = ingest(runner, str(tmp_path / "in"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1
    assert "2 added, 0 skipped as known, 1 failed" in result.stderr
    assert "leer.html: empty input" in result.stderr


def test_real_pipeline_on_a_warc_stores_the_analyses(runner, tmp_path):
    write_warc(tmp_path / "c.warc.gz", pages()[:2])
    db = tmp_path / "s.db"
    result = ingest(runner, str(tmp_path / "c.warc.gz"), "--db", f"sqlite:///{db}", "--json", real=True)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, language, title FROM articles ORDER BY url").fetchall()
    assert rows == sorted((p.url, p.lang, p.title) for p in pages()[:2])


def test_corrupt_warc_and_broken_feed_are_recorded_and_the_rest_stored(runner, tmp_path):
    offsets = write_warc(tmp_path / "c.warc.gz", pages()[:3])
    data = bytearray((tmp_path / "c.warc.gz").read_bytes())
    data[offsets[1] + 20:offsets[1] + 50] = b"\xff" * 30
    (tmp_path / "c.warc.gz").write_bytes(bytes(data))
    (tmp_path / "broken.rss").write_text("<rss><channel><title>cut off</title><<< no xml &&&")
    write_rss(tmp_path / "ok.rss", pages()[3:])
    db = tmp_path / "s.db"
    result = ingest(runner, str(tmp_path), "--db", f"sqlite:///{db}", "--json")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert count(db) == len(pages()) - 1
    with sqlite3.connect(db) as conn:
        reasons = dict(conn.execute("SELECT input_name, reason FROM ingest_errors"))
    assert any("corrupt record" in r for r in reasons.values())
    assert reasons[str(tmp_path / "broken.rss")].startswith("not a readable feed")


def test_a_50_mb_page_is_refused_in_one_line(runner, tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.write(b"<html><body><p>")
        fh.truncate(50 * 1024 * 1024)
    result = ingest(runner, str(big), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1
    assert "big.html: too large" in result.stderr


def test_a_file_that_is_not_sqlite(runner, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n")
    write_pages(tmp_path / "in", pages()[:1])
    result = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{bogus}")
    assert result.exit_code == 1
    one_clean_line(result.stderr)
    assert "not a SQLite database" in result.stderr
    assert bogus.read_text() == "these are my notes, not a database\n"


def test_a_read_only_database_path(runner, tmp_path, monkeypatch):
    import quellenlage.store.db as storedb

    monkeypatch.setattr(storedb.os, "access", lambda p, mode: False)  # root ignores permissions
    write_pages(tmp_path / "in", pages()[:1])
    result = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{tmp_path / 'ro' / 'x.db'}")
    assert result.exit_code == 1
    one_clean_line(result.stderr)
    assert "read-only" in result.stderr


def test_a_postgresql_server_that_refuses(runner, tmp_path):
    write_pages(tmp_path / "in", pages()[:1])
    result = ingest(runner, str(tmp_path / "in"), "--db", "postgresql://nobody:secret@127.0.0.1:1/none")
    assert result.exit_code == 1
    one_clean_line(result.stderr)
    assert "cannot connect" in result.stderr and "secret" not in result.stderr


def test_a_store_failing_mid_run_keeps_the_batches_already_written(runner, tmp_path, monkeypatch):
    from quellenlage.store import Store, StoreError

    write_pages(tmp_path / "in", pages())
    db = tmp_path / "s.db"
    real_save = Store.save_documents
    calls = []

    def failing_save(self, docs, input_names=None):
        calls.append(1)
        if len(calls) == 2:
            raise StoreError(f"{self.url}: cannot write: disk I/O error")
        return real_save(self, docs, input_names)

    monkeypatch.setattr(Store, "save_documents", failing_save)
    result = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{db}", "--batch-size", "2", "--quiet")
    assert result.exit_code == 1
    assert "disk I/O error" in result.stderr and "Traceback" not in result.output
    assert count(db) == 2
    monkeypatch.setattr(Store, "save_documents", real_save)
    again = ingest(runner, str(tmp_path / "in"), "--db", f"sqlite:///{db}", "--json")
    assert again.exit_code == 0
    assert count(db) == len(pages())


def test_nothing_to_ingest(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = ingest(runner, str(tmp_path / "empty"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 1
    assert "no pages, feeds or WARC files found" in result.stderr


def test_bad_stage_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "--stage", "nope"])
    assert result.exit_code == 2
