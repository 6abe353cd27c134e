"""The ``quellenlage`` command line: one module per group of commands, all on one Typer app.

Exit codes: 0 every input was processed, 1 some inputs failed (each named on stderr
in one line), 2 usage error.
"""

from __future__ import annotations

import typer

from .. import __version__

app = typer.Typer(
    help="Quellenlage: who claims what in the news, how sure they are, with which figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail_line(name: str, reason: str) -> None:
    """One line on stderr naming the input and why it failed."""
    typer.echo(f"quellenlage: {name}: {reason}", err=True)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"quellenlage {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Quellenlage reads news articles and answers who claims what, with which figures."""


# Command modules register themselves on `app` when imported (one line each).
from . import analyze  # noqa: E402,F401
from .ingest import ingest_command  # noqa: E402,F401
from .serve import serve  # noqa: E402,F401
from .store import db_app  # noqa: E402,F401
