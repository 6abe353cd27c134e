"""Cost of the entity stage on real pages, as a ratio to trafilatura.extract on the same pages.

Takes N pages (default 100) of the trafilatura evaluation corpus in ``../shared``, extracts
each once with ``trafilatura.extract`` (timed: the reference), then runs
``find_entities`` on the extracted text (timed). The gazetteer is compiled before timing
(it is built once per process) and its compile time is printed separately. Prints both
totals, the ratio, and how many entities were found. Target: ratio < 0.5.

    python benchmarks/entities.py             # 100 pages
    python benchmarks/entities.py --n 300
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import trafilatura  # noqa: E402

from quellenlage.document import Document, RawInput  # noqa: E402
from quellenlage.entities import find_entities  # noqa: E402
from quellenlage.entities.gazetteer import gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUELLENLAGE_SHARED", ROOT.parent / "shared"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="number of pages")
    args = ap.parse_args()
    folder = SHARED / "corpora" / "trafilatura-eval" / "html"
    if not folder.is_dir():
        print(f"corpus not found at {folder} (set QUELLENLAGE_SHARED)")
        return 0
    pages = sorted(folder.glob("*.html"))[: args.n]

    t0 = time.perf_counter()
    gazetteer()
    compile_s = time.perf_counter() - t0

    texts: list[str] = []
    t_extract = 0.0
    for page in pages:
        html = page.read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        text = trafilatura.extract(html) or ""
        t_extract += time.perf_counter() - t0
        texts.append(text)

    t_entities = 0.0
    found = 0
    for page, text in zip(pages, texts, strict=True):
        doc = Document(raw=RawInput(page.name, text, "text"))
        doc.set_text(text)
        t0 = time.perf_counter()
        find_entities(doc)
        t_entities += time.perf_counter() - t0
        found += len(doc.entities)

    chars = sum(len(t) for t in texts)
    print(f"pages: {len(pages)}  characters: {chars:,}  entities: {found:,}")
    print(f"gazetteer compile (once per process): {compile_s * 1000:.0f} ms")
    print(f"trafilatura.extract: {t_extract:.3f} s   find_entities: {t_entities:.3f} s")
    print(f"ratio find_entities / trafilatura.extract: {t_entities / max(t_extract, 1e-9):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
