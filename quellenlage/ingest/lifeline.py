"""How an ingest ends: worker processes end with the process that started them, SIGTERM acts as Ctrl-C.

A worker of the local pool is forked from multiprocessing's fork server, not from the
``ingest`` process, and it holds the write end of its own task queue: when ``ingest``
is killed (``kill -9``, an out-of-memory kill) nothing would ever tell the worker, and it
would wait for work for ever. :func:`follow` gives such a process a lifeline: a daemon
thread that waits on a pidfd of the main process (Linux ≥ 5.3; elsewhere it polls) and
ends this process the moment the main process has ended.

:func:`sigterm_as_interrupt` makes SIGTERM (``kill``, ``systemctl stop``, ``docker
stop``, a batch system's time limit) raise :class:`Terminated`, a ``KeyboardInterrupt``,
in the main thread, so a terminated ingest stops exactly as one interrupted with Ctrl-C:
the batch collected so far is written (or its transaction rolled back, never half of it),
the worker pool is shut down, and the command says how much was stored.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
import time
from collections.abc import Iterator

POLL_SECONDS = 1.0  # where there is no pidfd


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived; raised where Ctrl-C would raise ``KeyboardInterrupt``."""

    exit_code = 128 + signal.SIGTERM


def follow(pid: int) -> None:
    """End this process (exit status 1) as soon as process ``pid`` has ended, or now if it has already."""
    fd: int | None = None
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd here: poll
        fd = None
    threading.Thread(target=_watch, args=(pid, fd), name="quellenlage-lifeline", daemon=True).start()


def _watch(pid: int, fd: int | None) -> None:
    if fd is not None:
        select.select([fd], [], [])  # readable once the process has ended
    else:
        while _alive(pid):
            time.sleep(POLL_SECONDS)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within this block SIGTERM raises :class:`Terminated` in the main thread (elsewhere: no change)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminated(_signum: int, _frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
