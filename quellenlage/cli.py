"""The ``quellenlage`` command line.

Exit codes: 0 every input was analysed, 1 some inputs failed (each named on stderr
in one line), 2 usage error.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer

from . import __version__

app = typer.Typer(
    help="Quellenlage: who claims what in the news, how sure they are, with which figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


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


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="HTML or text files, directories (recursive), or - for stdin."),
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f",
                                     help="json: one object (jsonl when several inputs); jsonl: one per line."),
    stage: list[str] = typer.Option([], "--stage", help="Replace a stage: name=module:function (repeatable)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    """Analyse articles and print the analysis contract (shared/spec/analysis-output.md) as JSON."""
    from .ingest.readers import InputError, expand, read_file
    from .pipeline import Pipeline, StageError, parse_overrides

    try:
        pipeline = Pipeline(replace=parse_overrides(stage))
    except StageError as exc:
        fail_line("--stage", str(exc))
        raise typer.Exit(2) from None
    files = list(expand(paths))
    one_object = fmt is OutputFormat.json and len(files) == 1
    failed = 0
    out = sys.stdout
    for path in files:
        name = str(path)
        try:
            doc = pipeline(read_file(path))
        except InputError as exc:
            fail_line(exc.name, exc.reason)
            failed += 1
            continue
        except Exception as exc:  # one bad input must not stop the others
            if debug:
                raise
            fail_line(name, _reason(exc))
            failed += 1
            continue
        data = doc.to_dict()
        if one_object:
            out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        else:
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        out.flush()
    if not files:
        fail_line(" ".join(paths), "no .html, .htm or .txt files found")
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    # errors raised by stages already name the input; keep only the reason
    return text.split(": ", 1)[1] if ": " in text and text.split(": ", 1)[0].startswith(("/", ".", "<", "-")) else text


if __name__ == "__main__":  # pragma: no cover
    app()
