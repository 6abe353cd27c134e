"""The README's first section: what a new user needs before the two commands, and still two commands."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Install and test", 1)[1].split("\n## ", 1)[0]


def test_install_section_keeps_exactly_two_commands():
    blocks = re.findall(r"```bash\n(.*?)```", SECTION, re.S)
    assert [line for b in blocks for line in b.splitlines() if line.strip()] == [
        "pip install -e '.[dev]'", "ruff check quellenlage tests benchmarks && pytest"]


def test_install_section_names_python_venv_shared_and_chromium():
    text = " ".join(SECTION.split())
    assert "Python 3.11 or newer" in text
    assert "python3 -m venv .venv" in text
    assert "`../shared`" in text and "skipped with the reason" in text
    assert "Chromium" in text and "QUELLENLAGE_TEST_PG_URL" in text


def test_the_skip_reason_the_readme_quotes_is_the_one_the_tests_give():
    conftest = (Path(__file__).resolve().parent / "conftest.py").read_text(encoding="utf-8")
    assert '"../shared not found' in conftest and '"../shared not found"' in README
