"""Feeds, sitemaps (indexes, news, 100,000 links, gzip) and pages told apart; bad ones in one line."""

from __future__ import annotations

import gzip

import httpx
import pytest

from quellenlage.fetch.client import Fetched
from quellenlage.fetch.discover import body_of, expect_listing, feed_links, kind_of, page_input, sitemap_links
from quellenlage.ingest.readers import InputError

from .server import rss, sitemap


def fetched(body: bytes, ctype: str = "text/html", url: str = "http://127.0.0.1:1/x") -> Fetched:
    return Fetched(url, url, 200, "OK", httpx.Headers({"content-type": ctype}), body)


def test_kinds_come_from_the_content():
    feed = rss([("A", "http://127.0.0.1:1/a")]).encode()
    assert kind_of(fetched(feed, "application/rss+xml"), feed) == "feed"
    assert kind_of(fetched(feed, "text/html"), feed) == "feed"  # a misnamed feed is still one
    smap = sitemap(["http://127.0.0.1:1/a"]).encode()
    assert kind_of(fetched(smap, "application/xml"), smap) == "sitemap"
    assert kind_of(fetched(b"<html><body>x</body></html>"), b"<html>") == "page"


def test_html_error_page_served_as_a_feed_is_refused_where_a_feed_is_wanted():
    body = b"<!DOCTYPE html><html><body><h1>Wartungsarbeiten</h1></body></html>"
    got = fetched(body, "application/rss+xml")
    with pytest.raises(InputError, match="not a readable feed or sitemap"):
        kind_of(got, body)
    html = fetched(body, "text/html")
    with pytest.raises(InputError, match="not a feed or sitemap: the server sent an HTML page"):
        expect_listing(html, kind_of(html, body))


def test_a_feed_that_is_not_xml_is_one_line():
    body = b"<rss version='2.0'><channel><item><title>kaputt</titel>\x00\x01 </rss"
    errors = list(feed_links(fetched(body, "application/rss+xml"), body))
    assert len(errors) == 1 and isinstance(errors[0], InputError) and "not a readable feed" in errors[0].reason


def test_image_is_not_an_article():
    with pytest.raises(InputError, match="content type image/png"):
        kind_of(fetched(b"\x89PNG...", "image/png"), b"\x89PNG...")


def test_feed_links_resolve_and_carry_the_entry_content():
    body = rss([("Eins", "/artikel/1.html"), ("Zwei", "javascript:void(0)")]).encode()
    items = list(feed_links(fetched(body, "application/rss+xml", "http://127.0.0.1:1/feed.xml"), body))
    assert items[0].url == "http://127.0.0.1:1/artikel/1.html" and "Eins" in items[0].entry_page
    assert isinstance(items[1], InputError) and "javascript" in items[1].reason


def test_sitemap_index_and_news_sitemap():
    index = sitemap(["http://127.0.0.1:1/s1.xml"], index=True).encode()
    assert [(link.url, link.kind) for link in sitemap_links(fetched(index), index)] == [
        ("http://127.0.0.1:1/s1.xml", "sitemap")]
    news = sitemap(["http://127.0.0.1:1/a", "http://127.0.0.1:1/b"], news=True).encode()
    links = list(sitemap_links(fetched(news), news))
    assert [link.date for link in links] == ["2026-11-02", "2026-11-02"] and links[0].kind == "page"


def test_a_sitemap_of_100000_links_is_streamed():
    links = [f"http://127.0.0.1:1/a/{i}" for i in range(100_000)]
    body = sitemap(links).encode()
    stream = sitemap_links(fetched(body), body)
    assert next(stream).url == links[0]  # a generator: links come out as the file is read
    assert sum(1 for _ in stream) == 99_999
    # streaming means a broken tail costs only the tail: the links before it were already yielded
    broken = body[: len(body) // 2]
    items = list(sitemap_links(fetched(broken), broken))
    assert len(items) > 40_000 and isinstance(items[-1], InputError) and "links read before it" in items[-1].reason


def test_gzipped_sitemap_is_unpacked_within_the_limit():
    body = gzip.compress(sitemap(["http://127.0.0.1:1/a"]).encode())
    assert kind_of(fetched(body, "application/gzip"), body_of(fetched(body), 10_000)) == "sitemap"
    bomb = gzip.compress(b" " * 50_000)
    with pytest.raises(InputError, match="too large"):
        body_of(fetched(bomb), 10_000)


def test_wrong_charset_in_the_header_is_corrected():
    text = "<html><body><p>Grüße aus Kleinmünde, sagte die Bürgermeisterin.</p></body></html>"
    latin = text.encode("cp1252")
    raw = page_input(fetched(latin, "text/html; charset=utf-8"), latin, "x", 10**6)
    assert "Grüße" in raw.content  # the header said UTF-8; the bytes were Windows-1252
    utf = text.encode("utf-8")
    raw = page_input(fetched(utf, "text/html; charset=iso-8859-1"), utf, "x", 10**6)
    assert "Grüße" in raw.content  # the header said Latin-1; the bytes were UTF-8
    raw = page_input(fetched(latin, "text/html; charset=iso-8859-1"), latin, "x", 10**6)
    assert "Grüße" in raw.content and raw.encoding == "cp1252"
