"""``quellenlage ingest``: analyse files, folders, feeds, WARC files and URLs into the claim base."""

from __future__ import annotations

import json
import sys

import typer

from .common import app, fail_line, stop_code, stop_word
from .watch import CONTACT_HELP, DELAY_HELP, fetch_config


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Pages, folders (recursive), RSS/Atom feeds, WARC/WARC.gz "
                                      "files, quoted glob patterns; http(s) URLs of pages, feeds and sitemaps."),
    db: str = typer.Option(None, "--db", help="Database URL: sqlite:///path or postgresql://… "
                                              "(default: QUELLENLAGE_DB or the user data directory)."),
    jobs: int = typer.Option(0, "--jobs", "-j", show_default=False,
                             help="Worker processes for the analysis (0, the default: all cores)."),
    batch_size: int = typer.Option(50, "--batch-size", help="Articles written per transaction."),
    stage: list[str] = typer.Option([], "--stage", metavar="NAME=MODULE:FUNCTION", help="Replace a stage: name=module:function (repeatable)."),
    stories: bool = typer.Option(True, "--stories/--no-stories", help="Update the stories after ingesting."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no per-input error lines."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
    scheduler: str = typer.Option(None, "--scheduler", help="Run on Dask: tcp://HOST:8786 (a running cluster) or "
                                                           "local:N (N local worker processes); needs PostgreSQL. "
                                                           "See docs/distributed.md."),
    task_records: int = typer.Option(100, "--task-records", help="With --scheduler: WARC records per Dask task."),
    refetch: bool = typer.Option(False, "--refetch", help="URLs: fetch stored pages again; changed ones replace theirs."),
    warc_out: str = typer.Option(None, "--warc-out", help="URLs: append every response to this WARC file."),
    delay: float = typer.Option(1.0, "--delay", help=DELAY_HELP),
    contact: str = typer.Option(None, "--contact", help=CONTACT_HELP),
    timeout: float = typer.Option(30.0, "--timeout", help="URLs: seconds to wait for a server's answer."),
) -> None:
    """Analyse articles into the store: idempotent (known articles are skipped) and resumable.

    Each batch is one transaction, so a run that is interrupted (Ctrl-C, kill -9, a
    crash) can simply be started again: it completes the store, storing nothing twice.
    Failed inputs are recorded with their reason (see them in the store's errors) and
    the run goes on. Exit code 0: all inputs ingested; 1: some failed or the store
    cannot be written; 2: usage error.
    """
    from rich.console import Console
    from sqlalchemy.exc import SQLAlchemyError

    from ..errors import one_line
    from ..fetch.into_store import ingest_inputs, split_inputs
    from ..ingest.lifeline import sigterm_as_interrupt
    from ..ingest.progress import IngestProgress
    from ..ingest.run import Runner
    from ..pipeline import Pipeline, StageError, parse_overrides
    from ..store import StoreError, open_store

    if jobs < 0 or batch_size < 1:
        fail_line("ingest", "--jobs must be ≥ 0 and --batch-size ≥ 1")
        raise typer.Exit(2)
    try:
        replace = parse_overrides(stage)
        Pipeline(replace=replace)  # fail on a bad --stage before opening anything
    except StageError as exc:
        fail_line("--stage", str(exc))
        raise typer.Exit(2) from None
    urls, files = split_inputs(paths)
    config = fetch_config(delay, contact, timeout) if urls else None
    if scheduler is not None:
        if urls:
            fail_line("--scheduler", "URLs are fetched by this process: give --scheduler files, or ingest the URLs "
                                     "with --warc-out and the WARC file on the cluster")
            raise typer.Exit(2)
        if jobs or task_records < 1:
            fail_line("--scheduler", "--jobs is not used with --scheduler (local:N sets the workers) and "
                                     "--task-records must be ≥ 1")
            raise typer.Exit(2)
        from .cluster import run_on_cluster

        with sigterm_as_interrupt():
            code = run_on_cluster(paths, db, scheduler, replace, batch_size, task_records, stories, quiet, as_json)
        raise typer.Exit(code)
    try:
        store = open_store(db)
    except StoreError as exc:
        fail_line("--db", str(exc))
        raise typer.Exit(1) from None
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    progress = IngestProgress(console, enabled=show)

    def failure(name: str, reason: str) -> None:
        if not quiet:
            progress.print_line(f"quellenlage: {name}: {reason}")

    runner = Runner(store, jobs=jobs, batch_size=batch_size, replace=replace,
                    on_progress=progress.update, on_failure=failure)
    code = 0
    try:
        with sigterm_as_interrupt(), progress, ingest_inputs(store, urls, files, config, refetch,
                                                             warc_out) as inputs:
            summary = runner.run_items(inputs)
    except StoreError as exc:
        summary = runner.summary
        fail_line("--db", f"{exc}; {summary.added} articles were stored before the error, rerun to continue")
        code = 1
    except SQLAlchemyError as exc:
        summary = runner.summary
        fail_line("--db", f"{store.url}: {one_line(exc)}; {summary.added} articles were stored before the "
                          "error, rerun to continue")
        code = 1
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated): the open batch is written
        summary = runner.summary
        fail_line("ingest", f"{stop_word(exc)}; {summary.added} articles stored, rerun the command to continue")
        code = stop_code(exc)
    note = None
    if code == 0 and stories:  # also after a rerun that added nothing: the killed run may not have got here
        try:
            update = store.update_stories()
            note = {"placed": update.placed, "stories": update.stories}
        except StoreError as exc:
            fail_line("stories", str(exc))
            code = 1
        except Exception as exc:  # the articles are stored; a failing stories step must not hide that
            fail_line("stories", f"the stories update failed ({type(exc).__name__}: {exc}); "
                                 "the articles are stored")
            code = 1
    store.close()
    report(console, summary, note, store.url, as_json)
    if code:
        raise typer.Exit(code)
    if summary.processed == 0 and summary.ignored == 0:
        fail_line(" ".join(paths), "no pages, feeds or WARC files found")
        raise typer.Exit(1)
    if summary.failed:
        raise typer.Exit(1)


def report(console, summary, note, db_url: str, as_json: bool) -> None:
    """The run's last line (or its JSON summary), and what the stories update did."""
    if as_json:
        data = {**summary.to_dict(), "db": db_url}
        if note:
            data["stories"] = note
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        line = (f"{summary.added} added"
                + (f", {summary.appearances} more pages of known texts" if summary.appearances else "")
                + (f", {summary.replaced} changed pages replaced" if summary.replaced else "")
                + f", {summary.known} skipped as known, {summary.failed} failed"
                + (f", {summary.ignored} records not articles" if summary.ignored else "")
                + f" in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s) → {db_url}")
        console.print(line, highlight=False, soft_wrap=True)
        if note and note["placed"]:
            console.print(f"stories: {note['placed']} articles placed, {note['stories']} stories created or changed",
                          highlight=False, soft_wrap=True)
