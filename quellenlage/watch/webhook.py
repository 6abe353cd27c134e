"""Post each alert as JSON to a webhook, from a background thread, retried with backoff.

:meth:`Webhook.post` only puts the alert on a queue and returns: a slow or dead receiver
never holds up the watch loop. The thread posts alerts in order; a failure (no
connection, a timeout, any status outside 2xx) is retried after 1, 2, 4, … seconds (up to
``max_backoff``) for ``attempts`` tries, then reported in one line and left: the alert stays
undelivered in the store, and the next start of the watch queues it again.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable
from typing import Any

import httpx

from ..fetch.config import user_agent
from ..fetch.urls import check_url

STOP = object()


class Webhook:
    """A queue of alerts and the thread that delivers them to ``url``."""

    def __init__(self, url: str, on_delivered: Callable[[int], None] | None = None,
                 on_error: Callable[[str], None] | None = None, attempts: int = 6, backoff: float = 1.0,
                 max_backoff: float = 60.0, timeout: float = 10.0, contact: str | None = None,
                 max_queue: int = 10_000) -> None:
        self.url = check_url(url)  # BadURL for file:, ftp:, a malformed URL
        self.on_delivered = on_delivered or (lambda _pk: None)
        self.on_error = on_error or (lambda _line: None)
        self.attempts, self.backoff, self.max_backoff = max(1, attempts), backoff, max_backoff
        self.client = httpx.Client(timeout=timeout, trust_env=False, headers={"User-Agent": user_agent(contact)})
        self.queue: queue.Queue[Any] = queue.Queue(max_queue)
        self.stopping = threading.Event()
        self.delivered = 0
        self.failed = 0
        self.thread = threading.Thread(target=self._run, name="webhook", daemon=True)
        self.thread.start()

    def post(self, alert: dict[str, Any]) -> None:
        """Queue one alert (``Alert.to_dict()``); never blocks (a full queue drops it, said in one line)."""
        try:
            self.queue.put_nowait(alert)
        except queue.Full:
            self.on_error(f"webhook queue full; alert {alert.get('id')} stays undelivered until the next start")

    def close(self, wait: float = 5.0) -> None:
        """Deliver what is queued for at most ``wait`` seconds, then stop (what is left stays undelivered)."""
        try:
            self.queue.put_nowait(STOP)
        except queue.Full:
            self.stopping.set()
        self.thread.join(wait)
        self.stopping.set()
        self.thread.join(1.0)
        self.client.close()

    def _run(self) -> None:
        while True:
            alert = self.queue.get()
            if alert is STOP or self.stopping.is_set():
                return
            self._deliver(alert)

    def _deliver(self, alert: dict[str, Any]) -> None:
        body = json.dumps(alert, ensure_ascii=False).encode("utf-8")
        wait = self.backoff
        error = ""
        for attempt in range(self.attempts):
            try:
                resp = self.client.post(self.url, content=body, headers={"Content-Type": "application/json"})
                if 200 <= resp.status_code < 300:
                    self.delivered += 1
                    if alert.get("id") is not None:
                        self.on_delivered(alert["id"])
                    return
                error = f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
            if attempt + 1 < self.attempts and self.stopping.wait(wait):
                break
            wait = min(wait * 2, self.max_backoff)
        self.failed += 1
        self.on_error(f"webhook {self.url}: alert {alert.get('id')} not delivered ({error}); "
                      "it stays undelivered until the next start")
