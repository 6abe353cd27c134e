"""The Rich progress display of an ingest run: inputs done, articles/s, added/known/failed."""

from __future__ import annotations

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from .run import Summary


class RateColumn(ProgressColumn):
    """Inputs per second over the run so far (Rich's own speed is a short moving window)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s", style="progress.data.speed")


class IngestProgress:
    """A context manager; ``update(summary)`` is the runner's progress callback."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        self.console = console
        self.enabled = enabled
        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]ingest[/]"), TextColumn("{task.completed:>7.0f} done"),
            RateColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
            console=console, transient=True, disable=not enabled,
        )
        self.task = self.progress.add_task("", total=None)

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.progress.stop()

    def update(self, summary: Summary) -> None:
        self.progress.update(self.task, completed=summary.processed,
                             description=f"{summary.added} added · {summary.known} known · {summary.failed} failed")

    def print_line(self, line: str) -> None:
        """A line above the bar (or plainly on stderr when there is no bar)."""
        if self.enabled:
            self.progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
        else:
            self.console.file.write(line + "\n")
            self.console.file.flush()
