"""URLs as an ingest source: a site with robots.txt, a feed, a sitemap index and pages; WARC output."""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.document import RawInput
from quellenlage.fetch import Fetcher, Known, WarcOut, WebSource
from quellenlage.ingest.readers import InputError
from quellenlage.ingest.sources import Refetched
from quellenlage.ingest.warc import iter_warc

from .server import Route, page, rss, sitemap

SENTENCES = [
    "Die Hafenbehörde teilte mit, dass rund 40 Container über Bord gegangen seien.",
    "Der Reeder bestritt, dass Ladung verloren gegangen sei.",
    "Laut Feuerwehr wurden zwei Menschen leicht verletzt.",
]


@pytest.fixture
def news_site(site):
    """robots.txt keeps /intern/ closed; the feed links a page there and two open ones."""
    site.add("/robots.txt", "User-agent: *\nDisallow: /intern/\n", ctype="text/plain")
    for i, sentence in enumerate(SENTENCES):
        site.add(f"/artikel/{i}.html", page(f"Meldung {i}", sentence))
    site.add("/intern/entwurf.html", page("Entwurf", "Geheim."))
    site.add("/feed.xml", rss([("Meldung 0", site.url("/artikel/0.html")),
                               ("Entwurf", site.url("/intern/entwurf.html")),
                               ("Meldung 1", site.url("/artikel/1.html"))]), ctype="application/rss+xml")
    site.add("/sitemap-index.xml", sitemap([site.url("/sitemap-news.xml")], index=True), ctype="application/xml")
    site.add("/sitemap-news.xml", sitemap([site.url(f"/artikel/{i}.html") for i in range(3)], news=True),
             ctype="application/xml")
    return site


def _split(items):
    pages = [i for i in items if isinstance(i, RawInput)]
    errors = [i for i in items if isinstance(i, InputError)]
    known = [i for i in items if isinstance(i, Known)]
    return pages, errors, known


def test_feed_expands_to_its_pages_and_robots_txt_holds(news_site, config):
    with Fetcher(config) as f:
        pages, errors, _ = _split(list(WebSource(f).items([news_site.url("/feed.xml")])))
    names = sorted(p.name for p in pages)
    assert names == sorted([news_site.url("/artikel/0.html"), news_site.url("/artikel/1.html"),
                            news_site.url("/intern/entwurf.html")])
    assert "/intern/entwurf.html" not in news_site.paths()  # never requested ...
    entwurf = next(p for p in pages if "entwurf" in p.name)
    assert "Entwurf" in entwurf.content and "Geheim" not in entwurf.content  # ... the feed's entry stood in
    assert errors == []


def test_sitemap_index_expands_through_the_news_sitemap(news_site, config):
    with Fetcher(config) as f:
        pages, errors, _ = _split(list(WebSource(f).items([news_site.url("/sitemap-index.xml")])))
    assert sorted(p.name for p in pages) == [news_site.url(f"/artikel/{i}.html") for i in range(3)]
    assert all("Meldung" in p.content for p in pages) and errors == []


def test_known_pages_are_not_fetched_again_unless_refetch(news_site, config):
    stored = {news_site.url("/artikel/0.html")}
    with Fetcher(config) as f:
        pages, _, known = _split(list(WebSource(f, known=lambda urls: urls & stored).items(
            [news_site.url("/sitemap-news.xml")])))
    assert [k.name for k in known] == [news_site.url("/artikel/0.html")] and len(pages) == 2
    assert "/artikel/0.html" not in news_site.paths()
    with Fetcher(config) as f:
        items = list(WebSource(f, known=lambda urls: urls & stored, refetch=True).items(
            [news_site.url("/artikel/0.html")]))
    # fetched again, marked as a stored page: its text replaces the stored one if it changed
    assert [type(i) for i in items] == [Refetched] and items[0].raw.name == news_site.url("/artikel/0.html")


def test_bad_urls_and_failing_pages_are_one_line_each_and_the_rest_goes_on(news_site, config):
    news_site.add("/weg.html", "gone", status=410)
    urls = ["ftp://127.0.0.1/x", "nicht eine url", news_site.url("/weg.html"), news_site.url("/artikel/2.html")]
    with Fetcher(config) as f:
        pages, errors, _ = _split(list(WebSource(f).items(urls)))
    assert [p.name for p in pages] == [news_site.url("/artikel/2.html")]
    reasons = {e.name: e.reason for e in errors}
    assert "scheme 'ftp:'" in reasons["ftp://127.0.0.1/x"]
    assert "without scheme" in reasons["nicht eine url"]
    assert reasons[news_site.url("/weg.html")].startswith("HTTP 410")


def test_listings_only_refuses_a_page_and_an_html_error_page_as_feed(news_site, config):
    news_site.routes["/kaputt.xml"] = Route(503, b"<html><body>Wartung</body></html>",
                                           {"Content-Type": "text/html", "Retry-After": "0"})
    news_site.add("/fehler.xml", "<!DOCTYPE html><html><body>Fehler</body></html>")
    with Fetcher(config) as f:
        _, errors, _ = _split(list(WebSource(f, listings_only=True).items(
            [news_site.url("/artikel/0.html"), news_site.url("/fehler.xml"), news_site.url("/kaputt.xml")])))
    reasons = sorted(e.reason for e in errors)
    assert reasons[0].startswith("HTTP 503")
    assert reasons[1].startswith("not a feed or sitemap") and reasons[2].startswith("not a feed or sitemap")


def test_warc_out_keeps_every_response_and_ingest_can_read_it(news_site, config, tmp_path: Path):
    out = tmp_path / "crawl.warc.gz"
    with WarcOut(out) as warc, Fetcher(config, warc=warc) as f:
        fetched = [p for p in WebSource(f).items([news_site.url("/feed.xml")]) if isinstance(p, RawInput)]
        records = warc.records
    assert records == len(news_site.log)  # robots.txt, the feed, the pages: every response
    again = [p for p in iter_warc(out) if isinstance(p, RawInput)]
    assert sorted(p.url for p in again) == sorted(p.url for p in fetched if "entwurf" not in p.name)
    assert {p.content for p in again} <= {p.content for p in fetched}
