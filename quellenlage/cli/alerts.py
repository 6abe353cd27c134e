"""``quellenlage alerts``: the alerts ``watch`` recorded, newest first (a table or ``--json``)."""

from __future__ import annotations

import typer

from .common import app, fail_line
from .store import DB_HELP, console, opened, print_json


@app.command("alerts")
def alerts_command(
    since: str = typer.Option(None, "--since", help="Only alerts from this date or time on (2026-12-01, 2026-12-01T08:00)."),
    story: str = typer.Option(None, "--story", help="Only alerts of this story (id or key)."),
    limit: int = typer.Option(100, min=1, max=10000),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List the alerts ``watch`` recorded, newest first."""
    from ..store.filters import FilterError
    from ..store.watch import alert_since

    try:
        alert_since(since)
    except FilterError as exc:
        fail_line("--since", exc.reason)
        raise typer.Exit(2) from None
    with opened(db) as store:
        items = store.alerts(since=since, story=story, limit=limit)
    if as_json:
        print_json([a.to_dict() for a in items])
        return
    from rich.table import Table

    table = Table("id", "when", "kind", "story", "alert", title="Alerts",
                  caption=f"{len(items)} alert{'s' if len(items) != 1 else ''}" if items else "no alerts")
    for a in items:
        table.add_row(str(a.id), a.created.replace("T", " ").rstrip("Z"), a.kind, str(a.story or ""),
                      a.title + (f" — {a.detail}" if a.detail else ""))
    console().print(table)
