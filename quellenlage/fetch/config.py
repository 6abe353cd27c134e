"""How politely and how patiently to fetch: one object, defaults for a well-behaved crawler.

The defaults are what ``docs/watching.md`` promises: at least one second between two
requests to one host (longer when ``robots.txt`` asks for a ``Crawl-delay``), one request
at a time per host, hosts in parallel, ``robots.txt`` obeyed, 20 MB per response, ten
redirects, three retries on 429 and 5xx with exponential backoff (``Retry-After`` honoured
up to two minutes), and a User-Agent that names Quellenlage and, when given, a contact.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..ingest.readers import MAX_BYTES

CONTACT_ENV = "QUELLENLAGE_CONTACT"
ROBOTS_TOKEN = "Quellenlage"  # the product token robots.txt groups are matched against


def user_agent(contact: str | None = None) -> str:
    """``Quellenlage/<version> (+contact)``: honest about who asks, and whom to tell."""
    from .. import __version__

    contact = contact or os.environ.get(CONTACT_ENV)
    detail = f"news claim analysis; +{contact}" if contact else "news claim analysis; no contact given"
    return f"{ROBOTS_TOKEN}/{__version__} ({detail})"


@dataclass
class FetchConfig:
    """Politeness and limits of one :class:`~quellenlage.fetch.client.Fetcher`."""

    delay: float = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay may raise it)
    contact: str | None = None  # an e-mail or URL in the User-Agent
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_seconds: float = 120.0  # one whole response, however slowly it drips
    max_bytes: int = MAX_BYTES
    max_redirects: int = 10
    retries: int = 3  # further attempts after a 429, a 5xx or a timeout
    backoff: float = 2.0  # first wait before a retry; doubles each time
    max_wait: float = 120.0  # longest Retry-After or backoff honoured; a longer one gives up
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay above this is capped
    obey_robots: bool = True
    parallel: int = 8  # hosts fetched at the same time
    user_agent: str = field(default="")

    def __post_init__(self) -> None:
        if self.delay < 0 or self.parallel < 1 or self.max_redirects < 0 or self.retries < 0:
            raise ValueError("delay and retries must be ≥ 0, parallel ≥ 1")
        if not self.user_agent:
            self.user_agent = user_agent(self.contact)
