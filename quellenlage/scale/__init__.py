"""Distributed ingest on Dask: the single-machine pipeline, run by the workers of a Dask cluster.

``quellenlage ingest WARC_GLOB --scheduler tcp://HOST:8786 --db postgresql://…`` (or
``--scheduler local:N`` for a :class:`~distributed.LocalCluster` of N processes) turns the
inputs into Dask tasks (:mod:`.plan`): every WARC file is scanned for its record offsets on
a worker, streaming, and cut into ranges of records; other files go in small groups.
Each task (:mod:`.worker`) reads its records, analyses them with the worker's pipeline
(built once per worker process) and writes them to PostgreSQL in batches through the
store's own write API, with the same keys (content hash, URL, input name) as a
single-machine ingest: a task that runs twice, or a command run twice, stores nothing
twice. The driver (:mod:`.driver`) submits the tasks and follows them as they complete,
feeding the progress display; the stories are updated afterwards on the store, as the
separate step they are. How to run it on a real cluster: ``docs/distributed.md``.
"""

from __future__ import annotations

from .driver import ClusterIngest, ClusterSummary
from .plan import Task
from .worker import Settings, TaskReport

__all__ = ["ClusterIngest", "ClusterSummary", "Settings", "Task", "TaskReport"]
