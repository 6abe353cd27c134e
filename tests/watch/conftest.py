from tests.fetch.conftest import config, site, sites  # noqa: F401  (the local HTTP servers)
from tests.store.conftest import store, store_url  # noqa: F401  (SQLite, and PostgreSQL when configured)
