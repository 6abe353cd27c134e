"""Extraction quality and speed: Quellenlage vs plain ``trafilatura.extract``, side by side.

On the pages of ``../shared/corpora/trafilatura-eval/evaldata.json`` (gold ``with``
snippets that belong in the main text and ``without`` snippets that do not) this
prints, for both extractors in the same run: the share of ``with`` snippets kept,
the share of ``without`` snippets dropped, and the time ratio Quellenlage ÷ trafilatura
(Quellenlage's extraction = the ``extract`` and ``language`` stages: trafilatura with
metadata and htmldate, credits, debris, language identification).

Quellenlage's output keeps the title as metadata, not in ``article.text``; since the
gold snippets include headlines, the main figures judge title + text, and the
text-only figures are printed beside them.

    python benchmarks/extraction.py [--limit N] [--shared ../shared] [--show-lost]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.document import Document  # noqa: E402
from quellenlage.extract import extract  # noqa: E402
from quellenlage.extract.language import detect_language  # noqa: E402
from quellenlage.ingest.readers import InputError, read_bytes  # noqa: E402


def load_pages(shared: Path) -> list[tuple[Path, dict]]:
    corpora = shared / "corpora"
    gold = json.loads((corpora / "trafilatura-eval" / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for entry in gold.values():
        for folder in ("trafilatura-eval/html", "trafilatura-cache"):
            path = corpora / folder / entry["file"]
            if path.exists():
                pages.append((path, entry))
                break
    return pages


def quellenlage_extract(raw) -> tuple[str, str]:
    doc = Document(raw=raw)
    try:
        extract(doc)
        detect_language(doc)
    except Exception:  # no article, unsupported language: whatever was extracted counts
        pass
    return doc.article.title or "", doc.article.text


def score(text: str, entry: dict) -> tuple[int, int, int, int]:
    with_ = entry.get("with", [])
    without = entry.get("without", [])
    kept = sum(1 for s in with_ if s in text)
    dropped = sum(1 for s in without if s not in text)
    return kept, len(with_), dropped, len(without)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-lost", action="store_true", help="print 'with' snippets Quellenlage lost but trafilatura kept")
    args = ap.parse_args()

    import trafilatura

    from quellenlage.extract.language import language_of

    language_of("Ein Satz zum Aufwärmen.")  # build the language models once, outside the timing
    pages = load_pages(Path(args.shared))
    if args.limit:
        pages = pages[: args.limit]
    totals = {k: [0, 0, 0, 0] for k in ("ql", "ql_text", "traf")}
    t_ql = t_traf = 0.0
    for path, entry in pages:
        try:
            raw = read_bytes(path.read_bytes(), str(path))
        except InputError:
            continue
        html = raw.content
        t0 = time.perf_counter()
        plain = trafilatura.extract(html) or ""
        t1 = time.perf_counter()
        title, text = quellenlage_extract(raw)
        t2 = time.perf_counter()
        t_traf += t1 - t0
        t_ql += t2 - t1
        for key, out in (("ql", f"{title}\n{text}"), ("ql_text", text), ("traf", plain)):
            for i, n in enumerate(score(out, entry)):
                totals[key][i] += n
        if args.show_lost:
            for s in entry.get("with", []):
                if s in plain and s not in f"{title}\n{text}":
                    print(f"LOST {path.name}: {s!r}")
    print(f"pages: {len(pages)}")
    print(f"{'':28}{'with kept':>12}{'without dropped':>18}")
    for key, label in (("traf", "trafilatura.extract"), ("ql", "Quellenlage (title+text)"),
                       ("ql_text", "Quellenlage (text only)")):
        k, nw, d, nwo = totals[key]
        print(f"{label:28}{k / nw:>12.1%}{d / nwo:>18.1%}   ({k}/{nw}, {d}/{nwo})")
    print(f"time: trafilatura {t_traf:.1f}s, Quellenlage {t_ql:.1f}s, ratio {t_ql / t_traf:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
