"""Every corpus page through the full ``analyze`` pipeline: none may crash.

Reads all 933 pages of ``../shared/corpora`` (``trafilatura-eval/html`` and
``trafilatura-cache``, every file whatever its name ends with) and runs each through
the default pipeline exactly as ``quellenlage analyze`` does. Each page ends in one of:

* **analysed**: the analysis contract was produced;
* **rejected**: refused with a clear one-line reason (no article text, a language
  without analysis, an input that is not an article); counted per reason;
* **crashed**: any other exception. This must stay 0; each crash is printed with the
  page and the last frames of its traceback.

The exit code is 1 when any page crashed, so the script can guard a release.

    python benchmarks/corpus.py [--shared ../shared] [--limit N] [--every K]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.extract import NoArticleError  # noqa: E402
from quellenlage.extract.language import UnsupportedLanguage  # noqa: E402
from quellenlage.ingest.readers import InputError, read_file  # noqa: E402
from quellenlage.pipeline import Pipeline  # noqa: E402

FOLDERS = ("trafilatura-eval/html", "trafilatura-cache")


def corpus_pages(shared: Path) -> list[Path]:
    """All corpus pages, sorted by folder and name (a stable order for sampling)."""
    pages = []
    for folder in FOLDERS:
        root = shared / "corpora" / folder
        if root.is_dir():
            pages.extend(sorted(p for p in root.rglob("*") if p.is_file()))
    return pages


def sample(pages: list[Path], n: int) -> list[Path]:
    """``n`` pages spread evenly over the sorted list: deterministic, covering both folders."""
    if n >= len(pages):
        return list(pages)
    step = len(pages) / n
    return [pages[int(i * step)] for i in range(n)]


def classify(pipeline: Pipeline, path: Path) -> tuple[str, str]:
    """("analysed" | "rejected" | "crashed", reason). Crashes carry a short traceback."""
    try:
        pipeline(read_file(path))
    except InputError as exc:
        return "rejected", f"input: {exc.reason.split(' (')[0]}"
    except UnsupportedLanguage as exc:
        return "rejected", f"unsupported language {exc.doc.article.language}"
    except NoArticleError:
        return "rejected", "no article text"
    except Exception:  # noqa: BLE001 - the point is to catch everything else
        lines = traceback.format_exc().strip().splitlines()
        return "crashed", "\n    ".join(lines[-6:])
    return "analysed", ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--every", type=int, default=1, help="only every K-th page")
    args = ap.parse_args()

    pages = corpus_pages(Path(args.shared))[:: args.every]
    if args.limit:
        pages = pages[: args.limit]
    if not pages:
        print(f"no corpus pages under {args.shared}/corpora", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    outcomes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    crashes = []
    t0 = time.perf_counter()
    for path in pages:
        outcome, reason = classify(pipeline, path)
        outcomes[outcome] += 1
        if outcome == "rejected":
            reasons[reason] += 1
        elif outcome == "crashed":
            crashes.append((path, reason))
            print(f"CRASH {path}\n    {reason}", flush=True)
    seconds = time.perf_counter() - t0
    print(f"pages: {len(pages)} in {seconds:.0f}s ({len(pages) / seconds:.1f} pages/s)")
    print(f"analysed: {outcomes['analysed']}")
    print(f"rejected: {outcomes['rejected']}")
    for reason, n in reasons.most_common():
        print(f"    {n:4d}  {reason}")
    print(f"crashed:  {outcomes['crashed']}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
