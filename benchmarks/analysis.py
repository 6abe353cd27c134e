"""Cost of the whole analysis on German pages, as a ratio to trafilatura.extract on the same pages.

usage: python benchmarks/analysis.py [--n 100] [--repeat 1] [--tracemalloc] [--profile] [--end-to-end [--rounds 5]]

Pages: the trafilatura evaluation corpus in ``../shared`` (or ``$QUELLENLAGE_SHARED``), in
sorted file order as the other benchmarks take it, keeping the first N whose extracted text
the language stage reads as German (the selection is not timed). Then, in the same run:

* reference: ``trafilatura.extract(html)`` on every page (timed);
* analysis: the default pipeline, ``Pipeline().analyze_html(html)``: extraction, metadata,
  language, sentences, tagging, figures, entities, claims (timed).

Both run page by page, interleaved, so a busy machine slows both sides alike; with
``--repeat R`` each page's fastest time on each side counts. Wall time is the headline;
the CPU time of the process (``time.process_time``) is printed too, since on a shared
machine it varies far less between runs.

The pipeline and its models (HanTa, gazetteer, lexicons) are built and warmed up once on
a page of their own before timing; that one-off cost is printed separately. Prints both
totals, the ratio analysis / trafilatura (target <= 1.5, must stay <= 2.0), tokens/s of
the analysis, claims found, and the peak resident memory of the process
(``resource.getrusage``). ``--tracemalloc`` adds the peak of Python allocations during the
analysis loop (slower; run it apart from the timing). ``--profile`` prints the 25 most
expensive functions of the analysis loop. The last line splits the analysis time by stage.

``--end-to-end`` then measures what a user waits for, whole processes with their start-up
(``benchmarks/end_to_end.py``): one short article against a bare trafilatura process, the N
pages in one ``analyze`` process against trafilatura over them in one process, the peak RSS,
and ``--jobs 2`` scaling; each the median of ``--rounds`` interleaved rounds.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from quellenlage.document import Document, RawInput  # noqa: E402
from quellenlage.memory import freeze_loaded  # noqa: E402
from quellenlage.pipeline import Pipeline  # noqa: E402

SHARED = Path(os.environ.get("QUELLENLAGE_SHARED", ROOT.parent / "shared"))
WARM_UP = ("<html><head><title>Probe</title></head><body><article><h1>Probe</h1>"
           "<p>Die Ministerin Anna Berg sagte in Berlin, mehr als 2.000 Containern seien verladen worden. "
           "„Wir handeln“, sagte sie. Die Lage verbessere sich.</p></article></body></html>")


def german_pages(n: int) -> list[tuple[str, str]]:
    """The first ``n`` pages (sorted by file name) whose main text is German: (name, html)."""
    from quellenlage.extract.language import detect_language
    from quellenlage.pipeline import Pipeline as _P

    folder = SHARED / "corpora" / "trafilatura-eval" / "html"
    if not folder.is_dir():
        raise SystemExit(f"{folder}: corpus not found (set QUELLENLAGE_SHARED)")
    probe = _P(stages=["extract"])
    out = []
    for page in sorted(folder.glob("*.html")):
        html = page.read_text(encoding="utf-8", errors="replace")
        try:
            doc = detect_language(probe.analyze_html(html, name=page.name))
        except Exception:  # a page the extractor rejects is not a benchmark page
            continue
        if doc.article.language == "de":
            out.append((page.name, html))
            if len(out) == n:
                break
    return out


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="number of German pages")
    ap.add_argument("--repeat", type=int, default=1, help="time each side this many times (best run counts)")
    ap.add_argument("--tracemalloc", action="store_true", help="also measure peak Python allocations")
    ap.add_argument("--profile", action="store_true", help="print the most expensive functions of the analysis")
    ap.add_argument("--end-to-end", action="store_true", help="also time whole CLI processes (start-up included)")
    ap.add_argument("--rounds", type=int, default=5, help="with --end-to-end: rounds (the median counts)")
    args = ap.parse_args()

    pages = german_pages(args.n)
    print(f"German pages: {len(pages)} of the first pages of {SHARED / 'corpora' / 'trafilatura-eval' / 'html'}")

    t0 = time.perf_counter()
    nlp = Pipeline()
    nlp.analyze_html(WARM_UP, name="warm-up")  # loads the gazetteer and lexicons (HanTa and simplemma
    # only for words the word memo of the user cache lacks: a first run fills it, later runs are a user's)
    freeze_loaded()  # as `analyze` does after its first page (quellenlage/memory.py)
    print(f"pipeline build and warm-up (once per process): {time.perf_counter() - t0:.2f} s")
    rss_before = peak_rss_mb()

    # Interleaved page by page, so both sides see the same machine load; with --repeat the
    # fastest time of each page on each side counts (other processes only ever add time).
    ref_t = [float("inf")] * len(pages)
    ana_t = [float("inf")] * len(pages)
    ref_cpu = [float("inf")] * len(pages)
    ana_cpu = [float("inf")] * len(pages)
    per_stage: list[list[tuple[str, float]]] = [[] for _ in pages]
    tokens = claims = 0
    for _ in range(args.repeat):
        tokens = claims = 0
        for n, (name, html) in enumerate(pages):
            c0, t0 = time.process_time(), time.perf_counter()
            trafilatura.extract(html)
            c1, t1 = time.process_time(), time.perf_counter()
            doc = Document(raw=RawInput(name=name, content=html, kind="html"))  # = nlp.analyze_html
            page_stages = []
            for stage_name, stage in nlp.stages:
                s0 = time.perf_counter()
                doc = stage(doc)
                page_stages.append((stage_name, time.perf_counter() - s0))
            c2, t2 = time.process_time(), time.perf_counter()
            ref_cpu[n], ana_cpu[n] = min(ref_cpu[n], c1 - c0), min(ana_cpu[n], c2 - c1)
            if t2 - t1 < ana_t[n]:
                per_stage[n] = page_stages
            ref_t[n], ana_t[n] = min(ref_t[n], t1 - t0), min(ana_t[n], t2 - t1)
            tokens += sum(len(s.tokens) for s in doc.sentences)
            claims += len(doc.claims)
    best_ref, best_ana = sum(ref_t), sum(ana_t)

    ratio = best_ana / max(best_ref, 1e-9)
    print(f"trafilatura.extract: {best_ref:.2f} s   analyze: {best_ana:.2f} s   ratio: {ratio:.2f} "
          f"(target <= 1.5, limit 2.0)")
    print(f"CPU time (process_time, what other processes on a shared machine do not inflate): "
          f"trafilatura.extract {sum(ref_cpu):.2f} s   analyze {sum(ana_cpu):.2f} s   "
          f"ratio {sum(ana_cpu) / max(sum(ref_cpu), 1e-9):.2f}")
    print(f"tokens: {tokens:,}  tokens/s: {tokens / best_ana:,.0f}  pages/s: {len(pages) / best_ana:.1f}  "
          f"claims: {claims:,}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (after warm-up: {rss_before:.0f} MB)")
    totals: dict[str, float] = {}
    for page_stages in per_stage:
        for stage_name, seconds in page_stages:
            totals[stage_name] = totals.get(stage_name, 0.0) + seconds
    print("per stage, as a share of trafilatura.extract: "
          + "  ".join(f"{k} {v / max(best_ref, 1e-9):.2f}" for k, v in totals.items()))

    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
        for name, html in pages:
            nlp.analyze_html(html, name=name)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python allocations during analysis (tracemalloc): {peak / 2**20:.1f} MB")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for name, html in pages:
            nlp.analyze_html(html, name=name)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    if args.end_to_end:
        from benchmarks.end_to_end import end_to_end

        print(f"end to end ({args.rounds} rounds, medians):")
        end_to_end(pages, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
