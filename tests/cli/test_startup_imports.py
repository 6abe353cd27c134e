"""``quellenlage analyze PAGE`` imports only what a page needs: no store, server, cluster, WARC or feed
libraries, no Rich for JSON output, no pydantic (Typer would convert options with it, see
``cli/coercion.py``), and no pycountry once the gazetteer is in the cache (each
costs start-up time that one article should not pay)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
NOT_FOR_A_PAGE = ["sqlalchemy", "fastapi", "uvicorn", "alembic", "dask", "distributed", "warcio", "feedparser",
                  "jinja2", "psycopg", "rich", "pydantic"]
PROBE = """
import json, sys
from quellenlage.cli import app
try:
    app(["analyze", sys.argv[1]], prog_name="quellenlage")
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in %r)))
"""


def _analyze(page: Path, modules: list[str], cache: Path | None = None) -> tuple[list[str], dict]:
    """The ``modules`` that ``analyze page`` imported, and its output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if cache is not None:
        env["QUELLENLAGE_CACHE"] = str(cache)
    done = subprocess.run([sys.executable, "-c", PROBE % modules, str(page)], capture_output=True,
                          text=True, env=env, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1]), json.loads(done.stdout)


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.txt"
    page.write_text("Die Bürgermeisterin sagte am Montag, der neue Radweg werde im Mai eröffnet.\n", encoding="utf-8")
    return page


def test_analyze_on_a_page_imports_no_store_server_cluster_warc_or_feed_library(tmp_path):
    page = _page(tmp_path)
    imported, out = _analyze(page, NOT_FOR_A_PAGE)
    assert imported == []
    assert out["input"] == str(page)


def test_pycountry_is_imported_to_build_the_gazetteer_and_not_when_it_is_read_from_the_cache(tmp_path):
    page, cache = _page(tmp_path), tmp_path / "cache"
    first, out = _analyze(page, ["pycountry"], cache)
    assert "pycountry" in first  # an empty cache: the gazetteer is built from pycountry's data
    assert any(p.name.startswith("gazetteer-") for p in cache.iterdir())
    again, out_again = _analyze(page, ["pycountry"], cache)
    assert again == []
    assert out_again == out
