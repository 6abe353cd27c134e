from __future__ import annotations

from collections import Counter

from quellenlage.document import RawInput
from quellenlage.ingest.readers import InputError
from quellenlage.ingest.sources import iter_sources, walk
from quellenlage.ingest.warc import Skipped
from tests.ingest.pages import pages, write_pages, write_rss, write_warc


def test_directory_walk_finds_pages_feeds_and_warcs_by_content(tmp_path):
    write_pages(tmp_path / "pages")
    write_warc(tmp_path / "crawl" / "2026-03.warc.gz")
    write_rss(tmp_path / "feeds" / "news.rss")
    (tmp_path / "notes.md").write_text("not picked up")
    kinds = Counter(kind for _path, kind in walk([tmp_path]))
    assert kinds == {"page": len(pages()), "warc": 1, "feed": 1}


def test_pages_a_feed_stands_for_are_read_once_through_the_feed(tmp_path):
    write_pages(tmp_path)
    write_rss(tmp_path / "feed.xml", links=True)
    items = list(iter_sources([tmp_path]))
    assert len(items) == len(pages())
    assert all(isinstance(x, RawInput) and "feed.xml#" in x.name for x in items)


def test_names_are_absolute_and_bad_inputs_are_reasons(tmp_path, monkeypatch):
    write_pages(tmp_path, pages()[:1])
    (tmp_path / "empty.html").write_text("")
    monkeypatch.chdir(tmp_path)
    items = list(iter_sources([".", "missing.html"]))
    raws = [x for x in items if isinstance(x, RawInput)]
    errors = {x.name: x.reason for x in items if isinstance(x, InputError)}
    assert [r.name for r in raws] == [str(tmp_path / "artikel-1.html")]
    assert errors == {str(tmp_path / "empty.html"): "empty input",
                      str(tmp_path / "missing.html"): "no such file or directory"}


def test_warc_records_that_are_not_pages_are_skipped_not_failed(tmp_path):
    write_warc(tmp_path / "c.warc.gz")
    items = list(iter_sources([tmp_path / "c.warc.gz"]))
    assert sum(isinstance(x, RawInput) for x in items) == len(pages())
    assert not any(isinstance(x, InputError) for x in items)
    assert any(isinstance(x, Skipped) for x in items)
