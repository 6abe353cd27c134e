"""The ``quellenlage`` command line: one module per group of commands, all on one Typer app.

Exit codes: 0 every input was processed, 1 some inputs failed (each named on stderr
in one line), 2 usage error.

The app and the helpers the commands share are in :mod:`.common`; this module only
imports each command module, which registers its commands on the app (one line each).
"""

from __future__ import annotations

from . import analyze, errors  # noqa: F401
from .alerts import alerts_command  # noqa: F401
from .common import app, fail_line, main, version_callback
from .ingest import ingest_command  # noqa: F401
from .serve import serve  # noqa: F401
from .store import db_app  # noqa: F401
from .watch import watch_command  # noqa: F401

__all__ = ["app", "fail_line", "main", "version_callback"]
