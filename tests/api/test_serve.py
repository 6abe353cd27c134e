"""``quellenlage serve``: starts on the given port, refuses a bad database in one line."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
import time
import urllib.request

from typer.testing import CliRunner

from quellenlage.cli import app


def test_bad_database_is_one_line_and_exit_1(tmp_path):
    not_sqlite = tmp_path / "junk.db"
    not_sqlite.write_bytes(b"this is not a database" * 100)
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{not_sqlite}"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1


def test_serves_pages_and_api_on_the_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-m", "quellenlage", "serve", "--db", f"sqlite:///{tmp_path / 's.db'}",
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        body = None
        for _ in range(600):  # start-up takes seconds on a loaded machine
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories", timeout=2) as r:
                    body = r.read()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        assert body is not None, proc.stderr.read().decode() if proc.poll() is not None else "server did not answer"
        assert b'"total":0' in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
            assert b"Quellenlage" in r.read()
    finally:
        proc.terminate()
        proc.wait(10)


def test_worker_processes_build_their_app_with_the_options_given(tmp_path, monkeypatch):
    """``--workers N`` hands the database, cache size and thread bound to each worker through the environment."""
    from quellenlage.cli.serve import MB, factory

    monkeypatch.setenv("QUELLENLAGE_SERVE_DB", f"sqlite:///{tmp_path / 'w.db'}")
    monkeypatch.setenv("QUELLENLAGE_SERVE_CACHE_MB", "3")
    monkeypatch.setenv("QUELLENLAGE_SERVE_THREADS", "2")
    application = factory()
    try:
        assert application.state.cache.max_bytes == 3 * MB
        assert application.state.store.url.endswith("w.db")
    finally:
        application.state.store.close()


def test_worker_processes_freeze_their_start_up_heap(tmp_path, monkeypatch):
    """A serving process keeps the collector off its imported libraries (30 ms pauses under load otherwise)."""
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app
    from quellenlage.cli.serve import factory

    monkeypatch.setenv("QUELLENLAGE_SERVE_DB", f"sqlite:///{tmp_path / 'w.db'}")
    monkeypatch.setenv("QUELLENLAGE_SERVE_CACHE_MB", "1")
    monkeypatch.setenv("QUELLENLAGE_SERVE_THREADS", "2")
    gc.unfreeze()
    try:
        with TestClient(create_app(f"sqlite:///{tmp_path / 't.db'}")):
            assert gc.get_freeze_count() == 0  # not for apps built in tests or by library users
        application = factory()
        with TestClient(application):
            assert gc.get_freeze_count() > 10_000
        application.state.store.close()
    finally:
        gc.unfreeze()
