"""Exporting the claim base: JSON Lines, CSV, and JSON-LD with schema.org ``Claim``.

- ``jsonl``: one analysis contract per line (``shared/spec/analysis-output.md``), so an
  export can be read back by anything that reads ``quellenlage analyze --format jsonl``.
- ``csv``: one row per attributed claim and figure, for spreadsheets: article, source,
  mode, stance, hedging, the claimed content, all its figures as text (``figures``) and
  the row's figure in numeric columns (``figure``, ``value``, ``lower``, ``upper``,
  ``approx``, ``unit``, ``currency``); a claim without figures is one row with those empty.
- ``jsonld``: one JSON-LD document whose ``@graph`` holds a schema.org ``Claim`` per
  attributed claim: ``author`` (the source), ``appearance`` (the article it appears in,
  with its publisher and date), ``datePublished``; each figure a schema.org
  ``QuantitativeValue`` (``value``, ``minValue``, ``maxValue``, ``unitText``) under
  ``ql:figure``. Mode, stance, hedging and what schema.org has no term for (a figure's text,
  ``approx``, unit lemma, currency) are in the ``ql:`` vocabulary, whose context document
  ships as ``quellenlage/ql_vocab.json`` and is served at ``/api/vocab``.

Every writer streams: an export of 100,000 articles never holds them all in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .store.results import ClaimHit

FORMATS = ("jsonl", "csv", "jsonld")

CSV_FIELDS = ["article_id", "claim_id", "url", "outlet", "published", "language", "title", "source",
              "source_kind", "source_ref", "mode", "stance", "hedged", "position", "cue", "content", "via", "figures",
              "figure", "value", "lower", "upper", "approx", "unit", "currency"]
FIGURE_FIELDS = CSV_FIELDS[CSV_FIELDS.index("figure"):]
VOCAB_FILE = Path(__file__).with_name("ql_vocab.json")

QL_VOCAB = "https://quellenlage.org/vocab#"
CONTEXT: list[Any] = ["https://schema.org", {"ql": QL_VOCAB}]

#: entity types that are people; every other named source is an organisation (a government, a ministry,
#: a newspaper), which is what schema.org's ``author`` accepts besides ``Person``.
PERSON_TYPES = {"PER"}


def write_jsonl(articles: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for data in articles:
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_rows(c: ClaimHit) -> list[dict[str, Any]]:
    """One row per figure of the claim (numbers as numbers), one row with empty figure columns when it has none."""
    base = csv_row(c)
    if not c.figures:
        return [base]
    return [{**base, "figure": f.text, "value": _num(f.value), "lower": _num(f.lower), "upper": _num(f.upper),
             "approx": "true" if f.approx else "false", "unit": f.unit_lemma or f.unit, "currency": f.currency}
            for f in c.figures]


def _num(x: float | None) -> int | float | None:
    return int(x) if x is not None and float(x).is_integer() else x


def csv_row(c: ClaimHit) -> dict[str, Any]:
    return {
        "article_id": c.article_id, "claim_id": c.claim_id, "url": c.url, "outlet": c.outlet,
        "published": c.published, "language": c.language, "title": c.title, "source": c.source,
        "source_kind": c.source_kind, "source_ref": c.source_ref, "mode": c.mode, "stance": c.stance,
        "hedged": "true" if c.hedged else "false", "position": c.position, "cue": c.cue, "content": c.content,
        "via": "; ".join(v for v in c.via if v), "figures": "; ".join(f.label() for f in c.figures),
    }


def write_csv(claims: Iterable[ClaimHit], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for c in claims:
        writer.writerows(csv_rows(c))
        n += 1
    return n


def claim_id_uri(c: ClaimHit) -> str:
    return f"urn:quellenlage:claim:{c.article_id}:{c.claim_id}"


def jsonld_claim(c: ClaimHit) -> dict[str, Any]:
    """One schema.org ``Claim`` node (without ``@context``, which the document carries once)."""
    node: dict[str, Any] = {"@type": "Claim", "@id": claim_id_uri(c), "text": c.content}
    if c.source:
        author: dict[str, Any] = {"@type": "Person" if c.source_type in PERSON_TYPES else "Organization",
                                  "name": c.source}
        if c.source_ref:
            author["identifier"] = c.source_ref
        node["author"] = author
    appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": c.article_id}
    if c.url:
        appearance["url"] = c.url
    if c.title:
        appearance["headline"] = c.title
    if c.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": c.outlet}
    if c.published:
        appearance["datePublished"] = c.published
        node["datePublished"] = c.published
    node["appearance"] = appearance
    if c.language:
        node["inLanguage"] = c.language
    node["ql:mode"] = c.mode
    node["ql:stance"] = c.stance
    node["ql:hedged"] = c.hedged
    node["ql:position"] = c.position
    if c.via:
        node["ql:via"] = [v for v in c.via if v]
    if c.figures:
        node["ql:figure"] = [quantitative_value(f) for f in c.figures]
    return node


def quantitative_value(f: Any) -> dict[str, Any]:
    """A figure as a schema.org ``QuantitativeValue``; what schema.org has no term for in ``ql:``."""
    node: dict[str, Any] = {"@type": "QuantitativeValue"}
    for key, value in (("value", f.value), ("minValue", f.lower), ("maxValue", f.upper),
                       ("unitText", f.currency or f.unit)):
        if value is not None:
            node[key] = _num(value) if isinstance(value, float) else value
    node["ql:text"] = f.text
    if f.approx:
        node["ql:approx"] = True
    if f.unit_lemma:
        node["ql:unitLemma"] = f.unit_lemma
    if f.currency:
        node["ql:currency"] = f.currency
    return node


def iter_jsonld(claims: Iterable[ClaimHit]) -> Iterator[str]:
    """The JSON-LD document in pieces, one claim at a time."""
    yield '{"@context": ' + json.dumps(CONTEXT) + ', "@graph": ['
    for i, c in enumerate(claims):
        yield ("," if i else "") + "\n " + json.dumps(jsonld_claim(c), ensure_ascii=False)
    yield "\n]}\n"


def write_jsonld(claims: Iterable[ClaimHit], out: IO[str]) -> int:
    n = 0

    def counted() -> Iterator[ClaimHit]:
        nonlocal n
        for c in claims:
            n += 1
            yield c

    for piece in iter_jsonld(counted()):
        out.write(piece)
    return n


def export(store: Any, fmt: str, out: IO[str]) -> int:
    """Write the whole store to ``out`` in ``fmt``; returns how many records were written."""
    if fmt == "jsonl":
        return write_jsonl(store.iter_articles(), out)
    if fmt == "csv":
        return write_csv(store.iter_claims(), out)
    if fmt == "jsonld":
        return write_jsonld(store.iter_claims(), out)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
