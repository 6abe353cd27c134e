"""Exports: JSON Lines round-trips the contract, CSV has one row per claim, JSON-LD is schema.org Claim."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quellenlage.export import export
from quellenlage.store import open_store

from .store.docs import container_story, make_doc


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'e.db'}")
    s.save_documents(container_story())
    yield s
    s.close()


def test_jsonl_gives_back_each_analysis_contract(store):
    out = io.StringIO()
    assert export(store, "jsonl", out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted(lines, key=lambda d: d["article"]["id"]) == sorted(
        (d.to_dict() for d in container_story()), key=lambda d: d["article"]["id"])


def test_csv_has_one_row_per_claim_with_figures(store):
    out = io.StringIO()
    assert export(store, "csv", out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    deny = [r for r in rows if r["stance"] == "deny"]
    assert {r["outlet"] for r in deny} == {"taz.de", "zeit.de"}
    us = next(r for r in rows if r["source"] == "US")
    assert (us["figures"], us["language"], us["source_ref"]) == ("≥ 1,000 containers", "en", "iso3166:US")


def test_jsonld_is_schema_org_claims(store):
    out = io.StringIO()
    export(store, "jsonld", out)
    doc = json.loads(out.getvalue())
    assert "https://schema.org" in doc["@context"]
    claims = doc["@graph"]
    assert len(claims) == 5 and {c["@type"] for c in claims} == {"Claim"}
    kreml = next(c for c in claims if c["author"]["name"] == "Kreml" and c["datePublished"] == "2023-11-01")
    assert kreml["author"]["@type"] == "Organization"
    assert kreml["appearance"]["publisher"]["name"] == "taz.de"
    assert kreml["appearance"]["url"] == "https://taz.de/1"
    assert kreml["ql:stance"] == "deny"
    assert len({c["@id"] for c in claims}) == 5


def test_jsonld_of_an_empty_store_is_valid(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as s:
        out = io.StringIO()
        assert export(s, "jsonld", out) == 0
        assert json.loads(out.getvalue())["@graph"] == []


def test_claims_without_a_source_have_no_author(tmp_path):
    from .store.docs import C

    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as s:
        s.save_documents([make_doc("Angeblich wurden Waffen geliefert.",
                                   claims=[C(None, "wurden Waffen geliefert", mode="reportive", hedged=True)])])
        out = io.StringIO()
        export(s, "jsonld", out)
        node = json.loads(out.getvalue())["@graph"][0]
        assert "author" not in node and node["ql:hedged"] is True


def test_csv_gives_each_figure_in_numeric_columns(store):
    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    us = next(r for r in rows if r["source"] == "US")
    assert (us["value"], us["lower"], us["upper"], us["approx"], us["unit"]) == ("", "1000", "", "false", "container")
    seoul = next(r for r in rows if r["source"] == "Südkorea")
    assert (seoul["value"], seoul["unit"], seoul["figure"]) == ("2000", "Container", "2.000 Container")
    deny = next(r for r in rows if r["stance"] == "deny")
    assert deny["value"] == deny["figure"] == ""


def test_jsonld_figures_are_schema_org_quantitative_values_and_the_rest_is_ql(store):
    out = io.StringIO()
    export(store, "jsonld", out)
    claims = json.loads(out.getvalue())["@graph"]
    us = next(c for c in claims if c.get("author", {}).get("name") == "US")
    (fig,) = us["ql:figure"]
    assert fig["@type"] == "QuantitativeValue"
    assert fig["minValue"] == 1000 and "value" not in fig and fig["unitText"] == "containers"
    schema_terms = {"@type", "value", "minValue", "maxValue", "unitText"}
    for c in claims:
        for f in c.get("ql:figure", []):
            assert set(f) <= schema_terms | {k for k in f if k.startswith("ql:")}
    assert "ql:figures" not in us


def test_the_ql_context_document_is_shipped_and_defines_every_ql_term_used(store):
    from quellenlage.export import VOCAB_FILE

    vocab = json.loads(VOCAB_FILE.read_text())
    out = io.StringIO()
    export(store, "jsonld", out)
    used = set()
    for c in json.loads(out.getvalue())["@graph"]:
        used |= {k for k in c if k.startswith("ql:")}
        used |= {k for f in c.get("ql:figure", []) for k in f if k.startswith("ql:")}
    assert used and used <= set(vocab["@context"])
