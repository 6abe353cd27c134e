"""What every command module shares: the Typer app they register on, and the failure line.

A module of its own so that the command modules import it and nothing else of the CLI:
when these lived in ``cli/__init__``, which imports every command module to register it,
each command module imported its own importer (an import cycle, and one more through
the cluster command).
"""

from __future__ import annotations

import typer

from .. import __version__
from .coercion import App

app = App(  # option values of the plain kinds converted without importing pydantic (coercion.py)
    help="Quellenlage: who claims what in the news, how sure they are, with which figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # plain help: the Rich panels show every flag with a type ("--json <bool>") as if it took a value
    rich_markup_mode=None,
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


def stop_word(exc: KeyboardInterrupt) -> str:
    """How a run was stopped: 'terminated' (SIGTERM, see ingest.lifeline.Terminated) or 'interrupted' (Ctrl-C)."""
    return "terminated" if hasattr(exc, "exit_code") else "interrupted"


def stop_code(exc: KeyboardInterrupt) -> int:
    """The exit code of a stopped run: 128 + the signal's number, as a shell reports it."""
    return int(getattr(exc, "exit_code", 130))
