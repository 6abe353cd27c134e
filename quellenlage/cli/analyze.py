"""``quellenlage analyze``: print the analysis contract for files, directories, feeds, WARC files or stdin.

Every result names its input (``input``: the path as given, ``PATH#entry`` inside a feed
or a WARC file). ``--format json`` prints one object for one page and one JSON array for
anything more; ``jsonl`` one object per line; ``text`` a readable summary and a claims
table (the default when stdout is a terminal; JSON is the default for pipes and files).
``--jobs N`` analyses in N worker processes; the output keeps the input order.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

import typer

from .common import app, fail_line


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="HTML or text files, directories (recursive), RSS/Atom feeds, "
                                                "WARC files, or - for stdin."),
    fmt: OutputFormat | None = typer.Option(None, "--format", "-f", show_default=False,
                                            help="json: one object, or an array for several inputs; jsonl: one "
                                                 "object per line; text: summary and claims table.  "
                                                 "[default: text on a terminal, json otherwise]"),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, show_default=False,
                             help="Worker processes (0: all cores).  [default: 1]"),
    stage: list[str] = typer.Option([], "--stage", metavar="NAME=MODULE:FUNCTION", help="Replace a stage: name=module:function (repeatable)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    """Analyse articles and print the analysis contract (shared/spec/analysis-output.md)."""
    from ..pipeline import Pipeline, StageError, parse_overrides
    from .analyze_run import analysed

    if fmt is None:
        fmt = OutputFormat.text if sys.stdout.isatty() else OutputFormat.json
    try:
        replace = parse_overrides(stage)
        pipeline = Pipeline(replace=replace)
    except StageError as exc:
        fail_line("--stage", str(exc))
        raise typer.Exit(2) from None
    items = list(_inputs(paths))
    if not items:
        fail_line(" ".join(paths), "no .html, .htm or .txt files found")
        raise typer.Exit(1)
    single = len(paths) == 1 and len(items) == 1 and items[0] == (paths[0], "page")  # one page named, no folder
    writer = _Writer(fmt, single)
    failed = 0
    for name, result, reason in analysed(items, pipeline, replace, jobs, debug, partial(encoded, fmt, single)):
        if result is not None:
            writer.write(result)
        if reason is not None:
            fail_line(name, reason)
            failed += 1
    writer.close()
    if failed:
        raise typer.Exit(1)


def _inputs(paths: list[str]) -> Iterator[tuple[str, str]]:
    """(path, kind) for every input: a page, a feed or a WARC file, directories expanded."""
    from ..ingest.readers import expand

    for path in expand(paths):
        yield str(path), _kind(path)


def _kind(path: Path) -> str:
    """``page``, ``feed`` or ``warc``, as ingest decides (``ingest.sources.kind_of``); a page file
    (.html, .htm, .txt) that does not start like a WARC file is a page without asking it, which
    spares one page the import of warcio (a tenth of a second)."""
    if str(path) == "-" or not path.is_file():
        return "page"
    from ..ingest.readers import TEXT_SUFFIXES

    if path.suffix.lower() in TEXT_SUFFIXES:  # kind_of never takes these for a feed, only for a WARC
        try:
            with path.open("rb") as fh:
                head = fh.read(5)
        except OSError:
            return "page"  # read_file reports it
        if not head.startswith((b"WARC/", b"\x1f\x8b")):
            return "page"
    from ..ingest.sources import kind_of

    return kind_of(path)


def encoded(fmt: OutputFormat, single: bool, name: str, result: dict[str, Any]) -> str | dict[str, Any]:
    """One result as the writer prints it, made where the page was analysed (with ``--jobs``, in the
    worker): the JSON text for json and jsonl, the named dict for text (Rich renders it here)."""
    data = {"input": name, **result}
    if fmt is OutputFormat.text:
        return data
    if fmt is OutputFormat.jsonl:
        return json.dumps(data, ensure_ascii=False) + "\n"
    if single:
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return json.dumps(data, ensure_ascii=False)


class _Writer:
    """Results to stdout in the chosen format; a JSON array is opened at the first result."""

    def __init__(self, fmt: OutputFormat, single: bool) -> None:
        self.fmt, self.single, self.count = fmt, single, 0
        self.out = sys.stdout

    def write(self, piece: str | dict[str, Any]) -> None:
        """Print one result as ``encoded`` made it."""
        if isinstance(piece, dict):
            from .text_output import print_analysis

            print_analysis(piece, first=self.count == 0)
        elif self.fmt is OutputFormat.json and not self.single:
            self.out.write(("[\n" if self.count == 0 else ",\n") + piece)
        else:
            self.out.write(piece)
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.json and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
            self.out.flush()
