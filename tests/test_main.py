"""``python -m quellenlage`` is the same command line as ``quellenlage``."""

import subprocess
import sys

from quellenlage import __version__


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quellenlage", *args], capture_output=True, text=True, timeout=120)


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("analyze", "ingest", "serve"):
        assert command in result.stdout


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quellenlage {__version__}"


def test_usage_error_exits_2_without_traceback():
    result = run("analyze", "--format", "xml", "x.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
