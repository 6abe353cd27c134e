"""``quellenlage ingest … --scheduler``: the command-line side of a distributed ingest.

It lives with the other commands (not in :mod:`quellenlage.scale`) because it speaks the
command line's language, one line on stderr and exit codes, and so takes the shared
helpers of :mod:`.common`; ``scale`` stays a library that knows nothing of the CLI.

Checks the store first (PostgreSQL only: workers on other hosts cannot share a SQLite
file), migrates it once from here so workers only connect, then runs the driver inside
a progress display, prints the summary and updates the stories on the store. Every
problem is one line on stderr; exit codes as for a single-machine ingest (0 all
ingested, 1 some inputs or tasks failed or the store/cluster failed, 2 usage error).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..scale.cluster import ClusterError, connect, dashboard_link, parse_scheduler
from ..scale.worker import Settings
from ..store.db import normalize_url
from .common import fail_line, stop_code, stop_word

LOCAL_NO_WORKERS_TIMEOUT = 120.0  # a LocalCluster restarts a dead worker within seconds


def usage_problem(db: str | None, scheduler: str, paths: list[str]) -> tuple[str, str] | None:
    """(option, reason) when the arguments cannot work on a cluster, else None."""
    try:
        backend = make_url(normalize_url(db)).get_backend_name()
    except ArgumentError:
        backend = ""
    if backend == "sqlite":
        return "--db", (f"{normalize_url(db)}: --scheduler needs PostgreSQL (--db postgresql://…); workers on "
                        "other hosts cannot share a SQLite file")
    if "-" in paths:
        return "-", "standard input cannot be read by the workers of a cluster; give files"
    try:
        parse_scheduler(scheduler)
    except ClusterError as exc:
        return "--scheduler", str(exc)
    return None


def run_on_cluster(paths: list[str], db: str | None, scheduler: str, replace: Mapping[str, str], batch_size: int,
                   records_per_task: int, stories: bool, quiet: bool, as_json: bool) -> int:
    """Run the distributed ingest; returns the exit code."""
    from rich.console import Console

    from ..scale.driver import ClusterIngest
    from ..scale.progress import ClusterProgress
    from ..store import StoreError, open_store

    problem = usage_problem(db, scheduler, paths)
    if problem:
        fail_line(*problem)
        return 2
    try:
        store = open_store(db)  # migrates, once, before any worker connects
    except StoreError as exc:
        fail_line("--db", str(exc))
        return 1
    console = Console(stderr=True)
    progress = ClusterProgress(console, enabled=not quiet and console.is_terminal)
    settings = Settings(db_url=normalize_url(db), batch_size=batch_size, replace=tuple(sorted(replace.items())))

    def failure(name: str, reason: str) -> None:
        if not quiet:
            progress.print_line(f"quellenlage: {name}: {reason}")

    def record(name: str, reason: str) -> None:
        with contextlib.suppress(Exception):  # the store is unreachable: the failure is on stderr all the same
            store.record_error(name, reason)

    code = 0
    driver = None
    try:
        with connect(parse_scheduler(scheduler)) as client:
            link = dashboard_link(client)
            if link and not quiet:
                console.print(f"Dask dashboard: {link}", highlight=False, soft_wrap=True)
            local = parse_scheduler(scheduler).address is None
            driver = ClusterIngest(client, settings, records_per_task=records_per_task,
                                   on_progress=progress.update, on_failure=failure, record_error=record,
                                   no_workers_timeout=LOCAL_NO_WORKERS_TIMEOUT if local else None)
            with progress:
                summary = driver.run(paths)
    except ClusterError as exc:
        fail_line("--scheduler", _stored_so_far(str(exc), driver))
        code = 1
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: the tasks' batches are their own transactions
        fail_line("ingest", _stored_so_far(f"{stop_word(exc)}; rerun the command to continue", driver))
        code = stop_code(exc)
    if code:
        store.close()
        return code
    note = _update_stories(store) if stories else None
    code = 1 if note is None and stories else 0
    _print_summary(console, summary, store.url, note, as_json)
    store.close()
    if summary.processed == 0 and summary.ignored == 0:
        fail_line(" ".join(paths), "no pages, feeds or WARC files found")
        return 1
    return 1 if summary.failed or code else 0


def _stored_so_far(message: str, driver: Any) -> str:
    added = driver.summary.added if driver is not None else 0
    return f"{message} ({added} articles stored by the finished tasks)"


def _update_stories(store: Any) -> dict[str, int] | None:
    try:
        update = store.update_stories()
    except Exception as exc:  # the articles are stored; a failing stories step must not hide that
        fail_line("stories", f"the stories update failed ({type(exc).__name__}: {exc}); the articles are stored")
        return None
    return {"placed": update.placed, "stories": update.stories}


def _print_summary(console: Any, summary: Any, url: str, note: dict[str, int] | None, as_json: bool) -> None:
    if as_json:
        data = {**summary.to_dict(), "db": url}
        if note:
            data["stories"] = note
        sys.stdout.write(json.dumps(data) + "\n")
        return
    line = (f"{summary.added} added, {summary.known} skipped as known, {summary.failed} failed"
            + (f", {summary.ignored} records not articles" if summary.ignored else "")
            + f" in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s) on {summary.workers} Dask workers, "
              f"{summary.tasks_total} tasks → {url}")
    console.print(line, highlight=False, soft_wrap=True)
    if note and note["placed"]:
        console.print(f"stories: {note['placed']} articles placed, {note['stories']} stories created or changed",
                      highlight=False, soft_wrap=True)
