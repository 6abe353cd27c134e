"""``quellenlage ingest URL…``: feeds, sitemaps and pages from a local site, politely, idempotently."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app
from tests.fetch.conftest import sites  # noqa: F401  (local HTTP servers)
from tests.fetch.server import page, rss, sitemap

runner = CliRunner()
FAST = ["--delay", "0.01", "--jobs", "1", "--no-stories", "--json", "--contact", "tests@example.invalid"]


@pytest.fixture
def news(sites):  # noqa: F811
    site = sites()
    site.add("/robots.txt", "User-agent: *\nDisallow: /intern/\n", ctype="text/plain")
    site.add("/a.html", page("Stellwerk in Kleinmünde gestört",
                             "Ein Sprecher der Bahn sagte, der Ausfall werde bis zum Abend dauern."))
    site.add("/b.html", page("Fähre fällt aus", "Die Reederei teilte mit, dass die Fähre am Montag nicht fahre."))
    site.add("/intern/c.html", page("Intern", "Nicht für Roboter."))
    site.add("/feed.xml", rss([("Stellwerk", site.url("/a.html")), ("Intern", site.url("/intern/c.html"))]),
             ctype="application/rss+xml")
    site.add("/sitemap.xml", sitemap([site.url("/a.html"), site.url("/b.html")]), ctype="application/xml")
    return site


def ingest(*args: str):
    return runner.invoke(app, ["ingest", *args, *FAST])


def test_feed_and_sitemap_urls_are_ingested_once(news, tmp_path):
    db = f"sqlite:///{tmp_path / 'web.db'}"
    first = ingest(news.url("/feed.xml"), news.url("/sitemap.xml"), "--db", db)
    summary = json.loads(first.stdout)
    assert summary["added"] == 2  # a.html and b.html; a.html is in both and stored once
    assert "/intern/c.html" not in news.paths()  # robots.txt: never requested
    assert news.paths().count("/a.html") == 1
    again = ingest(news.url("/feed.xml"), news.url("/sitemap.xml"), "--db", db)
    assert (json.loads(again.stdout)["added"], json.loads(again.stdout)["known"]) == (0, 2)  # counted by the engine
    assert news.paths().count("/a.html") == 1 and news.paths().count("/b.html") == 1  # not fetched again


def test_refused_and_failing_urls_are_one_line_each(news, tmp_path):
    news.add("/weg.html", "gone", status=410)
    db = f"sqlite:///{tmp_path / 'web.db'}"
    result = ingest("ftp://127.0.0.1/x", "javascript:alert(1)", news.url("/weg.html"), news.url("/b.html"),
                    "--db", db)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["added"] == 1 and json.loads(result.stdout)["failed"] == 3
    lines = [line for line in result.stderr.splitlines() if line.startswith("quellenlage: ")]
    assert any("ftp://127.0.0.1/x: the scheme 'ftp:' is not fetched" in line for line in lines)
    assert any("javascript:" in line for line in lines)
    assert any(line.endswith("/weg.html: HTTP 410 Gone") for line in lines)
    assert "Traceback" not in result.output


def test_warc_out_can_be_ingested_again(news, tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    fetched = ingest(news.url("/sitemap.xml"), "--warc-out", str(warc), "--db", f"sqlite:///{tmp_path / 'a.db'}")
    assert json.loads(fetched.stdout)["added"] == 2
    offline = ingest(str(warc), "--db", f"sqlite:///{tmp_path / 'b.db'}")
    assert json.loads(offline.stdout)["added"] == 2


def test_urls_are_not_sent_to_a_cluster(news, tmp_path):
    result = runner.invoke(app, ["ingest", news.url("/feed.xml"), "--scheduler", "local:1",
                                 "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "URLs are fetched by this process" in result.stderr
