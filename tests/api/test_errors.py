"""Failures inside the server: one clear line to the client, never a traceback."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from quellenlage.api import create_app
from quellenlage.store import StoreError


class Broken:
    """A store whose every read fails, as a corrupt or vanished database would."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def __getattr__(self, name):
        def fail(*_a, **_k):
            raise self.exc
        return fail


@pytest.mark.parametrize("exc,status", [(RuntimeError("secret internals at 0xdeadbeef"), 500),
                                        (StoreError("sqlite:///x.db: database disk image is malformed"), 503)])
def test_store_failures_are_one_line_without_internals(exc, status):
    with TestClient(create_app(store=Broken(exc), token=""), raise_server_exceptions=False) as c:
        api = c.get("/api/articles")
        assert api.status_code == status and api.json()["status"] == status
        page = c.get("/stories")
        assert page.status_code == status and "<html" in page.text
        for r in (api, page):
            assert "Traceback" not in r.text and "0xdeadbeef" not in r.text


@pytest.mark.parametrize("query", ["q=%ZZ%", "q=%00", "q=a&&&=&q=", "limit=1;DROP", "=x"])
def test_odd_query_strings_get_an_answer(client, query):
    r = client.get("/api/search?" + query)
    assert r.status_code in (200, 422)
    assert r.headers["content-type"].startswith("application/json")
    r = client.get("/search?" + query)
    assert r.status_code in (200, 400) and "<html" in r.text


def test_overlong_query_string_is_refused(client):
    r = client.get("/api/search?q=" + "a" * 20_000)
    assert r.status_code == 414 and r.json()["error"]


def test_method_not_allowed_is_json_for_the_api(client):
    r = client.put("/api/articles")
    assert r.status_code == 405 and r.json()["status"] == 405
