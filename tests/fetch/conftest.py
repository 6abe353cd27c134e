import pytest

from quellenlage.fetch import FetchConfig

from .server import Site


@pytest.fixture
def sites():
    """A factory of local HTTP servers (each its own host), all closed after the test."""
    made: list[Site] = []

    def make() -> Site:
        site = Site()
        made.append(site)
        return site

    yield make
    for site in made:
        site.close()


@pytest.fixture
def site(sites) -> Site:
    return sites()


@pytest.fixture
def config() -> FetchConfig:
    """Politeness scaled down for tests: tiny delays and waits, short timeouts."""
    return FetchConfig(delay=0.01, backoff=0.01, max_wait=1.0, read_timeout=0.5, connect_timeout=0.5,
                       max_seconds=2.0, retries=2, contact="tests@example.invalid")
