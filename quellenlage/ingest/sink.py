"""Where ingest puts its results: a small interface, and an in-memory destination.

The ingest engine (:mod:`.engine`) only needs five things from a destination: which of
some inputs and URLs it already holds (to skip them before analysing), which failures of
some inputs it has recorded, saving one batch of analysed articles in one transaction,
and recording a failed input. :class:`~quellenlage.store.Store` has
exactly these methods, so a store *is* a sink; :class:`MemorySink` keeps everything in
dicts, for tests and for Python users who want the analyses without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from ..store.appearances import new_page
from ..store.write import SaveResult


class Sink(Protocol):
    def known_input_names(self, names: Iterable[str]) -> set[str]:
        """Those of ``names`` whose article is stored."""

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` already stored."""

    def recorded_errors_of(self, names: Iterable[str]) -> set[tuple[str, str]]:
        """(input name, reason) of the failures recorded for ``names``, so a rerun does not repeat them."""

    def save_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        """Store the batch in one transaction; articles known by content hash or URL are counted, not stored."""

    def replace_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        """Store refetched pages, each replacing what its URL held when its text changed (one transaction)."""

    def record_error(self, input_name: str, reason: str) -> None: ...


class MemorySink:
    """Analyses kept in memory, keyed by article id; the same rules as the store (hash, then URL)."""

    def __init__(self) -> None:
        self.articles: dict[str, Mapping[str, Any]] = {}
        self.inputs: dict[str, str] = {}  # article id -> input name
        self.urls: set[str] = set()
        self.pages: dict[str, list[tuple[str | None, str | None]]] = {}  # article id -> (url, outlet) of its pages
        self.errors: list[tuple[str, str]] = []
        self.batches = 0

    def known_input_names(self, names: Iterable[str]) -> set[str]:
        return set(self.inputs.values()) & set(names)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        return self.urls & set(urls)

    def recorded_errors_of(self, names: Iterable[str]) -> set[tuple[str, str]]:
        wanted = set(names)
        return {(n, r) for n, r in self.errors if n in wanted}

    def save_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        added: list[str] = []
        known = pages = 0
        for c in docs:
            art = c["article"]
            page = (art.get("url"), art.get("outlet"))
            if art.get("url") and art["url"] in self.urls or (
                    art["id"] in self.articles and not new_page(self.pages[art["id"]], *page)):
                known += 1
                continue
            self.pages.setdefault(art["id"], []).append(page)
            if art.get("url"):
                self.urls.add(art["url"])
            if art["id"] in self.articles:  # the same text on another page: one more appearance
                pages += 1
                continue
            self.articles[art["id"]] = c
            if art["id"] in input_names:
                self.inputs[art["id"]] = input_names[art["id"]]
            added.append(art["id"])
        self.batches += 1
        return SaveResult(len(added), known, tuple(added), appearances=pages)

    def replace_documents(self, docs: list[Mapping[str, Any]], input_names: Mapping[str, str]) -> SaveResult:
        replaced = 0
        fresh = []
        for c in docs:
            url, aid = c["article"].get("url"), c["article"]["id"]
            olds = [i for i, ps in self.pages.items() if url and any(u == url for u, _ in ps)]
            if aid in olds:
                continue
            for old in olds:
                self.pages[old] = [p for p in self.pages[old] if p[0] != url]
                if not self.pages[old]:
                    del self.pages[old], self.articles[old]
                    self.inputs.pop(old, None)
            self.urls.discard(url)
            replaced += bool(olds)
            fresh.append(c)
        result = self.save_documents(fresh, input_names)
        return SaveResult(result.added, result.known + len(docs) - len(fresh), result.added_ids,
                          result.appearances, replaced)

    def record_error(self, input_name: str, reason: str) -> None:
        self.errors.append((input_name, reason))
