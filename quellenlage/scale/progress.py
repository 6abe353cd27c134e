"""The Rich progress display of a distributed ingest, fed by the tasks the scheduler reports done."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from ..ingest.progress import LiveProgress
from .driver import ClusterSummary


class PagesPerSecond(ProgressColumn):
    """Pages (stored, known or failed) per second since the tasks were submitted (the summary's own rate)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.fields.get('rate', 0.0):.1f} pages/s", style="progress.data.speed")


class ClusterProgress(LiveProgress):
    """``update(summary)`` is the driver's progress callback."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        super().__init__(console, (SpinnerColumn(), TextColumn("[bold]ingest on dask[/]"), BarColumn(bar_width=20),
                                   TextColumn("{task.completed:.0f}/{task.total:.0f} tasks"), PagesPerSecond(),
                                   TextColumn("{task.description}"), TimeElapsedColumn()),
                         enabled, total=0, rate=0.0)

    def update(self, s: ClusterSummary) -> None:
        self.progress.update(self.task, completed=s.tasks_done, total=max(s.tasks_total, 1), rate=s.rate,
                             description=f"{s.added} added · {s.known} known · {s.failed} failed · "
                                         f"{s.workers} workers")
