"""Exporting the claim base: JSON Lines, CSV, and JSON-LD with schema.org ``Claim``.

- ``jsonl``: one analysis contract per line (``shared/spec/analysis-output.md``), so an
  export can be read back by anything that reads ``quellenlage analyze --format jsonl``.
- ``csv``: one row per attributed claim, for spreadsheets: article, source, mode, stance,
  hedging, the claimed content and its figures.
- ``jsonld``: one JSON-LD document whose ``@graph`` holds a schema.org ``Claim`` per
  attributed claim: ``author`` (the source), ``appearance`` (the article it appears in,
  with its publisher and date), ``datePublished``. Mode, stance and hedging have no
  schema.org property; they are given in the ``ql:`` vocabulary declared in the context.

Every writer streams: an export of 100,000 articles never holds them all in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .store.results import ClaimHit

FORMATS = ("jsonl", "csv", "jsonld")

CSV_FIELDS = ["article_id", "claim_id", "url", "outlet", "published", "language", "title", "source",
              "source_kind", "source_ref", "mode", "stance", "hedged", "cue", "content", "via", "figures"]

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


def csv_row(c: ClaimHit) -> dict[str, Any]:
    return {
        "article_id": c.article_id, "claim_id": c.claim_id, "url": c.url, "outlet": c.outlet,
        "published": c.published, "language": c.language, "title": c.title, "source": c.source,
        "source_kind": c.source_kind, "source_ref": c.source_ref, "mode": c.mode, "stance": c.stance,
        "hedged": "true" if c.hedged else "false", "cue": c.cue, "content": c.content,
        "via": "; ".join(v for v in c.via if v), "figures": "; ".join(f.label() for f in c.figures),
    }


def write_csv(claims: Iterable[ClaimHit], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for c in claims:
        writer.writerow(csv_row(c))
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
    if c.via:
        node["ql:via"] = [v for v in c.via if v]
    if c.figures:
        node["ql:figures"] = [{k: v for k, v in f.to_dict().items() if v not in (None, False)} for f in c.figures]
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
