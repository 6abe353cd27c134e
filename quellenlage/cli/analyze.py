"""``quellenlage analyze``: print the analysis contract for files, directories or stdin."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer

from ..errors import one_line
from .common import app, fail_line


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"



@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="HTML or text files, directories (recursive), or - for stdin."),
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f",
                                     help="json: one object (jsonl when several inputs); jsonl: one per line."),
    stage: list[str] = typer.Option([], "--stage", help="Replace a stage: name=module:function (repeatable)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    """Analyse articles and print the analysis contract (shared/spec/analysis-output.md) as JSON."""
    from ..extract.language import UnsupportedLanguage
    from ..ingest.readers import InputError, expand, read_file
    from ..pipeline import Pipeline, StageError, parse_overrides

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
        except UnsupportedLanguage as exc:  # still show what was extracted, but say so and fail
            _write(out, exc.doc.to_dict(), one_object)
            fail_line(name, one_line(exc, name))
            failed += 1
            continue
        except Exception as exc:  # one bad input must not stop the others
            if debug:
                raise
            fail_line(name, one_line(exc, name))
            failed += 1
            continue
        _write(out, doc.to_dict(), one_object)
    if not files:
        fail_line(" ".join(paths), "no .html, .htm or .txt files found")
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)


def _write(out, data: dict, one_object: bool) -> None:
    if one_object:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    out.flush()
