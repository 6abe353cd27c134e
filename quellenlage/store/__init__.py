"""The claim base: analysed articles, their entities, claims and figures, and the stories they form.

``open_store(url)`` connects (SQLite by default, PostgreSQL with ``postgresql://…``),
migrates the schema with Alembic and returns a :class:`Store` that ingest writes to
(``save_documents``, ``record_error``) and the CLI, REST API and web pages read from
(``articles``, ``article``, ``claims``, ``entity``, ``search``, ``stories``, ``story``).
"""

from .core import Store, open_store
from .db import StoreError, default_url
from .filters import FilterError
from .write import SaveResult

__all__ = ["FilterError", "SaveResult", "Store", "StoreError", "default_url", "open_store"]
