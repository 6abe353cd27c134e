"""``quellenlage watch`` as a user runs it: a cycle, an alert line, SIGTERM stops it cleanly; bad options."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.store import open_store
from tests.fetch.conftest import sites  # noqa: F401  (local HTTP servers)
from tests.fetch.server import page, rss

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def feed(sites):  # noqa: F811
    site = sites()
    site.add("/a.html", page("Frachter aus Nordkorea gesichtet",
                             "Die Küstenwache teilte mit, dass ein Frachter aus Nordkorea vor der Küste ankere."))
    site.add("/feed.xml", rss([("Frachter", site.url("/a.html"))]), ctype="application/rss+xml")
    return site


def test_sigterm_finishes_the_cycle_and_stops(feed, tmp_path):
    db = tmp_path / "watch.db"
    cmd = [sys.executable, "-m", "quellenlage", "watch", feed.url("/feed.xml"), "--every", "1h", "--delay", "0.01",
           "--entity", "Nordkorea", "--db", f"sqlite:///{db}"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        alert = proc.stdout.readline()  # the alert, then the first cycle's line; then it waits an hour
        line = proc.stdout.readline()
        assert alert.startswith("ALERT entity: New story mentioning Nordkorea")
        assert "1 articles added" in line and "feeds/sitemaps read" in line
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "stopping after the current batch" in err and "Traceback" not in err
    with open_store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 1
        assert [a.kind for a in store.alerts()] == ["entity"]  # the first watch of an empty store
    started = time.monotonic()
    again = subprocess.run([*cmd, "--cycles", "1", "--every", "1s"], cwd=tmp_path, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert again.returncode == 0 and "0 articles added" in again.stdout and time.monotonic() - started < 120


@pytest.mark.parametrize("args, says", [
    (["--every", "bald"], "not a duration"),
    (["--webhook", "ftp://127.0.0.1/hook"], "scheme 'ftp:'"),
    (["--delay", "-1"], "--delay must be"),
])
def test_bad_options_are_one_line(feed, tmp_path, args, says):
    result = CliRunner().invoke(app, ["watch", feed.url("/feed.xml"), "--cycles", "1", *args,
                                      "--db", f"sqlite:///{tmp_path / 'w.db'}"])
    assert result.exit_code == 2 and says in result.stderr and "Traceback" not in result.output


def test_a_watched_url_must_be_http(tmp_path):
    result = CliRunner().invoke(app, ["watch", "file:///etc/passwd", "--db", f"sqlite:///{tmp_path / 'w.db'}"])
    assert result.exit_code == 2 and "scheme 'file:'" in result.stderr
