"""Small HTTP servers on 127.0.0.1 for the fetch tests: routes, a request log, slow and broken answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None  # writes the whole answer itself


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    at: float
    body: bytes = b""


class Site:
    """One HTTP server (one host for politeness: 127.0.0.1:<port>) with a log of every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | list[Route]] = {}
        self.log: list[Hit] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.latency = 0.0
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args) -> None:
                pass

            def do_GET(self) -> None:
                site._serve(self, "GET")

            def do_POST(self) -> None:
                site._serve(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", status: int = 200, ctype: str = "text/html; charset=utf-8",
            **headers: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": ctype, **{k.replace("_", "-"): v for k, v in headers.items()}}
        self.routes[path] = Route(status, data, hdrs)

    def paths(self) -> list[str]:
        return [h.path for h in self.log]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _serve(self, req: BaseHTTPRequestHandler, method: str) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        with self._lock:
            self.log.append(Hit(method, req.path, dict(req.headers), time.monotonic(), body))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.latency:
                time.sleep(self.latency)
            route = self.routes.get(req.path)
            if isinstance(route, list):  # a sequence of answers: the last one repeats
                route = route.pop(0) if len(route) > 1 else route[0]
            if route is None:
                route = Route(404, b"<html><body>not here</body></html>", {"Content-Type": "text/html"})
            if route.handler is not None:
                route.handler(req)
                return
            req.send_response(route.status)
            for k, v in route.headers.items():
                req.send_header(k, v)
            req.send_header("Content-Length", str(len(route.body)))
            req.end_headers()
            req.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.in_flight -= 1


def page(title: str, sentence: str, when: str = "2026-11-02") -> str:
    """An invented article page: title, date and a few paragraphs around one claim."""
    return (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{when}T08:00:00Z'></head><body><article>"
            f"<h1>{title}</h1><p>{sentence}</p>"
            "<p>Die Behörden im Hafen von Kleinmünde prüfen seit Tagen, wie es weitergehen soll. "
            "Anwohner beobachten die Arbeiten am Kai mit großer Sorge und fragen nach den Folgen.</p>"
            "<p>Eine Entscheidung über weitere Schritte soll in der kommenden Woche fallen, "
            "hieß es aus dem Rathaus der kleinen Stadt an der Küste.</p></article></body></html>")


def rss(items: list[tuple[str, str]], title: str = "Küstenbote") -> str:
    """An RSS feed of (title, link) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
                      f"<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>{t}</description></item>"
                      for t, link in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>http://127.0.0.1/</link>{entries}</channel></rss>")


def sitemap(links: list[str], index: bool = False, news: bool = False) -> str:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    ns = " xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'" if news else ""
    extra = ("<news:news><news:publication_date>2026-11-02</news:publication_date>"
             "<news:title>x</news:title></news:news>") if news else ""
    body = "".join(f"<{item}><loc>{link}</loc>{extra}</{item}>" for link in links)
    return (f"<?xml version='1.0' encoding='utf-8'?><{tag} xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'{ns}>"
            f"{body}</{tag}>")
