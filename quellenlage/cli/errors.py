"""``quellenlage errors``: the inputs that failed, with their reasons, as ``ingest`` recorded them."""

from __future__ import annotations

import typer

from .common import app
from .store import DB_HELP, check_date, console, footer, opened, print_json


@app.command()
def errors(
    since: str | None = typer.Option(None, "--since", help="Only failures recorded on or after this ISO date."),
    limit: int = typer.Option(100, min=0, max=1000), offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List the inputs that failed (newest first) and why: unreadable files, corrupt WARC records, …"""
    check_date("--since", since)
    with opened(db) as store:
        page = store.errors(limit=limit, offset=offset, since=since)
    if as_json:
        return print_json(page.to_dict())
    from rich.table import Column, Table

    table = Table(Column("recorded (UTC)", no_wrap=True), "input", "reason", title="Failed inputs",
                  caption=footer(page, "failed inputs"))
    for e in page.items:
        table.add_row(e.created_at[:19].replace("T", " "), e.input_name, e.reason)
    console().print(table)
