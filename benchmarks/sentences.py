"""The default sentence splitter against SoMaJo: time and boundary agreement on German pages.

usage: python benchmarks/sentences.py [--shared ../shared] [--pages 100]

Why this exists: the design named SoMaJo for sentences and tokens, and the default stage is
a one-pass regex splitter instead (``quellenlage/nlp/sentences.py``); SoMaJo stays available
as a swappable stage (``quellenlage/nlp/somajo_stage.py``). This prints the figures behind
that choice, all in one run on the same clean texts:

* time of ``trafilatura.extract`` (the reference), of the default splitter and of SoMaJo,
  each also as a ratio to extraction;
* boundary agreement: sentence ends inside a paragraph (paragraph ends are boundaries for
  both), with SoMaJo as the reference: precision, recall and F1 of the default splitter.

Only German pages are used (language detected on the extracted text).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.extract.language import language_of  # noqa: E402
from quellenlage.nlp.sentences import sentences  # noqa: E402
from quellenlage.nlp.somajo_stage import somajo_sentences  # noqa: E402


def corpus_pages(shared: Path) -> list[str]:
    files = sorted((shared / "corpora" / "trafilatura-eval" / "html").glob("*.html"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def inner_ends(text: str, sents) -> set[int]:
    """Sentence ends that are not at the end of a line (those every splitter agrees on)."""
    return {s.end for s in sents if s.end < len(text) and text[s.end:].split("\n", 1)[0].strip()}


def main() -> None:
    import trafilatura

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()

    htmls, texts = [], []
    for html in corpus_pages(args.shared):
        text = trafilatura.extract(html) or ""
        if text and language_of(text) == "de":
            htmls.append(html)
            texts.append(text)
        if len(texts) == args.pages:
            break
    somajo_sentences("Warm-up. Ein Satz.", "de")
    sentences("Warm-up. Ein Satz.", "de", with_tokens=True)

    t0 = time.perf_counter()
    for html in htmls:
        trafilatura.extract(html)
    t_extract = time.perf_counter() - t0
    t0 = time.perf_counter()
    ours = [sentences(t, "de", with_tokens=True) for t in texts]
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs = [somajo_sentences(t, "de") for t in texts]
    t_somajo = time.perf_counter() - t0

    tp = fp = fn = 0
    for text, a, b in zip(texts, ours, theirs, strict=True):
        mine, ref = inner_ends(text, a), inner_ends(text, b)
        tp, fp, fn = tp + len(mine & ref), fp + len(mine - ref), fn + len(ref - mine)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    chars = sum(map(len, texts))
    print(f"{len(texts)} German pages, {chars:,} characters of clean text")
    print(f"trafilatura.extract   {t_extract:7.2f} s  (reference)")
    print(f"default splitter      {t_ours:7.2f} s  = {t_ours / t_extract:5.2f} x extraction")
    print(f"SoMaJo                {t_somajo:7.2f} s  = {t_somajo / t_extract:5.2f} x extraction")
    print(f"boundaries inside paragraphs, SoMaJo as reference: P={p:.3f} R={r:.3f} F1={f1:.3f} "
          f"(agree {tp}, only default {fp}, only SoMaJo {fn})")


if __name__ == "__main__":
    main()
