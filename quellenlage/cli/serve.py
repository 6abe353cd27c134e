"""``quellenlage serve``: the web UI and REST API on uvicorn, read-only unless given a token."""

from __future__ import annotations

import os
from typing import Any

import typer

from .common import app, fail_line

MB = 1024 * 1024


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help="Database URL (default: QUELLENLAGE_DB or the user data dir)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    token: str | None = typer.Option(None, "--token", envvar="QUELLENLAGE_TOKEN", show_envvar=True,
                                     help="Allow writes (POST/DELETE) with this bearer token."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes."),
    cache_mb: int = typer.Option(64, "--cache-mb", min=0, max=65536,
                                 help="Memory per worker for answers kept until the store changes (0: none)."),
    threads: int = typer.Option(4, "--threads", min=1, max=256,
                                help="Requests a worker processes at once (the rest wait their turn)."),
) -> None:
    """Serve the web pages and the REST API (docs at /docs, schema at /openapi.json)."""
    import uvicorn

    from ..store import StoreError

    try:
        application = serving_app(db, token or "", cache_mb, threads)
    except StoreError as exc:
        fail_line(db or "database", str(exc))
        raise typer.Exit(1) from None
    mode = "writes allowed with the token" if token else "read-only"
    typer.echo(f"quellenlage: serving {application.state.store.url} at http://{host}:{port}/ ({mode})", err=True)
    if workers > 1:
        # each worker process builds its own app from the environment
        os.environ["QUELLENLAGE_SERVE_DB"] = db or ""
        os.environ["QUELLENLAGE_SERVE_CACHE_MB"] = str(cache_mb)
        os.environ["QUELLENLAGE_SERVE_THREADS"] = str(threads)
        if token:
            os.environ["QUELLENLAGE_TOKEN"] = token
        application.state.store.close()
        uvicorn.run("quellenlage.cli.serve:factory", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False)
        return
    try:
        uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)
    except OSError as exc:
        fail_line(f"{host}:{port}", exc.strerror or str(exc))
        raise typer.Exit(1) from None


def serving_app(db: str | None, token: str | None, cache_mb: int, threads: int) -> Any:
    """The app of a serving process: the one of ``serve`` or of each of its workers."""
    from ..api import create_app

    return create_app(db, token=token, cache_bytes=cache_mb * MB, threads=threads, freeze_heap=True)


def factory() -> object:
    """App factory for uvicorn worker processes (``--workers N``)."""
    # all set by ``serve`` before it starts the workers (the token as QUELLENLAGE_TOKEN, read by create_app)
    return serving_app(os.environ.get("QUELLENLAGE_SERVE_DB") or None, None,
                       int(os.environ["QUELLENLAGE_SERVE_CACHE_MB"]), int(os.environ["QUELLENLAGE_SERVE_THREADS"]))
