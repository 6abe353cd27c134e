"""The stage registry: every analysis step, in order, in one place.

A stage is a plain callable ``stage(doc: Document) -> Document`` that enriches the
document in place and returns it. Stages are named here by import path and loaded
lazily, so importing :mod:`quellenlage` stays cheap and a stage can be swapped
without touching the others::

    from quellenlage.pipeline import Pipeline
    nlp = Pipeline(replace={"tagger": "my_package.spacy_tagger:tag"})
    doc = nlp.analyze_text("Der Minister sagte, ...")

The same replacement works from the command line
(``quellenlage analyze --stage tagger=my_package.spacy_tagger:tag``) and through the
``QUELLENLAGE_STAGES`` environment variable (``name=module:function,...``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from .document import Document, RawInput

Stage = Callable[[Document], Document]

#: name -> "module:function", in the order they run.
STAGES: dict[str, str] = {
    "extract": "quellenlage.extract:extract",  # raw HTML/text -> clean text + metadata
    "language": "quellenlage.extract.language:detect_language",
    "sentences": "quellenlage.nlp:split_sentences",  # sentences + tokens
    "tagger": "quellenlage.nlp:tag_candidates",  # POS + lemma, only where a stage asked for it
    "quantities": "quellenlage.quantities:find_quantities",
    "entities": "quellenlage.entities:find_entities",
    "claims": "quellenlage.claims:find_claims",
}


class StageError(RuntimeError):
    """A stage name or import path that cannot be resolved."""


def resolve(target: str | Stage) -> Stage:
    if callable(target):
        return target
    module_name, _, attr = target.partition(":")
    if not attr:
        raise StageError(f"stage {target!r} must be written module:function")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise StageError(f"cannot load stage {target!r}: {exc}") from exc


def parse_overrides(spec: str | Iterable[str] | None) -> dict[str, str]:
    """``"tagger=pkg.mod:fn,claims=..."`` (or a list of such items) -> mapping."""
    if not spec:
        return {}
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    out = {}
    for item in items:
        name, sep, target = item.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise StageError(f"stage override {item!r} must be written name=module:function")
        out[name.strip()] = target.strip()
    return out


class Pipeline:
    """Runs the registered stages over one input at a time."""

    def __init__(
        self,
        stages: Iterable[str] | None = None,
        replace: Mapping[str, str | Stage] | None = None,
    ) -> None:
        overrides = {**parse_overrides(os.environ.get("QUELLENLAGE_STAGES")), **(replace or {})}
        unknown = set(overrides) - set(STAGES)
        if unknown:
            raise StageError(f"unknown stage(s) {sorted(unknown)}; known: {list(STAGES)}")
        self.names = list(stages) if stages is not None else list(STAGES)
        self.stages: list[tuple[str, Stage]] = [
            (name, resolve(overrides.get(name, STAGES[name]))) for name in self.names
        ]

    def __call__(self, raw: RawInput) -> Document:
        doc = Document(raw=raw)
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc

    def analyze_text(self, text: str, name: str = "<text>") -> Document:
        return self(RawInput(name=name, content=text, kind="text"))

    def analyze_html(self, html: str, name: str = "<html>", url: str | None = None) -> Document:
        return self(RawInput(name=name, content=html, kind="html", url=url))

    def analyze_path(self, path: str | Path) -> Document:
        from .ingest.readers import read_file

        return self(read_file(Path(path)))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """A shared pipeline with the default stages, built on first use."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(source: str | Path | RawInput) -> Document:
    """Analyse one input with the default pipeline: a path, raw input, or text."""
    nlp = default_pipeline()
    if isinstance(source, RawInput):
        return nlp(source)
    if isinstance(source, Path):
        return nlp.analyze_path(source)
    from .ingest.readers import sniff_kind

    return nlp(RawInput(name="<string>", content=source, kind=sniff_kind(source)))
