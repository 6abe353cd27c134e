"""Helpers of the distributed-ingest tests: the CLI as a subprocess, Dask processes, a private PostgreSQL.

Every run of ``quellenlage ingest`` here is a real process, as a user starts it; the Dask
scheduler and workers of the fault tests are real ``dask scheduler`` / ``dask worker``
processes, so killing one is what a crash on a cluster does.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.ingest import stages

ROOT = Path(__file__).resolve().parents[2]
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env(delay: float | None = None, fast: bool = True) -> dict[str, str]:
    """The environment of the command and its workers: this checkout first, stand-in stages when ``fast``."""
    out = {**os.environ, "PYTHONPATH": str(ROOT)}
    out.pop("QUELLENLAGE_STAGES", None)
    if fast:
        extract = "tests.ingest.stages:slow_extract" if delay else "tests.ingest.stages:plain_extract"
        out["QUELLENLAGE_STAGES"] = stages.env_value(extract=extract)
        out["QUELLENLAGE_TEST_DELAY"] = str(delay or 0)
    return out


def ingest_cmd(target: Path, db: str, scheduler: str | None, *extra: str) -> list[str]:
    cmd = [sys.executable, "-m", "quellenlage", "ingest", str(target), "--db", db, "--json", "--quiet", *extra]
    return cmd + (["--scheduler", scheduler] if scheduler else [])


def run(cmd: list[str], environ: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=environ, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def stop(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    proc.wait(timeout=30)


class DaskProcesses:
    """A ``dask scheduler`` and ``dask worker`` processes (no nanny: a killed worker stays dead)."""

    def __init__(self, environ: dict[str, str]) -> None:
        self.environ = environ
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []

    def _spawn(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([str(DASK), *args], env=self.environ, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)

    def start(self, workers: int) -> DaskProcesses:
        self.scheduler = self._spawn("scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                     "--dashboard-address", ":0")
        wait_for(self._listening, 60, "the Dask scheduler")
        for _ in range(workers):
            self.workers.append(self._spawn("worker", self.address, "--nthreads", "1", "--no-nanny",
                                            "--no-dashboard", "--death-timeout", "30"))
        wait_for(lambda: self.count_workers() >= workers, 90, "the Dask workers")
        return self

    def _listening(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
            return True
        except OSError:
            return False

    def count_workers(self) -> int:
        from distributed import Client

        with Client(self.address, timeout=10) as client:
            return len(client.scheduler_info(n_workers=-1)["workers"])

    def stop_all(self) -> None:
        for proc in [*self.workers, *([self.scheduler] if self.scheduler else [])]:
            stop(proc)
        self.workers, self.scheduler = [], None


class PrivatePostgres:
    """A throw-away PostgreSQL cluster of this test alone (as .ci/postgres.sh makes one), so it may be restarted."""

    def __init__(self) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: [int(x) for x in p.parent.name.split(".")
                                                                              if x.isdigit()])
        self.bin = bins[-1] if bins else None
        self.dir = Path(tempfile.mkdtemp(prefix="ql-pg-"))
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            shutil.chown(self.dir, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    @property
    def available(self) -> bool:
        return self.bin is not None

    def _ctl(self, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), *args],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

    def start(self) -> PrivatePostgres:
        subprocess.run([*self.as_user, str(self.bin / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8"], check=True, stdout=subprocess.DEVNULL, timeout=120)
        self._ctl("-l", str(self.dir / "server.log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        return self

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def restart(self) -> None:
        self.stop()
        time.sleep(1.0)  # the workers meet a server that is gone, not one that is just restarting
        self._ctl("-l", str(self.dir / "server.log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def counts(url: str) -> dict[str, int]:
    """Articles, distinct ids, distinct input names and error rows of the store at ``url``."""
    from sqlalchemy import create_engine, text

    from quellenlage.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT count(*), count(DISTINCT id), count(DISTINCT input_name) FROM articles")
                               ).one()
            errors = conn.execute(text("SELECT count(*) FROM ingest_errors")).scalar_one()
        return {"articles": row[0], "ids": row[1], "inputs": row[2], "errors": errors}
    except Exception:  # not created yet, or the server is restarting
        return {"articles": 0, "ids": 0, "inputs": 0, "errors": 0}
    finally:
        engine.dispose()
