"""Where ingest puts its results: a small interface, the store behind it, and an in-memory one.

The runner only needs five things from a destination: which inputs and URLs it already
holds (to skip them before analysing), saving one batch of analysed articles in one
transaction, and remembering failed inputs. :class:`StoreSink` gives them on top of
:class:`~quellenlage.store.Store`; :class:`MemorySink` keeps everything in dicts, for
tests and for Python users who want the analyses without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ..store.write import SaveResult


class Sink(Protocol):
    def known_inputs(self) -> set[str]:
        """Names of inputs whose article is stored (read once, at the start of a run)."""

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` already stored."""

    def recorded_errors(self) -> set[tuple[str, str]]:
        """(input name, reason) of the failures already recorded, so a rerun does not repeat them."""

    def save(self, contracts: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        """Store the batch in one transaction; articles known by content hash or URL are counted, not stored."""

    def record_error(self, input_name: str, reason: str) -> None: ...


class MemorySink:
    """Analyses kept in memory, keyed by article id; the same rules as the store (hash, then URL)."""

    def __init__(self) -> None:
        self.articles: dict[str, Mapping[str, Any]] = {}
        self.inputs: dict[str, str] = {}  # article id -> input name
        self.urls: set[str] = set()
        self.errors: list[tuple[str, str]] = []
        self.batches = 0

    def known_inputs(self) -> set[str]:
        return set(self.inputs.values())

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        return self.urls & set(urls)

    def recorded_errors(self) -> set[tuple[str, str]]:
        return set(self.errors)

    def save(self, contracts: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        added: list[str] = []
        known = 0
        for c in contracts:
            art = c["article"]
            if art["id"] in self.articles or (art.get("url") and art["url"] in self.urls):
                known += 1
                continue
            self.articles[art["id"]] = c
            if art.get("url"):
                self.urls.add(art["url"])
            if art["id"] in input_names:
                self.inputs[art["id"]] = input_names[art["id"]]
            added.append(art["id"])
        self.batches += 1
        return SaveResult(len(added), known, tuple(added))

    def record_error(self, input_name: str, reason: str) -> None:
        self.errors.append((input_name, reason))


class StoreSink:
    """The claim base as a sink: each batch is one ``Store.save_documents`` transaction."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def known_inputs(self) -> set[str]:
        from sqlalchemy import select

        from ..store.models import ArticleRow

        with self.store.session() as session:
            return {n for n in session.scalars(select(ArticleRow.input_name)) if n}

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        return self.store.known_urls(urls)

    def recorded_errors(self) -> set[tuple[str, str]]:
        from sqlalchemy import select

        from ..store.models import IngestErrorRow

        with self.store.session() as session:
            return {(n, r) for n, r in session.execute(select(IngestErrorRow.input_name, IngestErrorRow.reason))}

    def save(self, contracts: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        return self.store.save_documents(contracts, input_names)

    def record_error(self, input_name: str, reason: str) -> None:
        self.store.record_error(input_name, reason)
