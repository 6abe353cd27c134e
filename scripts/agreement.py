"""How far two annotators agree: one gold set scored against a second annotation of the same pages.

usage: python scripts/agreement.py eval/agreement/de/dev [--first eval/de/dev] [--shared ../shared]

The second annotations (``eval/agreement/<lang>/<batch>/``) were written by annotators who saw
neither the first annotation nor the system's output. Without a human ceiling the targets of the
claims stage mean little: a system cannot agree with one annotator more than a second careful
annotator does. Each second annotation is turned into what ``score.py`` expects from the system
and scored with the shared scorer's own rules (``score_doc``), in both directions:

* a gold file names a claim by an anchor, not by its extent, so a second annotator's claim
  stands for the whole sentence its anchor lies in (the sentences stage's boundaries); the
  first annotator's anchor must lie at least half inside it, as ``score.py`` asks of a claim;
* the second annotator's source is their first, most complete name (``UNNAMED`` a source the
  scorer reads as unnamed), their first mode and stance, their quantities as written.

Prints one line per direction with the same figures as ``score_eval.py`` (claims F1, source right,
quantities F1, attributed F1). The two directions differ only by which side's anchors must fall in
the other's sentences. Aggregate lines only, so a blind batch may be measured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quellenlage.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_eval import load_scorer, summary  # noqa: E402  (a sibling script)

ROOT = Path(__file__).resolve().parent.parent


def as_system_output(gold: dict, text: str, sentences: list[tuple[int, int]], scorer) -> dict:
    """A gold file in the shape of ``quellenlage analyze`` output: each claim spans its anchor's sentence."""
    claims = []
    for claim in gold["claims"]:
        if claim.get("optional"):
            continue
        where = scorer.locate(claim["anchor"], text)
        if where is None:
            continue
        middle = (where[0] + where[1]) // 2
        start, end = next(((s, e) for s, e in sentences if s <= middle < e), where)
        source = claim["source"]
        named = source != "UNNAMED" and bool(source)
        claims.append({
            "span": {"start": min(start, where[0]), "end": max(end, where[1])},
            "mode": claim["mode"][0],
            "stance": claim["stance"][0],
            "hedged": claim.get("hedged", False),
            "source": {"name": source[0], "text": source[0], "kind": "named"} if named
            else {"name": None, "text": None, "kind": "unnamed"},
            "quantities": claim.get("quantities", []),
        })
    return {"claims": claims}


def compare(first_dir: Path, second_dir: Path, shared: Path) -> tuple[dict, dict, int]:
    """Totals of (first as gold, second as system) and (second as gold, first as system)."""
    scorer = load_scorer(shared)
    nlp = Pipeline(stages=["extract", "language", "sentences"])
    empty = {"tp": 0, "fp": 0, "fn": 0, "tp_src": 0, "q": [0, 0, 0], "docs": 0}
    totals = [dict(empty, q=[0, 0, 0]), dict(empty, q=[0, 0, 0])]
    pages = 0
    for second_path in sorted(second_dir.glob("*.json")):
        first_path = first_dir / second_path.name
        if not first_path.exists():
            continue
        first = json.loads(first_path.read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        doc = nlp.analyze_path(shared / first["input"])
        text = doc.article.text
        sentences = [(s.start, s.end) for s in doc.sentences]
        pages += 1
        for total, gold, other in ((totals[0], first, second), (totals[1], second, first)):
            result = as_system_output(other, text, sentences, scorer)
            result["article"] = {"text": text}
            score = scorer.score_doc(gold, result, False)
            for key in ("tp", "fp", "fn", "tp_src"):
                total[key] += score[key]
            total["q"] = [a + b for a, b in zip(total["q"], score["q"], strict=True)]
            total["docs"] += 1
    return totals[0], totals[1], pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("second", type=Path, help="folder of second annotations (eval/agreement/<lang>/<batch>)")
    ap.add_argument("--first", type=Path, help="folder of the first annotations (default eval/<lang>/<batch>)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    first_dir = args.first or ROOT / "eval" / args.second.parent.name / args.second.name
    forward, backward, pages = compare(first_dir, args.second, args.shared)
    if not pages:
        print(f"no page of {args.second} has a first annotation in {first_dir}", file=sys.stderr)
        return 1
    scorer = load_scorer(args.shared)
    name = f"{args.second.parent.name}/{args.second.name}"
    print(summary(f"{name} 1st<-2nd", forward, scorer))
    print(summary(f"{name} 2nd<-1st", backward, scorer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
