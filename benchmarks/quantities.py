"""Quantities: accuracy on the dev set's gold claims and speed against trafilatura.

usage: python benchmarks/quantities.py [--shared ../shared] [--pages 100] [-v]

Accuracy: for every gold claim in ``shared/eval/claims-dev`` the anchor is located in
the extracted article text (as the scorer does) and widened to its sentence, a stand-in
for the claim span the claims engine will produce; the figures that
:func:`quellenlage.quantities.quantities_within` finds there are matched against the
claim's gold ``quantities`` with the scorer's own ``quantity_match``. Another claim's anchor in
the same sentence cuts the window. Extra figures in a claim count as false positives,
as they do in the scorer.

Speed: the clean texts of ``--pages`` corpus pages are extracted with
``trafilatura.extract`` (timed), then :func:`parse_quantities` runs over the same texts
(timed); the ratio quantities/trafilatura is printed. The whole analysis must stay
within 1.5x trafilatura's time, so this stage should cost a few percent of it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.pipeline import Pipeline  # noqa: E402
from quellenlage.quantities import parse_quantities, quantities_within  # noqa: E402

_SENT_END = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ\"„])|\n")


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_QUOTE_CLASS = "[\"'„“”»«‚‘’]"


def _locate(anchor: str, text: str) -> tuple[int, int] | None:
    """Exact offsets of a gold anchor (whitespace and quote styles folded)."""
    parts = []
    for ch in anchor.strip():
        if ch.isspace():
            if parts and parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in "\"'„“”»«‚‘’":
            parts.append(_QUOTE_CLASS)
        else:
            parts.append(re.escape(ch))
    m = re.search("".join(parts), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _sentence(text: str, a0: int, a1: int) -> tuple[int, int]:
    start = 0
    for m in _SENT_END.finditer(text):
        if m.end() <= a0:
            start = m.end()
        elif m.start() >= a1:
            return start, m.start()
    return start, len(text)


def accuracy(shared: Path, verbose: bool) -> tuple[int, int, int]:
    score = _scorer(shared)
    nlp = Pipeline(stages=["extract", "language"])
    tp = fp = fn = 0
    for gold_file in sorted((shared / "eval" / "claims-dev").glob("*.json")):
        gold = json.loads(gold_file.read_text())
        doc = nlp.analyze_path(shared / gold["input"])
        text = doc.article.text
        anchors = [w for c in gold["claims"] if (w := _locate(c["anchor"], text))]
        for claim in gold["claims"]:
            if claim.get("optional"):
                continue
            where = _locate(claim["anchor"], text)
            if where is None:
                if verbose:
                    print(f"  {gold['doc']}: anchor not found: {claim['anchor'][:60]!r}")
                continue
            s0, s1 = _sentence(text, *where)
            # another claim's anchor in the same sentence bounds this claim's window
            s0 = max([s0] + [b1 for b0, b1 in anchors if b1 <= where[0]])
            s1 = min([s1] + [b0 for b0, b1 in anchors if b0 >= where[1]])
            found = [
                {"value": q.value, "lower": q.lower, "upper": q.upper, "unit": q.unit}
                for q in quantities_within(doc, s0, s1)
            ]
            for gq in claim.get("quantities", []):
                hit = next((q for q in found if score.quantity_match(gq, q)), None)
                if hit is None:
                    fn += 1
                    if verbose:
                        print(f"  MISS {gold['doc']}: {gq} in {text[s0:s1][:100]!r}")
                else:
                    tp += 1
                    found.remove(hit)
            fp += len(found)
            if verbose:
                for q in found:
                    print(f"  EXTRA {gold['doc']}: {q} in {text[s0:s1][:100]!r}")
    return tp, fp, fn


def speed(shared: Path, pages: int) -> tuple[float, float, int]:
    import trafilatura

    files = sorted((shared / "corpora" / "trafilatura-eval" / "html").glob("*.html"))[:pages]
    htmls = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    t0 = time.perf_counter()
    texts = [trafilatura.extract(h) or "" for h in htmls]
    t_extract = time.perf_counter() - t0
    parse_quantities("warm-up: 1.000 Container", "de")
    parse_quantities("warm-up: 1,000 containers", "en")
    n = 0
    t0 = time.perf_counter()
    for text in texts:
        n += len(parse_quantities(text, "de"))
    t_quant = time.perf_counter() - t0
    return t_extract, t_quant, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    tp, fp, fn = accuracy(shared, args.verbose)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"gold-claim quantities (anchor sentence): P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})"
    )
    if not args.no_speed:
        t_ex, t_q, n = speed(shared, args.pages)
        print(
            f"speed on {args.pages} pages: trafilatura.extract {t_ex:.2f}s, quantities {t_q:.3f}s "
            f"({n} figures), ratio {t_q / t_ex:.3f}"
        )


if __name__ == "__main__":
    main()
