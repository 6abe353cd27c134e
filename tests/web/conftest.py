from __future__ import annotations

import pytest

from tests.web import fixtures


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store holding the invented oil-spill story, and the ids the tests need."""
    from quellenlage.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}")
    ids = fixtures.build(store)
    yield store, ids
    store.close()


@pytest.fixture(scope="module")
def client(built):
    from fastapi.testclient import TestClient

    from quellenlage.api import create_app

    store, _ = built
    with TestClient(create_app(store=store, token=""), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(built):
    return built[1]
