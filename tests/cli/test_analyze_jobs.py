"""``analyze --jobs``: the main process analyses the first page itself (what that page loads, the
forked workers share) and the workers the rest, each reading its page from the path and handing
back the text to print; a stopped ``analyze`` (SIGTERM or kill -9) leaves no worker behind."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from quellenlage.cli.analyze_run import MANY_INPUTS, analysed
from quellenlage.document import Document
from quellenlage.pipeline import Pipeline
from tests.ingest.pages import many_pages, write_pages
from tests.ingest.stages import FAST, env_value, plain_extract
from tests.ingest.test_lifeline import descendants, survivors

ROOT = Path(__file__).resolve().parents[2]
PID_STAGES = {**FAST, "extract": "tests.cli.test_analyze_jobs:pid_extract"}


def pid_extract(doc: Document) -> Document:
    """The stand-in extraction, with the id of the process that ran it as the article's section."""
    doc = plain_extract(doc)
    doc.article.section = f"pid {os.getpid()}"
    return doc


def encode_with_pid(name: str, result: dict) -> str:
    return f"{name} encoded by {os.getpid()}"


def test_the_first_page_is_analysed_in_the_main_process_and_the_others_in_workers(tmp_path):
    paths = write_pages(tmp_path, many_pages(8))
    args = [arg for name, target in PID_STAGES.items() for arg in ("--stage", f"{name}={target}")]
    result = CliRunner().invoke(app, ["analyze", *args, "--format", "jsonl", "--jobs", "2", *map(str, paths)])
    assert result.exit_code == 0, result.output
    sections = [json.loads(line)["article"]["section"] for line in result.stdout.splitlines()]
    assert len(sections) == len(paths)
    here = f"pid {os.getpid()}"
    assert sections[0] == here
    assert here not in sections[1:] and 1 <= len(set(sections[1:])) <= 2


def test_a_worker_reads_its_page_and_encodes_the_result(tmp_path):
    paths = write_pages(tmp_path, many_pages(5))
    missing = tmp_path / "gone.html"
    items = [(str(p), "page") for p in paths[:3]] + [(str(missing), "page")] + [(str(p), "page") for p in paths[3:]]
    results = list(analysed(items, Pipeline(replace=FAST), {}, jobs=2, encode=encode_with_pid))
    assert [name for name, _, _ in results] == [name for name, _ in items]
    assert results[0][1] == f"{paths[0]} encoded by {os.getpid()}"
    workers = {text.rsplit(" ", 1)[1] for _, text, _ in results[1:] if text is not None}
    assert workers and str(os.getpid()) not in workers
    assert results[3] == (str(missing), None, "no such file or directory")  # read, and failed, in a worker, in order
    single = list(analysed(items[:2], Pipeline(replace=FAST), {}, jobs=1, encode=encode_with_pid))
    assert [text for _, text, _ in single] == [f"{p} encoded by {os.getpid()}" for p in paths[:2]]


GERMAN = ("Die Bürgermeisterin von Seetal sagte, dass sie mit dem neuen Steg über den Mühlbach sehr zufrieden "
          "ist und auch die Kosten nicht höher sind als geplant. Für die Anwohner ist das eine gute Nachricht, "
          "weil sie sich seit Jahren einen Weg am Ufer wünschen und auf eine Lösung gewartet haben.")


def test_before_the_fork_the_warm_up_loads_lingua_which_the_first_page_did_not_need(tmp_path):
    from quellenlage.extract.language import _detector

    items = []
    for i in range(3):
        page = tmp_path / f"p{i}.txt"
        page.write_text(GERMAN + "\n", encoding="utf-8")  # long and German enough for the function words alone
        items.append((str(page), "page"))
    _detector.cache_clear()
    first = next(iter(analysed(items[:1], Pipeline(), {}, jobs=1)))
    assert first[2] is None and _detector.cache_info().currsize == 0  # one such page needs no lingua
    results = list(analysed(items, Pipeline(), {}, jobs=2))
    assert [reason for _, _, reason in results] == [None, None, None]
    assert _detector.cache_info().currsize == 1  # built here, in the main process, for the workers to share


@pytest.fixture
def no_justext_list(tmp_path, monkeypatch):
    """trafilatura's justext stop list not made yet in this process; an empty user cache."""
    from justext.core import define_stoplist
    from trafilatura import external

    monkeypatch.setenv("QUELLENLAGE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    define_stoplist.cache_clear()
    yield lambda: bool(external.JT_STOPLIST) and define_stoplist.cache_info().currsize == 1
    define_stoplist.cache_clear()


def test_before_the_fork_the_warm_up_readies_trafilaturas_justext_stop_list(tmp_path, no_justext_list):
    paths = write_pages(tmp_path, many_pages(3))
    results = list(analysed([(str(p), "page") for p in paths], Pipeline(replace=FAST), {}, jobs=2))
    assert [reason for _, _, reason in results] == [None, None, None]
    assert no_justext_list()  # made here, for the workers to share


def test_one_process_readies_the_justext_stop_list_after_the_first_page_of_many_only(tmp_path, no_justext_list):
    paths = [(str(p), "page") for p in write_pages(tmp_path, many_pages(MANY_INPUTS))]
    few = analysed(paths[:-1], Pipeline(replace=FAST), {}, jobs=1)
    assert all(reason is None for _, _, reason in few) and not no_justext_list()
    many = analysed(paths, Pipeline(replace=FAST), {}, jobs=1)
    next(many)
    assert not no_justext_list()  # not before the first page is out
    next(many)
    assert no_justext_list()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("how", ["term", "kill"])
def test_a_stopped_analyze_leaves_no_worker(tmp_path, how):
    folder = tmp_path / "pages"
    write_pages(folder, many_pages(40))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QUELLENLAGE_TEST_DELAY": "0.25",
           "QUELLENLAGE_STAGES": env_value(extract="tests.ingest.stages:slow_extract")}
    proc = subprocess.Popen([sys.executable, "-m", "quellenlage", "analyze", "--format", "jsonl", "--jobs", "2",
                             str(folder)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        assert proc.stdout is not None
        for _ in range(3):  # the first page (main process) and two more (workers) are out
            assert proc.stdout.readline(), "analyze ended before it could be stopped"
        started = descendants(proc.pid)
        assert len(started) == 2, "the workers were not found"
        os.kill(proc.pid, signal.SIGTERM if how == "term" else signal.SIGKILL)
        proc.wait(timeout=60)
        deadline = time.monotonic() + 15
        while survivors(started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not survivors(started), f"workers outlived analyze: {survivors(started)}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -(signal.SIGTERM if how == "term" else signal.SIGKILL)
