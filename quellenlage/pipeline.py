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

Each entry says what the stage **requires** (document fields an earlier stage must have
filled) and what it **assigns**. A :class:`Pipeline` checks the chain once, when it is
built, so a reordered or shortened pipeline fails then with the missing field named,
rather than running a stage on a document that lacks what it reads (and no stage has to
run another one to make up for it). A replacement takes over the contract of the stage it
replaces; it may declare its own with ``requires``/``assigns`` attributes on the callable.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .document import Document, RawInput
from .inputs import read_file, sniff_kind

Stage = Callable[[Document], Document]


@dataclass(frozen=True)
class StageSpec:
    """One registered stage: where it lives, and its contract with the stages around it.

    The field names are those of :class:`~quellenlage.document.Document` as the stages fill
    them: ``raw`` (given by the pipeline), ``article`` (text and metadata), ``language``
    (``article.language``), ``sentences``, ``tags`` (POS and lemma on the sentences' tokens),
    ``quantities``, ``entities`` (with the linking index), ``claims``.
    """

    target: str  # "module:function"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


#: What a pipeline's document holds before any stage has run.
GIVEN: tuple[str, ...] = ("raw",)

#: name -> stage, in the order they run.
STAGES: dict[str, StageSpec] = {
    # raw HTML/text -> clean text + metadata
    "extract": StageSpec("quellenlage.extract:extract", ("raw",), ("article",)),
    "language": StageSpec("quellenlage.extract.language:detect_language", ("article",), ("language",)),
    # sentences + tokens, split by the language's rules
    "sentences": StageSpec("quellenlage.nlp:split_sentences", ("article", "language"), ("sentences",)),
    # POS + lemma, only where the cue gate says a claim may need them
    "tagger": StageSpec("quellenlage.nlp:tag_candidates", ("language", "sentences"), ("tags",)),
    "quantities": StageSpec("quellenlage.quantities:find_quantities", ("article", "language"), ("quantities",)),
    "entities": StageSpec("quellenlage.entities:find_entities", ("article", "language"), ("entities",)),
    # claims link their sources to entities and attach the figures of their content
    "claims": StageSpec(
        "quellenlage.claims:find_claims",
        ("article", "language", "sentences", "tags", "quantities", "entities"),
        ("claims",),
    ),
}


class StageError(RuntimeError):
    """A stage name or import path that cannot be resolved, or a chain of stages that
    breaks a stage's contract (it requires a field no stage before it assigns)."""


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


def contract(name: str, stage: Stage) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(requires, assigns) of ``stage`` run as ``name``: its own declaration, else the registry's."""
    spec = STAGES[name]
    return (tuple(getattr(stage, "requires", spec.requires)), tuple(getattr(stage, "assigns", spec.assigns)))


def check_contracts(stages: Iterable[tuple[str, Stage]]) -> None:
    """Raise :class:`StageError` when a stage requires a field that no stage before it assigns.

    Checked once per pipeline, before any input: a missing stage is a mistake in how the
    pipeline was put together, not in one input, so it should fail there and name the field.
    """
    available = set(GIVEN)
    ran: list[str] = []
    for name, stage in stages:
        requires, assigns = contract(name, stage)
        missing = [field for field in requires if field not in available]
        if missing:
            givers = [other for other, spec in STAGES.items() if set(missing) & set(spec.assigns)]
            raise StageError(
                f"stage {name!r} requires {', '.join(repr(f) for f in missing)}, which no stage before it "
                f"assigns (stages before it: {ran or 'none'}; assigned by: {givers or 'no registered stage'})"
            )
        available.update(assigns)
        ran.append(name)


class Pipeline:
    """Runs the registered stages over one input at a time, in an order checked when built."""

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
        unknown = [name for name in self.names if name not in STAGES]
        if unknown:
            raise StageError(f"unknown stage(s) {unknown}; known: {list(STAGES)}")
        self.stages: list[tuple[str, Stage]] = [
            (name, resolve(overrides.get(name, STAGES[name].target))) for name in self.names
        ]
        check_contracts(self.stages)

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
    return nlp(RawInput(name="<string>", content=source, kind=sniff_kind(source)))
