"""``--help`` reads right: flags take no value, defaults say what they mean."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

COMMANDS = [[], ["analyze"], ["ingest"], ["articles"], ["stories"], ["story"], ["search"], ["claims"], ["entity"],
            ["export"], ["errors"], ["serve"], ["db"], ["db", "upgrade"]]


def help_of(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "main")
def test_flags_are_not_shown_taking_a_value(command):
    text = help_of(*command)
    assert "<bool>" not in text
    for line in text.splitlines():  # "  --json   Print JSON …": the flag is followed by its help, not a type
        m = re.match(r"\s+(?:-\w, )?(--json|--help|--debug|--quiet|--update|--version)\b(.*)", line)
        if m:
            assert not m.group(2).strip().startswith("<"), line


def test_jobs_defaults_say_what_they_mean():
    ingest = " ".join(help_of("ingest").split())
    assert "[default: 0]" not in ingest and "(0, the default: all cores)" in ingest
    analyze = " ".join(help_of("analyze").split())
    assert "Worker processes (0: all cores). [default: 1]" in analyze
    assert "[default: text on a terminal, json otherwise]" in analyze
