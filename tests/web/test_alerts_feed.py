"""Alerts on the server: Atom feeds of all alerts and of one story, and the alerts on the story page."""

from __future__ import annotations

import feedparser
import pytest

from quellenlage.watch.run import Watcher
from tests.stories.story_set import reports


@pytest.fixture
def alerted(tmp_path):
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app
    from quellenlage.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    r = reports()
    store.save_documents(r[:3])
    store.update_stories()
    w = Watcher(store, [], 60)
    store.save_documents(r[3:4])  # the Kremlin's denial joins the story
    store.update_stories()
    alerts = w.raise_alerts()
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as client:
        yield client, alerts
    store.close()


def test_alerts_atom_lists_every_alert(alerted):
    client, alerts = alerted
    resp = client.get("/alerts.atom")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(resp.content)
    assert not feed.bozo
    assert sorted(e.title for e in feed.entries) == sorted(a.title for a in alerts)
    denial = next(e for e in feed.entries if e.tags[0].term == "denial")
    assert denial.link.endswith(f"/stories/{alerts[0].story}")


def test_story_alerts_atom_and_page(alerted):
    client, alerts = alerted
    story = alerts[0].story
    feed = feedparser.parse(client.get(f"/stories/{story}/alerts.atom").content)
    assert len(feed.entries) == len(alerts)
    page = client.get(f"/stories/{story}").text
    assert 'id="alerts"' in page and "Kreml denies" in page and f"/stories/{story}/alerts.atom" in page
    assert client.get("/stories/987654/alerts.atom").status_code == 404


def test_markup_in_an_alert_is_escaped(alerted):
    client, alerts = alerted
    from quellenlage.store.watch import NewAlert, save_alerts

    store = client.app.state.store
    with store.session() as s:
        save_alerts(s, [NewAlert("test:x", "entity", "<script>alert(1)</script> & Co", story_pk=alerts[0].story)])
    body = client.get("/alerts.atom").text
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert "<script>alert(1)" not in client.get(f"/stories/{alerts[0].story}").text
