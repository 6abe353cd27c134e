"""The API tests read the same invented oil-spill store as the page tests (``tests/web/conftest.py``)."""

from tests.web.conftest import built, client, ids  # noqa: F401  (fixtures, registered by importing them)
