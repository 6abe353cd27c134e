"""Where the tasks run: an existing Dask scheduler, or a LocalCluster started for this run.

``--scheduler tcp://HOST:8786`` (any Dask address; ``HOST:PORT`` alone means tcp)
connects to a running cluster, whose workers must have Quellenlage installed and see the
input files at the same paths. ``--scheduler local:N`` starts N worker processes on this
machine (``local`` alone: one per core), one thread each — the analysis is pure Python,
so threads would only queue for the interpreter lock.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import one_line

CONNECT_TIMEOUT = "10s"


class ClusterError(RuntimeError):
    """The scheduler is not given right or cannot be reached; the message is one line."""


@dataclass(frozen=True)
class SchedulerSpec:
    address: str | None = None  # a running scheduler, or
    local_workers: int = 0  # the size of a LocalCluster to start


def parse_scheduler(spec: str) -> SchedulerSpec:
    """``local``, ``local:N``, ``tcp://host:port`` (or another Dask protocol) or ``host:port``."""
    spec = spec.strip()
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2] or str(len(os.sched_getaffinity(0)))
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"{spec}: write local:N with N ≥ 1 worker processes")
        return SchedulerSpec(local_workers=int(count))
    if "://" not in spec:
        host, sep, port = spec.rpartition(":")
        if not sep or not host or not port.isdigit():
            raise ClusterError(f"{spec}: not a scheduler address (use tcp://HOST:8786 or local:N)")
        spec = f"tcp://{spec}"
    return SchedulerSpec(address=spec)


@contextlib.contextmanager
def connect(spec: SchedulerSpec) -> Iterator[object]:
    """A connected :class:`distributed.Client`; a LocalCluster started here is closed afterwards."""
    import dask
    from distributed import Client, LocalCluster

    # the client's own log lines ("failed to reconnect …") would come on top of our one-line messages
    for name in ["distributed", *[n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]]:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with dask.config.set({"distributed.comm.timeouts.connect": CONNECT_TIMEOUT}):
        if spec.address is None:
            dashboard = ":0" if importlib.util.find_spec("bokeh") else None  # any free port
            cluster = LocalCluster(n_workers=spec.local_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=dashboard, silence_logs=logging.ERROR)
            try:
                with Client(cluster) as client:
                    yield client
            finally:
                cluster.close()
            return
        try:
            client = Client(spec.address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {spec.address}: {one_line(exc)}") from None
        with client:
            yield client


def dashboard_link(client: object) -> str | None:
    """The scheduler's dashboard URL when it answers from here (the dashboard needs bokeh on the scheduler)."""
    import urllib.request

    try:
        if "dashboard" not in client.scheduler_info()["services"]:  # type: ignore[attr-defined]
            return None
        link = str(client.dashboard_link)  # type: ignore[attr-defined]
        with urllib.request.urlopen(link, timeout=2) as answer:
            return link if answer.status == 200 else None
    except Exception:  # no dashboard, or not reachable from this host
        return None
