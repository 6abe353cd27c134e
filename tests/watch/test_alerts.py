"""Alert rules over the stored stories: each kind raised by the articles that cause it, once."""

from __future__ import annotations

from quellenlage.store.watch import list_alerts
from quellenlage.watch.run import Watcher
from tests.stories.builders import article, claim, qty
from tests.stories.story_set import KP, RU, reports

US = ("USA", "iso3166:US", "United States")


def revised() -> dict:
    return article(
        "Die Vereinigten Staaten korrigierten ihre Angaben. Die USA erklärten nun, Nordkorea habe mehr als "
        "1.500 Container an Russland geliefert. Russland und Nordkorea schwiegen.",
        outlet="abendpost.example", published="2026-11-06", title="USA: mehr Container", entities=[KP, RU, US],
        claims=[claim("Nordkorea habe mehr als 1.500 Container an Russland geliefert", "USA",
                      quantities=[qty("mehr als 1.500 Container", "Container", lower=1500)])])


def harbour() -> dict:
    return article(
        "In Kleinmünde ist ein Frachter auf Grund gelaufen. Der Hafenmeister Piet Sommer sagte, "
        "die Bergung werde Tage dauern. Kleinmünde sperrte den Hafen.",
        outlet="kuestenbote.example", published="2026-11-07", title="Frachter vor Kleinmünde",
        entities=[("Kleinmünde", "place:kleinmuende", "Kleinmünde"), ("Piet Sommer", None, "Piet Sommer")],
        claims=[claim("die Bergung werde Tage dauern", "Piet Sommer")])


def watcher(store, entities=()) -> Watcher:
    return Watcher(store, [], 60, entities=entities)


def test_articles_stored_before_the_first_watch_raise_nothing(store):
    r = reports()
    store.save_documents(r)
    store.update_stories()
    assert watcher(store).raise_alerts() == []


def test_each_kind_is_raised_by_the_new_articles_and_only_once(store):
    r = reports()
    store.save_documents(r[:3])
    store.update_stories()
    w = watcher(store)  # the watch starts here
    store.save_documents([*r[3:], revised()])
    store.update_stories()
    alerts = w.raise_alerts()
    kinds = {a.kind for a in alerts}
    assert kinds == {"disagreement", "revision", "denial", "new_outlet"}
    revision = next(a for a in alerts if a.kind == "revision")
    assert revision.title == "USA revised a figure: mehr als 1.000 Container → mehr als 1.500 Container"
    denial = next(a for a in alerts if a.kind == "denial")
    assert denial.title.startswith("Kreml denies") and denial.story is not None
    outlets = {a.data["outlet"] for a in alerts if a.kind == "new_outlet"}
    assert outlets == {"morgenruf.example", "islandtimes.example"}  # abendpost carried it already (a copy)
    assert any("Geheimdienst" in a.title for a in alerts if a.kind == "disagreement")
    assert w.raise_alerts() == []  # nothing new since
    assert len(list_alerts(store)) == len(alerts)


def test_a_restart_finds_nothing_twice(store):
    r = reports()
    store.save_documents(r[:3])
    store.update_stories()
    watcher(store)
    store.save_documents(r[3:4])
    store.update_stories()
    first = watcher(store).raise_alerts()  # a new Watcher: the state is in the store
    assert first and watcher(store).raise_alerts() == []


def test_a_new_story_mentioning_a_watched_entity(store):
    store.save_documents(reports()[:3])
    store.update_stories()
    w = watcher(store, entities=["kleinmünde", "iso3166:KP"])
    store.save_documents([harbour()])
    store.update_stories()
    alerts = w.raise_alerts()
    assert [(a.kind, a.data["entity"]) for a in alerts] == [("entity", "kleinmünde")]
    assert "Frachter vor Kleinmünde" in alerts[0].title  # North Korea's story mentioned it before: no alert


def test_listing_filters_by_story_and_time(store):
    r = reports()
    store.save_documents(r[:3])
    store.update_stories()
    w = watcher(store, entities=["Kleinmünde"])
    store.save_documents([r[3], harbour()])
    store.update_stories()
    alerts = w.raise_alerts()
    harbour_story = next(a.story for a in alerts if a.kind == "entity")
    assert [a.kind for a in list_alerts(store, story=harbour_story)] == ["entity"]
    assert list_alerts(store, since="2999-01-01") == []
    assert len(list_alerts(store, since="2000-01-01")) == len(alerts)
    assert list_alerts(store, story=999999) == []
