"""``new_outlet`` for appearances: an exact copy of a stored text on another site is stored as an appearance
of the article (not as an article), and the claims of that text are then carried by a new outlet."""

from __future__ import annotations

from quellenlage.fetch import FetchConfig
from quellenlage.watch.run import Watcher
from tests.fetch.server import Route, rss
from tests.stories.builders import article, claim

TEXT = ("Die Küstenwache von Hallsund teilte am Montag mit, dass ein Frachter vor der Mole auf Grund gelaufen sei. "
        "Die Bergung solle am Dienstag beginnen, hieß es weiter. Anwohner beobachten die Arbeiten mit Sorge, "
        "der Hafen bleibt vorerst für kleine Boote geöffnet.")


def wire(outlet: str, url: str) -> dict:
    doc = article(TEXT, outlet=outlet, published="2026-11-02", title="Frachter vor Hallsund",
                  entities=[("Küstenwache von Hallsund", "org:kuestenwache-hallsund", "Hallsund coast guard")],
                  claims=[claim("dass ein Frachter vor der Mole auf Grund gelaufen sei", "Küstenwache von Hallsund")])
    doc["article"]["url"] = url
    return doc


def test_a_copy_on_another_site_raises_new_outlet_once(store):
    store.save_documents([wire("Küstenbote", "https://kuestenbote.example/frachter")])
    store.update_stories()
    watch = Watcher(store, [], 60)
    saved = store.save_documents([wire("Inselblatt", "https://inselblatt.example/frachter")])
    assert (saved.added, saved.appearances) == (0, 1)  # the same text: one more appearance, no article
    store.update_stories()
    alerts = watch.raise_alerts()
    assert [(a.kind, a.data["outlet"], a.data["url"]) for a in alerts] == [
        ("new_outlet", "Inselblatt", "https://inselblatt.example/frachter")]
    assert alerts[0].title.startswith("Inselblatt now carries") and "before only in Küstenbote" in alerts[0].detail
    assert watch.raise_alerts() == []  # looked at: not raised again
    store.save_documents([wire("Küstenbote", "https://kuestenbote.example/frachter-2")])  # its own outlet again
    store.update_stories()
    assert watch.raise_alerts() == []


def _page(site_name: str) -> str:
    return ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Frachter vor Hallsund</title>"
            f"<meta property='og:site_name' content='{site_name}'>"
            "<meta property='article:published_time' content='2026-11-02T08:00:00Z'></head><body><article>"
            f"<h1>Frachter vor Hallsund</h1><p>{TEXT}</p></article></body></html>")


def _feed(items: list[tuple[str, str]]) -> Route:
    return Route(body=rss(items).encode(), headers={"Content-Type": "application/rss+xml"})


def test_a_feed_that_adds_a_copy_on_a_second_site(sites, store):
    first, second = sites(), sites()
    first.add("/frachter.html", _page("Küstenbote"))
    second.add("/meldung/frachter.html", _page("Inselblatt"))
    first.routes["/feed.xml"] = _feed([("Frachter", first.url("/frachter.html"))])
    config = FetchConfig(delay=0.01, backoff=0.01, max_wait=1.0, read_timeout=5.0, retries=1)
    watch = Watcher(store, [first.url("/feed.xml")], 0.01, config)
    one = watch.cycle()
    assert (one.added, one.alerts) == (1, [])
    first.routes["/feed.xml"] = _feed([("Frachter", first.url("/frachter.html")),
                                       ("Frachter (Inselblatt)", second.url("/meldung/frachter.html"))])
    two = watch.cycle()
    assert two.added == 0 and two.known == 1  # the copy is no new article …
    assert store.known_urls([second.url("/meldung/frachter.html")])  # … but a new page of the stored one
    assert two.alerts and {(a.kind, a.data["outlet"]) for a in two.alerts} == {("new_outlet", "Inselblatt")}
    assert len({a.data["group"] for a in two.alerts}) == len(two.alerts)  # one per claim group it carries
    assert watch.cycle().alerts == []
