"""Count before writing a rule: how often the sentences a rule would claim hold a gold claim.

usage: python scripts/count_first.py REGEX [BATCH_DIR ...]   # default: eval/de/train eval/de/dev
       python scripts/count_first.py '„[^“]{40,}“$' --min-words 7

A rule read off single errors learns the batch it was read from (eval/README.md, rounds 9–12);
a rule chosen by a count over the train and dev pages, before it is written, moved the blind
batch in round 13. This script gives that count for a candidate: over the sentences in which
the system finds **no** claim today and whose text matches ``REGEX``, how many hold a counted
gold claim (the anchor starts in the sentence) and how many do not. A new claim raises
attributed F1 only when the share with a right source is above about half the current F1
(0.38 at 0.76): the gold share printed here is the ceiling of that. The matching sentences
are listed (``--show N``) so the candidate's speaker can be judged next. Blind batches are
refused: their sentences are not read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def tally(rows: Iterable[tuple[str, bool, bool]], pattern: re.Pattern[str], min_words: int = 0) -> Counter:
    """Counts over ``(sentence, claimed by the system, holds a gold claim)`` rows: of the unclaimed
    sentences that match ``pattern`` and have at least ``min_words`` words, ``gold`` and ``no gold``."""
    out: Counter = Counter()
    for sentence, claimed, gold in rows:
        if claimed or len(sentence.split()) < min_words or not pattern.search(sentence):
            continue
        out["gold" if gold else "no gold"] += 1
    return out


def sentence_rows(batches: list[Path], shared: Path) -> Iterable[tuple[str, bool, bool]]:
    """``(sentence, claimed, gold)`` for every sentence of every page of the batches."""
    from score_eval import load_scorer  # a sibling script

    from quellenlage.pipeline import Pipeline

    scorer, nlp = load_scorer(shared), Pipeline()
    for batch in batches:
        for path in sorted(batch.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = nlp.analyze_path(shared / gold["input"])
            starts = [w[0] for g in gold["claims"] if not g.get("optional") and (w := scorer.locate(g["anchor"], doc.text))]
            spans = [(c.span.start, c.span.end) for c in doc.claims if c.mode != "assertion"]
            for s in doc.sentences:
                claimed = any(a < s.end and b > s.start for a, b in spans)
                yield doc.text[s.start:s.end], claimed, any(s.start <= w < s.end for w in starts)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="a regular expression the sentence must match")
    ap.add_argument("batches", nargs="*", type=Path)
    ap.add_argument("--min-words", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="list this many matching sentences")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    batches = args.batches or [ROOT / "eval/de/train", ROOT / "eval/de/dev"]
    if any("blind" in b.name for b in batches):
        print("blind batches are scored by score.py only, never read sentence by sentence", file=sys.stderr)
        return 2
    pattern = re.compile(args.pattern)
    rows = list(sentence_rows(batches, args.shared))
    counts = tally(rows, pattern, args.min_words)
    n = counts["gold"] + counts["no gold"]
    print(f"unclaimed sentences matching: {n}; with a gold claim: {counts['gold']}"
          + (f" ({counts['gold'] / n:.2f})" if n else ""))
    shown = 0
    for sentence, claimed, gold in rows:
        if shown < args.show and not claimed and len(sentence.split()) >= args.min_words and pattern.search(sentence):
            print(("G " if gold else "- ") + sentence[:160].replace("\n", " "))
            shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
