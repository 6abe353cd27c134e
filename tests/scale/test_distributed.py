"""A distributed ingest (LocalCluster of 2 workers) stores what a single-machine ingest stores, key for key."""

from __future__ import annotations

import json

import pytest

from tests.ingest.pages import many_pages, pages, write_warc
from tests.pg import reset_postgres
from tests.scale.helpers import counts, env, ingest_cmd, run

pytestmark = pytest.mark.postgres


def snapshot(url: str) -> dict[str, object]:
    """Articles (id, url, input name) and their claims and figures, as plain sorted data."""
    from sqlalchemy import create_engine, text

    from quellenlage.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    with engine.connect() as conn:
        articles = sorted(tuple(r) for r in conn.execute(text("SELECT id, url, input_name, title FROM articles")))
        claims = sorted(tuple(r) for r in conn.execute(text(
            "SELECT a.id, c.local_id, c.content, c.source_name, c.cue, c.mode, c.stance, c.hedged "
            "FROM claims c JOIN articles a ON a.pk = c.article_pk")))
        figures = sorted(tuple(r) for r in conn.execute(text(
            "SELECT a.id, q.text, q.start, q.value, q.unit FROM quantities q JOIN articles a ON a.pk = q.article_pk")))
    engine.dispose()
    return {"articles": articles, "claims": claims, "figures": figures}


def test_same_articles_and_claims_as_single_machine_ingest(tmp_path, pg_url):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, pages())  # with requests, a redirect and an image per page, as in a crawl
    single = run(ingest_cmd(warc, pg_url, None, "--jobs", "1", "--no-stories"), env(fast=False))
    assert single.returncode == 0, single.stderr
    expected = snapshot(pg_url)
    assert len(expected["articles"]) == len(pages()) and len(expected["claims"]) >= len(pages())
    assert expected["figures"]

    reset_postgres(pg_url)
    cmd = ingest_cmd(warc, pg_url, "local:2", "--task-records", "3")  # 25 records: 9 tasks over 2 workers
    dist = run(cmd, env(fast=False))
    assert dist.returncode == 0, dist.stderr
    summary = json.loads(dist.stdout.strip().splitlines()[-1])
    assert summary["workers"] == 2 and summary["tasks"] == 10  # 1 scan + 9 ranges
    assert summary["added"] == len(pages()) and summary["ignored"] == 19
    assert snapshot(pg_url) == expected
    assert summary["stories"]["placed"] == len(pages())  # stories are updated after, on the store

    again = run(cmd, env(fast=False))  # the same command again: every page is known, nothing stored twice
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout.strip().splitlines()[-1])["known"] == len(pages())
    assert snapshot(pg_url) == expected


def test_a_corrupt_record_is_recorded_and_the_rest_stored(tmp_path, pg_url):
    warc = tmp_path / "crawl.warc.gz"
    offsets = write_warc(warc, many_pages(12), extras=False)
    data = bytearray(warc.read_bytes())
    data[offsets[5] + 20:offsets[5] + 60] = b"\x00" * 40  # inside the sixth page's gzip member
    warc.write_bytes(bytes(data))
    proc = run(ingest_cmd(warc, pg_url, "local:2", "--task-records", "4", "--no-stories"), env())
    assert proc.returncode == 1, proc.stderr  # some input failed
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["failed"], summary["tasks_failed"]) == (11, 1, 0)
    assert counts(pg_url) == {"articles": 11, "ids": 11, "inputs": 11, "errors": 1}

    from quellenlage.store import open_store

    with open_store(pg_url) as store:
        [error] = store.errors().items
    assert error.input_name == f"{warc}#{offsets[5]}" and "corrupt record" in error.reason
    rerun = run(ingest_cmd(warc, pg_url, "local:2", "--task-records", "4", "--no-stories"), env())
    assert rerun.returncode == 1
    assert counts(pg_url) == {"articles": 11, "ids": 11, "inputs": 11, "errors": 1}  # the error is not recorded twice


def test_a_page_the_database_refuses_costs_only_itself(tmp_path, pg_url):
    from tests.ingest.pages import Page

    selection = many_pages(9)
    bad = selection[4]
    selection[4] = Page(bad.slug, bad.url, bad.lang, bad.title, bad.date, [*bad.paragraphs, "NULBYTE"])
    warc = tmp_path / "crawl.warc.gz"
    offsets = write_warc(warc, selection, extras=False)
    environ = env()
    environ["QUELLENLAGE_STAGES"] += ",extract=tests.scale.stages:nul_extract"
    # one range of 18 records, batches of 5: the batch with the NUL page is written again page by page
    proc = run(ingest_cmd(warc, pg_url, "local:2", "--task-records", "100", "--batch-size", "5", "--no-stories"),
               environ)
    assert proc.returncode == 1, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["failed"], summary["tasks_failed"]) == (8, 1, 0)
    from quellenlage.store import open_store

    with open_store(pg_url) as store:
        [error] = store.errors().items
    assert error.input_name == f"{warc}#{offsets[4]}" and error.reason.startswith("cannot be stored: ")
    assert counts(pg_url) == {"articles": 8, "ids": 8, "inputs": 8, "errors": 1}
