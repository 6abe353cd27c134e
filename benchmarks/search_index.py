"""What the compound and spelling index costs on real German pages: terms added per article and time.

The synthetic store of ``benchmarks/store.py`` is made of random letter strings (many with
umlauts, few that split into German words), so its growth says little about news. This reads
German pages of the corpus (``../shared/corpora``, at run time, never copied), extracts their
text with trafilatura, and counts what ``quellenlage.store.index_words.extra_terms`` adds to the
index: tokens (what an inverted index stores a position for) and distinct terms, before and
after; and its time per article as a ratio to ``trafilatura.extract`` on the same pages.

    python benchmarks/search_index.py [--pages 100]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from quellenlage.store.index_words import WORD, extra_terms  # noqa: E402

SHARED = Path(os.environ.get("QUELLENLAGE_SHARED", ROOT.parent / "shared"))
GERMAN = re.compile(r"\b(und|der|die|das|nicht|mit|für)\b")


def german_pages(limit: int) -> list[tuple[Path, str, str]]:
    """(path, title, text) of up to ``limit`` corpus pages whose text reads as German."""
    out = []
    for path in sorted((SHARED / "corpora" / "trafilatura-eval" / "html").glob("*.html")):
        html = path.read_text(encoding="utf-8", errors="replace")
        text = trafilatura.extract(html) or ""
        if len(text) > 500 and len(GERMAN.findall(text)) > len(text) / 200:
            meta = trafilatura.extract_metadata(html)
            out.append((path, (meta.title if meta else "") or "", text))
        if len(out) >= limit:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    found = german_pages(args.pages)
    t0 = time.perf_counter()
    for path, _, _ in found:
        trafilatura.extract(path.read_text(encoding="utf-8", errors="replace"))
    reference = time.perf_counter() - t0
    pages = [(title, text) for _, title, text in found]
    extra_terms(["Wasserschutzpolizei"], "de")  # load the dictionary once, outside the timing
    tokens = extra_tokens = spell_tokens = 0
    terms: set[str] = set()
    added: set[str] = set()
    t0 = time.perf_counter()
    results = [extra_terms((title, text), "de") for title, text in pages]
    spent = time.perf_counter() - t0
    for (title, text), (spellings, parts) in zip(pages, results, strict=True):
        words = [w.lower() for w in WORD.findall(f"{title} {text}")]
        tokens += len(words)
        terms.update(words)
        extra_tokens += len((parts or "").split())
        spell_tokens += len((spellings or "").split())
        added.update((parts or "").split() + (spellings or "").split())
    result = {
        "pages": len(pages), "tokens": tokens, "spelling_tokens_added": spell_tokens, "part_tokens_added": extra_tokens,
        "tokens_growth": round((spell_tokens + extra_tokens) / tokens, 3),
        "distinct_terms": len(terms), "distinct_terms_after": len(terms | added),
        "distinct_growth": round(len(added - terms) / len(terms), 3),
        "extra_terms_ms_per_page": round(spent * 1000 / len(pages), 2),
        "ratio_to_trafilatura_extract": round(spent / reference, 3),
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
