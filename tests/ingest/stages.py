"""Cheap stand-in stages for runner tests: the runner's behaviour does not depend on the analysis.

Used with ``Pipeline(replace=…)``, ``--stage`` or ``QUELLENLAGE_STAGES`` so tests and the
kill test run fast and can make a page fail, crash its worker or take its time.
"""

from __future__ import annotations

import os
import re
import time

from quellenlage.document import Document

FAST = {"extract": "tests.ingest.stages:plain_extract", "language": "tests.ingest.stages:noop",
        "sentences": "tests.ingest.stages:noop", "tagger": "tests.ingest.stages:noop",
        "quantities": "tests.ingest.stages:noop", "entities": "tests.ingest.stages:noop",
        "claims": "tests.ingest.stages:noop"}


def noop(doc: Document) -> Document:
    return doc


def plain_extract(doc: Document) -> Document:
    """The text between tags; a page containing FAIL raises, one containing CRASH kills its process."""
    content = doc.raw.content
    if "FAIL" in content:
        raise ValueError(f"{doc.raw.name}: this page asked to fail")
    if "CRASH" in content:
        os._exit(3)
    paragraphs = re.findall(r"<p>(.*?)</p>", content, re.S) or [content]
    doc.set_text("\n".join(p.strip() for p in paragraphs if p.strip()))
    doc.article.url = doc.raw.url
    doc.article.language = "de"
    return doc


def slow_extract(doc: Document) -> Document:
    time.sleep(float(os.environ.get("QUELLENLAGE_TEST_DELAY", "0.2")))
    return plain_extract(doc)


def stages(**override: str) -> dict[str, str]:
    return {**FAST, **override}


def env_value(**override: str) -> str:
    return ",".join(f"{k}={v}" for k, v in stages(**override).items())
