"""URLs a fetch accepts: absolute http(s) URLs with a host; everything else is refused in one line.

``file:``, ``ftp:``, ``javascript:``, ``data:`` and friends never reach the network, nor does a
URL without a host or with a port that is not a number. Hosts are compared as
``scheme://host[:port]`` in lower case: the unit of politeness and of ``robots.txt``.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit

SCHEMES = ("http", "https")


class BadURL(ValueError):
    """A URL that is not fetched; ``reason`` is one line."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def looks_like_url(text: str) -> bool:
    """True when an argument is meant as a URL (``scheme:`` before any slash), not a path."""
    head, sep, _ = text.partition(":")
    return bool(sep) and head.isascii() and head.isalpha() and len(head) > 1 and "/" not in head


def check_url(url: str) -> str:
    """The URL without its fragment, or :class:`BadURL` saying why it is refused."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port that is not a number or out of range
    except ValueError as exc:
        raise BadURL(url, f"malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        what = f"the scheme '{scheme}:'" if scheme else "a URL without scheme"
        raise BadURL(url, f"{what} is not fetched (only http and https)")
    if not parts.hostname:
        raise BadURL(url, "malformed URL (no host)")
    if any(c in url for c in " \t\r\n<>\"") or port == 0:
        raise BadURL(url, "malformed URL")
    return urldefrag(url)[0]


def host_of(url: str) -> str:
    """``scheme://host[:port]`` in lower case: requests to one such host wait for each other."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def resolve(base: str, link: str) -> str:
    """``link`` made absolute against ``base`` (a redirect's Location, a feed entry's link)."""
    return urljoin(base, link.strip())
