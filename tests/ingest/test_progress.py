"""The ingest progress displays: counts a user reads on the terminal, plain lines when there is no bar."""

from __future__ import annotations

import io

from rich.console import Console

from quellenlage.ingest.progress import IngestProgress
from quellenlage.ingest.run import Summary
from quellenlage.scale.driver import ClusterSummary
from quellenlage.scale.progress import ClusterProgress


def terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=160), out


def test_single_machine_bar_shows_the_counts_and_lines_above_it():
    console, out = terminal()
    summary = Summary()
    summary.added, summary.known = 2, 1
    with IngestProgress(console) as progress:
        progress.update(summary)
        progress.print_line("page.html: no article text")
        progress.progress.refresh()
    text = out.getvalue()
    assert "2 added · 1 known · 0 failed" in text
    assert "page.html: no article text" in text


def test_cluster_bar_shows_tasks_and_workers():
    console, out = terminal()
    summary = ClusterSummary()
    summary.added, summary.tasks_total, summary.tasks_done, summary.workers = 7, 10, 4, 2
    with ClusterProgress(console) as progress:
        progress.update(summary)
        progress.progress.refresh()
    text = out.getvalue()
    assert "4/10 tasks" in text and "7 added" in text and "2 workers" in text


def test_without_a_bar_lines_are_written_plainly():
    out = io.StringIO()
    with IngestProgress(Console(file=out), enabled=False) as progress:
        progress.update(Summary())
        progress.print_line("feed.xml: 3 items")
    assert out.getvalue() == "feed.xml: 3 items\n"
