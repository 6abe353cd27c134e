"""Time against text length on generated bad input: is the analysis linear?

usage: python benchmarks/bad_input.py [--sizes 250000 1000000]

The text is ``tests/claims/bad_text.py``'s mix (5,000-word sentences, quotes never closed,
a paragraph that is one long quote, flattened tables and lists, English and French
passages), in the same proportions at every size. Each stage is timed in CPU seconds of
this process; the last column is the time per size relative to the first size, to be
read against the ratio of the sizes (linear: the same ratio).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.document import Document, RawInput  # noqa: E402
from quellenlage.pipeline import Pipeline  # noqa: E402
from tests.claims.bad_text import bad_german_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[250_000, 1_000_000], help="text sizes in characters")
    args = ap.parse_args()
    pipeline = Pipeline()
    pipeline.analyze_text("Der Rat tagte am Dienstag, sagte die Ministerin, und beschloss 1.000 Euro.")  # warm up
    first = None
    for size in args.sizes:
        text = bad_german_text(size)
        doc = Document(raw=RawInput("<bad>", text, "text"))
        times = []
        start = time.process_time()
        for name, stage in pipeline.stages:
            t = time.process_time()
            doc = stage(doc)
            times.append(f"{name}={time.process_time() - t:.2f}")
        total = time.process_time() - start
        first = first or (len(text), total)
        longest = max((c.span.end - c.span.start for c in doc.claims), default=0)
        print(f"{len(text):9,d} chars  {total:7.2f} s CPU  ({len(text) / first[0]:.1f}x text, {total / first[1]:.1f}x time)"
              f"  claims={len(doc.claims)} longest={longest}  " + " ".join(times), flush=True)


if __name__ == "__main__":
    main()
