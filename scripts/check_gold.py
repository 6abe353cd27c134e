"""Check gold claim files: they parse, name their page, and every anchor is usable.

usage: python scripts/check_gold.py FILE_OR_DIR... [--shared ../shared]

For each gold file (format: ``shared/spec/claims-annotation.md``, conventions:
``eval/ANNOTATING.md``) it reports anchors that are missing from the extracted article
text, that occur more than once, or that exceed 12 words (the repository may hold no more
corpus text than that), and fields with values outside the spec. It runs only the
extraction stages, so an annotator of a blind batch can use it without seeing claims.
Exit code 1 when any problem is found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from quellenlage.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_eval import load_scorer  # noqa: E402  (a sibling script)

MAX_ANCHOR_WORDS = 12
MODES = {"direct", "indirect", "reportive"}
STANCES = {"assert", "deny", "uncertain"}


def claim_problems(claim: dict, text: str, fold: Callable[[str], str]) -> list[str]:
    """What is wrong with one gold claim; ``fold`` is the scorer's comparison form (``norm``)."""
    anchor = claim.get("anchor", "")
    problems = []
    if not anchor.strip():
        return ["empty anchor"]
    if len(anchor.split()) > MAX_ANCHOR_WORDS:
        problems.append(f"anchor has {len(anchor.split())} words (max {MAX_ANCHOR_WORDS})")
    found = fold(text).count(fold(anchor))
    if found == 0:
        problems.append("anchor not in the extracted text")
    elif found > 1:
        problems.append(f"anchor occurs {found} times")
    source = claim.get("source")
    if source != "UNNAMED" and not (isinstance(source, list) and source and all(isinstance(s, str) for s in source)):
        problems.append('source must be "UNNAMED" or a non-empty list of names')
    if not set(claim.get("mode") or []) or not set(claim.get("mode") or []) <= MODES:
        problems.append(f"mode must be a non-empty list of {sorted(MODES)}")
    if not set(claim.get("stance") or []) or not set(claim.get("stance") or []) <= STANCES:
        problems.append(f"stance must be a non-empty list of {sorted(STANCES)}")
    if not isinstance(claim.get("hedged", False), bool):
        problems.append("hedged must be true or false")
    return [f"{anchor[:50]!r}: {p}" for p in problems]


def check_file(path: Path, shared: Path, nlp: Pipeline, fold: Callable[[str], str]) -> list[str]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"not readable JSON: {exc}"]
    for key in ("doc", "input", "language", "claims"):
        if key not in gold:
            return [f"missing key {key!r}"]
    page = shared / gold["input"]
    if not page.is_file():
        return [f"input {gold['input']} not found under {shared}"]
    text = nlp.analyze_path(page).article.text
    return [p for claim in gold["claims"] for p in claim_problems(claim, text, fold)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = ap.parse_args(argv)
    files = [f for p in args.paths for f in (sorted(p.rglob("*.json")) if p.is_dir() else [p])]
    nlp = Pipeline(stages=["extract", "language"])
    fold = load_scorer(args.shared).norm  # anchors are found the way score.py finds them
    bad = 0
    for f in files:
        problems = check_file(f, args.shared, nlp, fold)
        bad += bool(problems)
        for p in problems:
            print(f"{f}: {p}")
    print(f"{len(files)} files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
