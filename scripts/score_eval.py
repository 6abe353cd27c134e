"""Score the team's gold batches in one process, with the shared scorer's own rules.

usage: python scripts/score_eval.py [BATCH_DIR ...] [--shared ../shared] [-v]
       python scripts/score_eval.py                 # every train and dev batch under eval/<lang>/
       python scripts/score_eval.py --blind         # … and the blind batches (aggregate lines only)

``../shared/eval/score.py`` starts ``quellenlage analyze`` once per page, which costs a
second of start-up each. This script imports that scorer's ``score_doc`` and ``f1``
(nothing of the scoring is written twice) and feeds it the default pipeline's output in
process, so all batches score in seconds. The figures are the same as score.py's; the
closing notes quote score.py itself.

Blind batches: scored only when named or with ``--blind``, and never with ``-v`` (refused, exit
2): their errors are read only once they move to train (``eval/README.md``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from quellenlage.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def best_match(where: tuple[int, int], spans: list[tuple[int, int]]) -> int | None:
    """The index of the span that ``score.py`` matches to a gold anchor at ``where``: one that
    covers at least half the anchor, the largest overlap first, the earliest on a tie; else None.
    The scripts that break scores down (cue_recall.py, train_source_model.py) match with this."""
    a0, a1 = where
    best, match = 0, None
    for i, (s0, s1) in enumerate(spans):
        overlap = max(0, min(a1, s1) - max(a0, s0))
        if overlap >= 0.5 * (a1 - a0) and overlap > best:
            best, match = overlap, i
    return match


def score_batch(batch: Path, shared: Path, scorer, nlp: Pipeline, verbose: bool) -> dict:
    total = {"tp": 0, "fp": 0, "fn": 0, "tp_src": 0, "q": [0, 0, 0], "docs": 0}
    for path in sorted(batch.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        result = nlp.analyze_path(shared / gold["input"]).to_dict()
        if verbose:
            print(f"  {gold['doc']}")
        s = scorer.score_doc(gold, result, verbose)
        for key in ("tp", "fp", "fn", "tp_src"):
            total[key] += s[key]
        total["q"] = [a + b for a, b in zip(total["q"], s["q"], strict=True)]
        total["docs"] += 1
    return total


def summary(name: str, t: dict, scorer) -> str:
    _, _, claims_f1 = scorer.f1(t["tp"], t["fp"], t["fn"])
    wrong_source = t["tp"] - t["tp_src"]
    _, _, attributed = scorer.f1(t["tp_src"], t["fp"] + wrong_source, t["fn"] + wrong_source)
    _, _, quantities = scorer.f1(*t["q"])
    precision, recall, _ = scorer.f1(t["tp"], t["fp"], t["fn"])
    source_right = t["tp_src"] / t["tp"] if t["tp"] else 0.0
    gold = t["tp"] + t["fn"]
    return (f"{name:<16} docs={t['docs']:>3} gold={gold:>4}  claims-F1={claims_f1:.3f}  "
            f"source-right={source_right:.3f}  quantities-F1={quantities:.3f}  attributed-F1={attributed:.3f}  "
            f"(claims P={precision:.3f} R={recall:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="*", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error (never on a blind batch)")
    ap.add_argument("--blind", action="store_true",
                    help="also score the blind batches when no batch is named (aggregate lines only)")
    args = ap.parse_args(argv)
    batches = args.batches or sorted(p for p in (ROOT / "eval").glob("*/*")
                                     if p.is_dir() and p.parent.name != "agreement"  # second annotations
                                     and (args.blind or not p.name.startswith("blind")))
    if args.verbose and any(b.name.startswith("blind") for b in batches):
        print("a blind batch is scored without -v: its errors are read only once it moves to train",
              file=sys.stderr)
        return 2
    scorer = load_scorer(args.shared)
    nlp = Pipeline()
    for batch in batches:
        totals = score_batch(batch, args.shared, scorer, nlp, args.verbose)
        print(summary(f"{batch.parent.name}/{batch.name}", totals, scorer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
