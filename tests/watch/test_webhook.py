"""The webhook: alerts posted as JSON from a background thread, retried with backoff, never blocking."""

from __future__ import annotations

import json
import time

import pytest

from quellenlage.fetch import BadURL
from quellenlage.watch.webhook import Webhook
from tests.fetch.server import Route


def _wait_for(condition, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return False


def test_alerts_are_posted_as_json_in_order(site):
    site.add("/hook", "", status=204)
    delivered: list[int] = []
    hook = Webhook(site.url("/hook"), on_delivered=delivered.append, backoff=0.01)
    for i in (1, 2, 3):
        hook.post({"id": i, "kind": "denial", "title": f"Alarm {i}"})
    assert _wait_for(lambda: delivered == [1, 2, 3])
    hook.close()
    posts = [h for h in site.log if h.method == "POST"]
    assert [json.loads(h.body)["id"] for h in posts] == [1, 2, 3]
    assert posts[0].headers["Content-Type"] == "application/json"
    assert posts[0].headers["User-Agent"].startswith("Quellenlage/")


def test_a_failing_receiver_is_retried_until_it_answers(site):
    site.routes["/hook"] = [Route(500), Route(503), Route(200)]
    delivered: list[int] = []
    hook = Webhook(site.url("/hook"), on_delivered=delivered.append, backoff=0.01)
    hook.post({"id": 7})
    assert _wait_for(lambda: delivered == [7])
    hook.close()
    assert len(site.log) == 3


def test_a_receiver_that_is_down_never_blocks_and_is_reported(site):
    url = site.url("/hook")
    site.close()  # nobody listens any more
    errors: list[str] = []
    hook = Webhook(url, on_error=errors.append, attempts=3, backoff=0.01)
    for i in range(100):
        hook.post({"id": i})
    assert hook.queue.qsize() > 50  # post() queued them and returned; the thread works through them
    assert _wait_for(lambda: len(errors) >= 1)
    assert "not delivered" in errors[0] and "\n" not in errors[0]
    hook.close(wait=0.1)
    assert not hook.thread.is_alive()  # closing gives up on the rest: they stay undelivered in the store


def test_a_webhook_url_must_be_http():
    with pytest.raises(BadURL):
        Webhook("file:///tmp/hook")
