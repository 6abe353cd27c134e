"""The Rich progress display of an ingest run: inputs done, articles/s, added/known/failed."""

from __future__ import annotations

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from .engine import Summary


class RateColumn(ProgressColumn):
    """Inputs per second over the run so far (Rich's own speed is a short moving window)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class LiveProgress:
    """A context manager around one Rich progress task that vanishes when done; lines can be printed above it.

    Subclasses choose the columns and turn their run's summary into an ``update``; with
    ``enabled=False`` (``--quiet``, no terminal) nothing is drawn and lines go plainly to the console's file.
    """

    def __init__(self, console: Console, columns: tuple[str | ProgressColumn, ...], enabled: bool = True,
                 total: float | None = None, **fields: object) -> None:
        self.console = console
        self.enabled = enabled
        self.progress = Progress(*columns, console=console, transient=True, disable=not enabled)
        self.task = self.progress.add_task("", total=total, **fields)

    def __enter__(self) -> LiveProgress:
        self.progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.progress.stop()

    def print_line(self, line: str) -> None:
        """A line above the bar (or plainly on stderr when there is no bar)."""
        if self.enabled:
            self.progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
        else:
            self.console.file.write(line + "\n")
            self.console.file.flush()


class IngestProgress(LiveProgress):
    """``update(summary)`` is the single-machine runner's progress callback."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        super().__init__(console, (SpinnerColumn(), TextColumn("[bold]ingest[/]"),
                                   TextColumn("{task.completed:>7.0f} done"), RateColumn(),
                                   TextColumn("{task.description}"), TimeElapsedColumn()), enabled)

    def update(self, summary: Summary) -> None:
        self.progress.update(self.task, completed=summary.processed,
                             description=f"{summary.added} added · {summary.known + summary.appearances} known · {summary.failed} failed")
