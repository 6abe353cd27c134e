"""The REST API and web server: :func:`create_app` builds the FastAPI app (``quellenlage serve``)."""

from .app import create_app

__all__ = ["create_app"]
