"""``quellenlage watch``: follow feeds and sitemaps, ingest what is new, raise alerts (docs/watching.md)."""

from __future__ import annotations

import os
import signal
from datetime import datetime

import typer

from .common import app, fail_line
from .store import DB_HELP, console, opened


def fetch_config(delay: float, contact: str | None, timeout: float, robots: bool = True):
    """The FetchConfig of the command-line options, or a one-line error and exit 2."""
    from ..fetch import FetchConfig

    if delay < 0 or timeout <= 0:
        fail_line("fetch", "--delay must be ≥ 0 and --timeout > 0")
        raise typer.Exit(2)
    return FetchConfig(delay=delay, contact=contact, read_timeout=timeout, obey_robots=robots)


DELAY_HELP = "Seconds between two requests to one host (robots.txt Crawl-delay may ask for more)."
CONTACT_HELP = "An e-mail or URL for the User-Agent, so site owners can reach you (or $QUELLENLAGE_CONTACT)."


@app.command("watch")
def watch_command(
    urls: list[str] = typer.Argument(..., help="RSS/Atom feeds and sitemaps (news sitemaps, sitemap indexes)."),
    every: str = typer.Option("15m", "--every", help="How often to read them: 15m, 1h, 90s."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    entity: list[str] = typer.Option([], "--entity", help="Alert on a new story mentioning it (name or ref; repeatable)."),
    webhook: str = typer.Option(None, "--webhook", help="POST each alert as JSON to this URL (retried; never blocks)."),
    delay: float = typer.Option(1.0, "--delay", help=DELAY_HELP),
    contact: str = typer.Option(None, "--contact", help=CONTACT_HELP),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds to wait for a server's answer."),
    warc_out: str = typer.Option(None, "--warc-out", help="Append every response to this WARC file (crawl.warc.gz)."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for the analysis."),
    cycles: int = typer.Option(0, "--cycles", help="Stop after this many cycles (default: run until stopped)."),
) -> None:
    """Read feeds and sitemaps on a schedule, ingest what is new, update stories and record alerts.

    State (what was read when, ETag/Last-Modified, the last article looked at) is kept in
    the store, so a restart resumes. SIGTERM or Ctrl-C finishes the current batch and stops.
    See docs/watching.md.
    """
    from ..fetch import BadURL, WarcOut, check_url
    from ..watch.run import Watcher, parse_every

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        fail_line("--every", str(exc))
        raise typer.Exit(2) from None
    bad = []
    for url in urls:
        try:
            check_url(url)
        except BadURL as exc:
            bad.append(exc)
    if bad:
        for exc in bad:
            fail_line(exc.url, exc.reason)
        raise typer.Exit(2)
    config = fetch_config(delay, contact, timeout)
    with opened(db, create=True) as store:  # like ingest, watch fills a new store
        hook = _webhook(webhook, store, contact)
        warc = WarcOut(warc_out) if warc_out else None
        out = console()

        def alert_line(alert) -> None:
            out.print(f"ALERT {alert.kind}: {alert.title}" + (f" ({alert.detail})" if alert.detail else ""),
                      highlight=False, soft_wrap=True)
            if hook is not None:
                hook.post(alert.to_dict())

        def cycle_line(c) -> None:
            out.print(f"{datetime.now():%Y-%m-%d %H:%M:%S}  {c.listings} feeds/sitemaps read "
                      f"({c.unchanged} unchanged), {c.added} articles added, {c.known} known, {c.failed} failed, "
                      f"{len(c.alerts)} alerts in {c.seconds:.1f} s", highlight=False, soft_wrap=True)

        watcher = Watcher(store, urls, seconds, config, entities=entity, jobs=max(1, jobs), warc=warc,
                          on_alert=alert_line, on_failure=lambda n, r: fail_line(n, r))
        previous = _on_stop(watcher)
        try:
            watcher.run(cycles=cycles or None, on_cycle=cycle_line)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if hook is not None:
                hook.close()
            if warc is not None:
                warc.close()


def _webhook(url: str | None, store, contact: str | None):
    if not url:
        return None
    from ..fetch import BadURL
    from ..watch.webhook import Webhook

    try:
        hook = Webhook(url, on_delivered=lambda pk: store.mark_alerts_delivered([pk]),
                       on_error=lambda line: fail_line("webhook", line), contact=contact)
    except BadURL as exc:
        fail_line("--webhook", exc.reason)
        raise typer.Exit(2) from None
    for alert in store.undelivered_alerts(limit=1000):  # left undelivered by an earlier run
        hook.post(alert.to_dict())
    return hook


def _on_stop(watcher) -> dict:
    """SIGTERM and the first Ctrl-C stop the watch after the current batch; a second Ctrl-C interrupts."""
    def stop(signum, _frame) -> None:
        if watcher.stopped and signum == signal.SIGINT:
            raise KeyboardInterrupt
        os.write(2, b"quellenlage: watch: stopping after the current batch\n")  # no buffered-stream lock here
        watcher.stop()

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous[sig] = signal.signal(sig, stop)
    return previous
