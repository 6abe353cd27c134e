"""The watch loop against a local site: a feed that changes between polls, conditional requests, restart, stop."""

from __future__ import annotations

import pytest

from quellenlage.fetch import FetchConfig
from quellenlage.store import open_store
from quellenlage.store.watch import list_alerts
from quellenlage.watch.run import Watcher, parse_every
from tests.fetch.server import Route, page, rss

RAIL = page("Stellwerk in Kleinmünde gestört",
            "Ein Sprecher der Bahn sagte, der Ausfall des Stellwerks werde bis zum Abend dauern.")
SHIPS = page("Frachter aus Nordkorea gesichtet",
             "Die Küstenwache teilte mit, dass ein Frachter aus Nordkorea vor der Küste ankere.", when="2026-11-03")


def feed_route(items: list[tuple[str, str]], etag: str):
    body = rss(items).encode()

    def answer(req):
        if req.headers.get("If-None-Match") == etag:
            req.send_response(304)
            req.send_header("ETag", etag)
            req.send_header("Content-Length", "0")
            req.end_headers()
            return
        req.send_response(200)
        req.send_header("Content-Type", "application/rss+xml")
        req.send_header("ETag", etag)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    return Route(handler=answer)


@pytest.fixture
def db(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'watch.db'}")
    yield store
    store.close()


def config() -> FetchConfig:
    return FetchConfig(delay=0.01, backoff=0.01, max_wait=1.0, read_timeout=5.0, retries=1)


def test_a_feed_that_changes_gives_its_new_alert_once(site, db):
    site.add("/bahn.html", RAIL)
    site.add("/frachter.html", SHIPS)
    site.routes["/feed.xml"] = feed_route([("Stellwerk", site.url("/bahn.html"))], '"v1"')
    seen = []
    w = Watcher(db, [site.url("/feed.xml")], 0.01, config(), entities=["Nordkorea"], on_alert=seen.append)
    first = w.cycle()
    assert (first.added, first.listings, first.alerts) == (1, 1, [])
    site.routes["/feed.xml"] = feed_route([("Frachter", site.url("/frachter.html")),
                                           ("Stellwerk", site.url("/bahn.html"))], '"v2"')
    second = w.cycle()
    assert second.added == 1 and second.known == 1  # the rail page was not fetched again
    assert [a.kind for a in second.alerts] == ["entity"] and "mentioning Nordkorea" in second.alerts[0].title
    third = w.cycle()  # the feed is unchanged: one conditional request, answered 304
    assert third.unchanged == 1 and third.alerts == [] and third.added == 0
    assert site.paths().count("/bahn.html") == 1 and site.paths().count("/frachter.html") == 1
    assert site.log[-1].headers.get("If-None-Match") == '"v2"'
    assert [a.kind for a in list_alerts(db)] == ["entity"] and len(seen) == 1


def test_a_restart_resumes_from_the_store(site, db):
    site.add("/bahn.html", RAIL)
    site.routes["/feed.xml"] = feed_route([("Stellwerk", site.url("/bahn.html"))], '"v1"')
    url = site.url("/feed.xml")
    Watcher(db, [url], 3600, config()).cycle()
    again = Watcher(db, [url], 3600, config())
    assert 3500 < again.due_in() <= 3600  # read a moment ago: the next cycle is an hour after that
    result = again.cycle()  # and when it runs, it asks conditionally
    assert result.unchanged == 1 and result.added == 0
    assert site.log[-1].headers.get("If-None-Match") == '"v1"'


def test_stop_ends_the_loop_after_the_current_cycle(site, db):
    site.add("/bahn.html", RAIL)
    site.routes["/feed.xml"] = feed_route([("Stellwerk", site.url("/bahn.html"))], '"v1"')
    w = Watcher(db, [site.url("/feed.xml")], 3600, config())
    cycles = []

    def after(c):
        cycles.append(c)
        w.stop()  # as SIGTERM does: the loop does not wait the hour

    assert w.run(on_cycle=after) == 1 and cycles[0].added == 1


def test_bad_feeds_are_one_line_each_and_the_watch_goes_on(site, db):
    site.add("/bahn.html", RAIL)
    site.add("/fehler.xml", "<!DOCTYPE html><html><body><h1>Wartung</h1></body></html>")
    site.add("/kaputt.xml", "<rss><channel><item><title>x</titel>", ctype="application/rss+xml")
    site.routes["/feed.xml"] = feed_route([("Stellwerk", site.url("/bahn.html"))], '"v1"')
    failures = []
    w = Watcher(db, [site.url("/fehler.xml"), site.url("/kaputt.xml"), site.url("/feed.xml")], 60, config(),
                on_failure=lambda n, r: failures.append((n, r)))
    result = w.cycle()
    assert result.added == 1 and result.failed == 2
    reasons = dict(failures)
    assert reasons[site.url("/fehler.xml")].startswith("not a feed or sitemap")
    assert reasons[site.url("/kaputt.xml")].startswith("not a readable feed")


@pytest.mark.parametrize("text, seconds", [("15m", 900), ("1h30m", 5400), ("90s", 90), ("2", 2), ("1d", 86400)])
def test_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0", "-5m"])
def test_bad_every(text):
    with pytest.raises(ValueError):
        parse_every(text)
