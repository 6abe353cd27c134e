"""Structure limits of the package: no import cycles, no long functions, no long modules.

Checks ``quellenlage/`` (read with :mod:`ast`, nothing is imported or run):

* **import cycles** between modules, counting every import statement wherever it stands
  (module level, inside a function, under ``if TYPE_CHECKING``): an import moved into a
  function still ties the two modules together, it only hides the tie until run time;
* **functions over 120 lines** (methods and nested functions included);
* **modules over 450 lines**, outside ``store/migrations``.

Violations that were there before this check existed are listed in
``scripts/structure_baseline.txt``, one a line, so that the check can guard the rest of
the package now and the list can only shrink. The script exits 1 on any violation not in
the baseline, and also when a baseline line no longer occurs (remove it: it was fixed)::

    python scripts/check_structure.py            # the report; exit 1 on a new or stale entry
    python scripts/check_structure.py --list     # every violation, in baseline form

A cycle is written as the sorted modules of one strongly connected component of the
import graph, so it stays the same line whatever order the imports are found in.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "quellenlage"
BASELINE = ROOT / "scripts" / "structure_baseline.txt"
MAX_FUNCTION_LINES = 120
MAX_MODULE_LINES = 450
EXEMPT_FROM_SIZE = ("quellenlage/store/migrations/",)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((ROOT / PACKAGE).rglob("*.py"))}


def _absolute(node: ast.ImportFrom, current: str, is_package: bool) -> str:
    """The module an ``from … import`` names, relative dots resolved against ``current``."""
    if not node.level:
        return node.module or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every package module ``name`` imports, from any statement anywhere in its file.

    ``from a.b import c`` counts as importing ``a.b.c`` when that is a module, else ``a.b``;
    either also counts as importing the packages above it (``a``, ``a.b``) whose ``__init__``
    runs first, unless ``name`` lies inside that package already.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(node, name, is_package)
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in modules else target)
    found |= {parent for m in found for parent in _parents(m) if not _within(name, parent)}
    return {m for m in found if m in modules and m != name}


def _parents(module: str) -> list[str]:
    """``a.b.c`` -> ``a``, ``a.b``: importing a module first runs each package's ``__init__``."""
    parts = module.split(".")
    return [".".join(parts[:k]) for k in range(1, len(parts))]


def _within(module: str, package: str) -> bool:
    """``module`` is ``package`` or inside it: its ``__init__`` has run before ``module``'s code,
    so importing a sibling adds no tie to it."""
    return module == package or module.startswith(package + ".")


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return sorted(out)


def long_functions(path: Path) -> list[tuple[str, int]]:
    """(qualified name, lines) of every function in ``path`` longer than the limit."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out: list[tuple[str, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                qual = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    length = child.end_lineno - child.lineno + 1
                    if length > MAX_FUNCTION_LINES:
                        out.append((qual, length))
                visit(child, qual + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def violations() -> dict[str, str]:
    """Baseline line -> a human note (sizes and the like, which may change without mattering)."""
    modules = package_modules()
    graph = {name: imports_of(name, path, modules) for name, path in modules.items()}
    found: dict[str, str] = {}
    for component in cycles(graph):
        found["cycle: " + " ".join(component)] = f"{len(component)} modules import each other"
    for path in modules.values():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(EXEMPT_FROM_SIZE):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            found[f"long module: {rel}"] = f"{lines} lines (limit {MAX_MODULE_LINES})"
        for qual, length in long_functions(path):
            found[f"long function: {rel}:{qual}"] = f"{length} lines (limit {MAX_FUNCTION_LINES})"
    return found


def read_baseline(path: Path = BASELINE) -> set[str]:
    if not path.exists():
        return set()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every violation in baseline form")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args(argv)
    found = violations()
    if args.list:
        for line in sorted(found):
            print(line)
        return 0
    known = read_baseline(args.baseline)
    new = sorted(set(found) - known)
    stale = sorted(known - set(found))
    for line in new:
        print(f"NEW   {line}  ({found[line]})")
    for line in stale:
        print(f"FIXED {line}  (no longer occurs: remove it from {args.baseline.name})")
    print(f"{len(found)} violations, {len(found) - len(new)} of them known; {len(new)} new, {len(stale)} stale",
          file=sys.stderr)
    return 1 if new or stale else 0


if __name__ == "__main__":
    sys.exit(main())
