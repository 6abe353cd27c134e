"""The package's structure limits (``scripts/check_structure.py``) hold in every test run:
no import cycle, function over 120 lines or module over 450 lines beyond the known list
in ``scripts/structure_baseline.txt``, and no line left in that list once it is fixed."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.check_structure import cycles, read_baseline, violations


def test_no_structure_violation_beyond_the_baseline():
    found, known = set(violations()), read_baseline()
    assert sorted(found - known) == [], "new violations: fix them (do not add them to the baseline)"
    assert sorted(known - found) == [], "fixed violations: remove them from scripts/structure_baseline.txt"


def test_cycles_are_strongly_connected_components():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_claims_package_has_no_structure_violation():
    assert [v for v in violations() if "quellenlage.claims" in v or "quellenlage/claims/" in v] == []


def test_the_claim_rules_ask_the_language_not_its_code():
    """German and English differ only through claims/language.py's interfaces (lang/<code>/claims.py,
    lang/<code>/phrases.py): no rule or reader branches on the language code or a word-order flag."""
    root = Path(__file__).resolve().parent.parent / "quellenlage" / "claims"
    branches = re.compile(r"lang\s*==|==\s*[\"'](?:de|en)[\"']|subject_first")
    found = [f"{p.relative_to(root)}:{n}" for p in sorted(root.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if branches.search(line)]
    assert found == []


def test_the_stages_import_nothing_of_the_layers_above_them():
    """The pipeline, the document and every stage stand below ingest, store, serving and stories:
    none of them imports those (the pipeline reads a file through quellenlage.inputs, not ingest)."""
    from scripts.check_structure import imports_of, package_modules

    below = ("quellenlage.pipeline", "quellenlage.document", "quellenlage.inputs", "quellenlage.errors",
             "quellenlage.extract", "quellenlage.nlp", "quellenlage.quantities", "quellenlage.entities",
             "quellenlage.claims", "quellenlage.lang")
    above = ("quellenlage.ingest", "quellenlage.store", "quellenlage.api", "quellenlage.web", "quellenlage.cli",
             "quellenlage.scale", "quellenlage.stories", "quellenlage.fetch")
    modules = package_modules()
    found = [f"{name} -> {target}" for name, path in modules.items() if name.startswith(below)
             for target in sorted(imports_of(name, path, modules)) if target.startswith(above)]
    assert found == []


def test_importing_a_module_counts_as_importing_the_packages_above_it(tmp_path, monkeypatch):
    """``from ..claims.clauses import Seg`` runs ``claims/__init__`` first: an edge to ``claims``, so a
    package whose ``__init__`` imports the importer back is a cycle (a language module imported first
    would find its own names half made)."""
    import scripts.check_structure as cs

    pkg = tmp_path / "pkgx"
    (pkg / "core").mkdir(parents=True)
    (pkg / "lang").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("from .engine import run\n")
    (pkg / "core" / "engine.py").write_text("from ..lang.de import German\n")
    (pkg / "core" / "shapes.py").write_text("X = 1\n")
    (pkg / "lang" / "__init__.py").write_text("")
    (pkg / "lang" / "de.py").write_text("from ..core.shapes import X\n")
    monkeypatch.setattr(cs, "ROOT", tmp_path)
    monkeypatch.setattr(cs, "PACKAGE", "pkgx")
    modules = cs.package_modules()
    graph = {name: cs.imports_of(name, path, modules) for name, path in modules.items()}
    assert "pkgx.core" in graph["pkgx.lang.de"]  # the package above core.shapes
    assert "pkgx.core" not in graph["pkgx.core.engine"]  # its own package: already running
    assert cs.cycles(graph) == [["pkgx.core", "pkgx.core.engine", "pkgx.lang.de"]]


def test_every_language_module_imports_first(tmp_path):
    """A fresh interpreter can import each language module before anything else (no cycle)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    for module in ("quellenlage.lang.de.claims", "quellenlage.lang.en.claims", "quellenlage.lang.de.phrases",
                   "quellenlage.lang.en.phrases", "quellenlage.lang.en.claim_clauses", "quellenlage.lang.de.quantities"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=root, capture_output=True, text=True,
                              env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
        assert done.returncode == 0, f"{module}: {done.stderr.strip().splitlines()[-1:]}"
