"""``quellenlage analyze PAGE`` imports only what a page needs: no store, server, cluster, WARC or feed
libraries (each costs start-up time that one article should not pay)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
NOT_FOR_A_PAGE = ["sqlalchemy", "fastapi", "uvicorn", "alembic", "dask", "distributed", "warcio", "feedparser",
                  "jinja2", "psycopg"]
PROBE = """
import json, sys
from quellenlage.cli import app
try:
    app(["analyze", sys.argv[1]], prog_name="quellenlage")
except SystemExit:
    pass
sys.stderr.write(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in %r)))
"""


def test_analyze_on_a_page_imports_no_store_server_cluster_warc_or_feed_library(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Die Bürgermeisterin sagte am Montag, der neue Radweg werde im Mai eröffnet.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE % NOT_FOR_A_PAGE, str(page)], capture_output=True,
                          text=True, env=env, timeout=300)
    imported = json.loads(done.stderr.strip().splitlines()[-1])
    assert imported == []
    assert json.loads(done.stdout)["input"] == str(page)
