"""Fetching from the web, politely: pages, feeds and sitemaps for ``ingest URL…`` and ``watch``.

* :mod:`.urls` — which URLs are fetched at all (http and https, well-formed);
* :mod:`.config` — politeness and limits (:class:`FetchConfig`), the User-Agent;
* :mod:`.politeness` — per-host turns with a delay, robots.txt (protego);
* :mod:`.client` — one URL fetched (httpx): retries, redirects, size and time limits;
* :mod:`.warcout` — every response written to a WARC file (warcio);
* :mod:`.discover` — feed, sitemap or page, and the links of feeds and sitemaps (feedparser, lxml);
* :mod:`.crawl` — many URLs over many hosts in parallel, each host one at a time;
* :mod:`.source` — all of it as an ingest source of pages (:class:`WebSource`).
"""

from .client import Fetched, Fetcher
from .config import FetchConfig, user_agent
from .source import Known, WebSource
from .urls import BadURL, check_url, looks_like_url
from .warcout import WarcOut

__all__ = ["BadURL", "FetchConfig", "Fetched", "Fetcher", "Known", "WarcOut", "WebSource", "check_url",
           "looks_like_url", "user_agent"]
