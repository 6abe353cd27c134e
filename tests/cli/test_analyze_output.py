"""analyze's output: one JSON array for several inputs, `input` in every result, the text format,
feeds and WARC files entry by entry, and --jobs keeping the input order."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from tests.ingest.pages import many_pages, pages, write_pages, write_rss, write_warc
from tests.ingest.stages import FAST

FAST_ARGS = [arg for name, target in FAST.items() for arg in ("--stage", f"{name}={target}")]


def run(*args: str):
    return CliRunner().invoke(app, ["analyze", *FAST_ARGS, *args])


def test_several_inputs_as_json_are_one_array_naming_each_input(tmp_path):
    a, b = write_pages(tmp_path, pages()[:2])
    result = run("--format", "json", str(a), str(b))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # one document, not two back to back
    assert [d["input"] for d in data] == [str(a), str(b)]
    assert all(d["schema"] == "quellenlage.analysis/1" for d in data)


def test_one_page_as_json_is_one_object_with_its_input(tmp_path):
    (a,) = write_pages(tmp_path, pages()[:1])
    data = json.loads(run(str(a)).stdout)
    assert data["input"] == str(a) and data["schema"] == "quellenlage.analysis/1"


def test_a_folder_as_json_is_an_array_even_for_one_page(tmp_path):
    write_pages(tmp_path, pages()[:1])
    assert isinstance(json.loads(run(str(tmp_path)).stdout), list)


def test_jsonl_lines_name_their_input(tmp_path):
    paths = write_pages(tmp_path, pages()[:3])
    result = run("--format", "jsonl", *map(str, paths))
    assert [json.loads(line)["input"] for line in result.stdout.splitlines()] == [str(p) for p in paths]


def test_text_format_shows_title_outlet_and_a_claims_table(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Rathaus plant neuen Radweg\nDie Bürgermeisterin Carla Weidner sagte am Montag, der Radweg "
                    "koste rund 2,5 Millionen Euro. Die Opposition bestritt, dass das Geld reiche.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", "--format", "text", str(page)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Rathaus plant neuen Radweg"
    assert f"input: {page}" in result.stdout and "language: de" in result.stdout
    header = next(line for line in lines if line.startswith("source"))
    assert header.split() == ["source", "mode", "stance", "hedged", "figures", "claim"]
    assert any("Carla Weidner" in line and "indirect" in line and "rund 2,5" in line for line in lines)
    assert any("Opposition" in line and "deny" in line and "dass das Geld reiche" in line for line in lines)
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


def test_default_format_off_a_terminal_is_json(tmp_path):
    (a,) = write_pages(tmp_path, pages()[:1])
    assert json.loads(run(str(a)).stdout)["input"] == str(a)


def test_a_feed_is_analysed_entry_by_entry(tmp_path):
    feed = tmp_path / "news.rss"
    write_rss(feed, pages()[:2])
    result = run("--format", "jsonl", str(feed))
    assert result.exit_code == 0, result.output
    results = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(results) == 2
    assert all(r["input"].startswith(f"{feed}#") for r in results)
    assert [r["article"]["text"].split("\n")[0][:20] for r in results] == [
        p.paragraphs[0][:20] for p in pages()[:2]]
    assert "<rss" not in result.stdout


def test_a_warc_file_is_analysed_record_by_record(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    offsets = write_warc(warc, pages()[:2])
    result = run("--format", "jsonl", str(warc))
    assert result.exit_code == 0, result.output + result.stderr
    assert [json.loads(line)["input"] for line in result.stdout.splitlines()] == [f"{warc}#{o}" for o in offsets]
    assert "gzip" not in result.stderr


def test_jobs_keep_the_input_order(tmp_path):
    paths = write_pages(tmp_path, many_pages(12))
    one = run("--format", "jsonl", "--jobs", "1", *map(str, paths))
    two = run("--format", "jsonl", "--jobs", "2", *map(str, paths))
    assert one.exit_code == two.exit_code == 0, two.output
    assert [json.loads(x)["input"] for x in two.stdout.splitlines()] == [str(p) for p in paths]
    assert two.stdout == one.stdout


def test_jobs_report_a_failing_page_and_go_on(tmp_path):
    good = write_pages(tmp_path, pages()[:2])
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><p>FAIL</p></body></html>", encoding="utf-8")
    result = run("--format", "jsonl", "--jobs", "2", str(good[0]), str(bad), str(good[1]))
    assert result.exit_code == 1
    assert [json.loads(x)["input"] for x in result.stdout.splitlines()] == [str(good[0]), str(good[1])]
    assert f"{bad}: this page asked to fail" in result.stderr
