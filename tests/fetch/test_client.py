"""One URL fetched politely: robots.txt, User-Agent, retries, limits, redirects, conditional requests."""

from __future__ import annotations

import time

import httpx
import pytest

from quellenlage.fetch import Fetcher, check_url
from quellenlage.fetch.client import retry_after
from quellenlage.fetch.urls import BadURL

from .server import Route, page


@pytest.mark.parametrize("url, says", [
    ("file:///etc/passwd", "scheme 'file:'"),
    ("ftp://example.invalid/x", "scheme 'ftp:'"),
    ("javascript:alert(1)", "scheme 'javascript:'"),
    ("http://", "no host"),
    ("http://127.0.0.1:99999/", "malformed"),
    ("http://exa mple.invalid/", "malformed"),
    ("/just/a/path", "without scheme"),
])
def test_refused_urls_are_one_line_and_never_requested(url, says, config):
    with pytest.raises(BadURL) as err:
        check_url(url)
    assert says in err.value.reason and "\n" not in err.value.reason
    with Fetcher(config) as f:
        got = f.fetch(url)
    assert got.error and says in got.error and f.requests == 0


def test_robots_disallowed_page_is_never_requested(site, config):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    site.add("/private/a.html", page("Geheim", "Nichts."))
    site.add("/open.html", page("Offen", "Alles."))
    with Fetcher(config) as f:
        blocked = f.fetch(site.url("/private/a.html"))
        fine = f.fetch(site.url("/open.html"))
    assert "robots.txt" in blocked.error
    assert fine.ok
    assert "/private/a.html" not in site.paths()
    assert site.paths().count("/robots.txt") == 1  # cached per host


def test_robots_group_for_our_token_and_a_redirect_into_a_disallowed_path(site, config):
    site.add("/robots.txt", "User-agent: Quellenlage\nDisallow: /nur-menschen/\n\nUser-agent: *\nDisallow:\n",
             ctype="text/plain")
    site.add("/umweg", "", status=302, Location="/nur-menschen/x.html")
    with Fetcher(config) as f:
        got = f.fetch(site.url("/umweg"))
    assert "robots.txt" in got.error
    assert "/nur-menschen/x.html" not in site.paths()


def test_unreachable_robots_txt_allows_nothing(site, config):
    site.add("/robots.txt", "oops", status=503, ctype="text/plain")
    site.add("/a.html", page("A", "B."))
    with Fetcher(config) as f:
        got = f.fetch(site.url("/a.html"))
    assert "robots.txt cannot be read" in got.error
    assert "/a.html" not in site.paths()


def test_user_agent_names_quellenlage_and_the_contact(site, config):
    site.add("/a.html", page("A", "B."))
    with Fetcher(config) as f:
        f.fetch(site.url("/a.html"))
    agents = {h.headers.get("User-Agent") for h in site.log}
    assert all(a.startswith("Quellenlage/") and "tests@example.invalid" in a for a in agents)


def test_429_with_retry_after_is_retried_after_the_wait(site, config):
    site.routes["/busy"] = [Route(429, b"slow down", {"Retry-After": "1", "Content-Type": "text/plain"}),
                            Route(200, page("A", "B.").encode(), {"Content-Type": "text/html"})]
    with Fetcher(config) as f:
        got = f.fetch(site.url("/busy"))
    assert got.ok
    hits = [h for h in site.log if h.path == "/busy"]
    assert len(hits) == 2 and hits[1].at - hits[0].at >= 0.9  # Retry-After: 1 s, not the 0.01 s backoff


def test_a_retry_after_beyond_the_limit_gives_up_at_once(site, config):
    site.add("/later", "come back tomorrow", status=429, ctype="text/plain", Retry_After="86400")
    with Fetcher(config) as f:
        got = f.fetch(site.url("/later"))
    assert "429" in got.error and "86400 s" in got.error
    assert site.paths().count("/later") == 1


def test_500_is_retried_then_reported(site, config):
    site.add("/broken", "<h1>error</h1>", status=500)
    with Fetcher(config) as f:
        got = f.fetch(site.url("/broken"))
    assert got.error.startswith("HTTP 500") and "after 3 attempts" in got.error
    assert site.paths().count("/broken") == 3


@pytest.mark.parametrize("status", [404, 410])
def test_404_and_410_are_not_retried(site, config, status):
    site.add("/gone", "<h1>weg</h1>", status=status)
    with Fetcher(config) as f:
        got = f.fetch(site.url("/gone"))
    assert got.error.startswith(f"HTTP {status}") and site.paths().count("/gone") == 1


def test_a_slow_server_times_out_with_one_line(site, config):
    def slow(req):
        time.sleep(1.5)

    site.routes["/slow"] = Route(handler=slow)
    config.retries = 0
    with Fetcher(config) as f:
        got = f.fetch(site.url("/slow"))
    assert got.error.startswith("timed out")


def test_redirect_loop_is_caught(site, config):
    site.add("/a", "", status=301, Location="/b")
    site.add("/b", "", status=301, Location="/a")
    with Fetcher(config) as f:
        got = f.fetch(site.url("/a"))
    assert got.error.startswith("redirect loop") and "/a" in got.error
    assert site.paths().count("/a") == 1 and site.paths().count("/b") == 1


def test_redirects_are_limited_and_followed(site, config):
    for i in range(5):
        site.add(f"/r{i}", "", status=302, Location=f"/r{i + 1}")
    site.add("/r5", page("Ziel", "Da."))
    config.max_redirects = 3
    with Fetcher(config) as f:
        too_many = f.fetch(site.url("/r0"))
        config.max_redirects = 10
        fine = f.fetch(site.url("/r0"))
    assert "more than 3 redirects" in too_many.error
    assert fine.ok and fine.final_url == site.url("/r5")


def test_redirect_to_another_scheme_is_refused(site, config):
    site.add("/x", "", status=302, Location="file:///etc/passwd")
    with Fetcher(config) as f:
        got = f.fetch(site.url("/x"))
    assert "refused URL" in got.error


def test_declared_huge_response_is_refused_unread(site, config):
    config.max_bytes = 1000
    site.add("/big", b"x" * 5000)
    with Fetcher(config) as f:
        got = f.fetch(site.url("/big"))
    assert got.error.startswith("too large (0.0 MB")


def test_endless_response_is_cut_at_the_limit(site, config):
    def endless(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.end_headers()  # no length: the body ends when the connection does, which is never
        while True:
            req.wfile.write(b"<p>noch mehr</p>" * 256)

    config.max_bytes = 200_000
    site.routes["/endless"] = Route(handler=endless)
    with Fetcher(config) as f:
        got = f.fetch(site.url("/endless"))
    assert got.error.startswith("too large") and got.body == b""


def test_conditional_request_gets_304(site, config):
    def conditional(req):
        if req.headers.get("If-None-Match") == '"v1"':
            req.send_response(304)
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        body = page("A", "B.").encode()
        req.send_response(200)
        req.send_header("ETag", '"v1"')
        req.send_header("Last-Modified", "Mon, 02 Nov 2026 08:00:00 GMT")
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    site.routes["/c"] = Route(handler=conditional)
    with Fetcher(config) as f:
        first = f.fetch(site.url("/c"))
        second = f.fetch(site.url("/c"), *first.validators)
    assert first.ok and first.validators == ('"v1"', "Mon, 02 Nov 2026 08:00:00 GMT")
    assert second.not_modified
    assert site.log[-1].headers.get("If-Modified-Since") == "Mon, 02 Nov 2026 08:00:00 GMT"


def test_dns_failure_is_one_line(config):
    def no_such_host(request):  # what httpx raises when the name does not resolve; no lookup is made
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    with Fetcher(config, transport=httpx.MockTransport(no_such_host)) as f:
        got = f.fetch("http://no-such-host.invalid/")
    assert got.error == "cannot connect: [Errno -2] Name or service not known"


def test_refused_connection_is_one_line(site, config):
    url = site.url("/")
    site.close()
    with Fetcher(config) as f:
        got = f.fetch(url)
    assert got.error.startswith("cannot connect") and "\n" not in got.error


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None
