"""The long fuzz run: 10,000+ hostile inputs through ``analyze``, with a summary.

usage: python benchmarks/fuzz.py [--cases 10500] [--seed 1] [-v]

The cases are the strategies of the short CI run (``tests/fuzz/strategies.py``) in fixed
shares: scraped text with bidi marks, zero-width joiners, combining accents, NUL and
control characters, lone surrogates, random quote patterns and figures; mutated HTML
pages; file bytes in several encodings, damaged or binary, read by the file reader.
Every case is checked against ``tests/fuzz/properties.py``: no exception (other than the
documented refusals: unreadable input, no article, an unsupported language), every
offset inside the text, every span's text equal to the text at its offsets, the output
valid JSON in valid UTF-8. Failures are collected, not raised: the summary prints each
kind of failure once with its first (shortened) input and exits 1 if there were any.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quellenlage.document import RawInput  # noqa: E402
from tests.fuzz import strategies as S  # noqa: E402
from tests.fuzz.properties import analyze_and_check  # noqa: E402

#: name -> (share of the cases, strategy of one input for analyze)
KINDS = {
    "scraped text": (0.30, S.article_texts()),
    "file bytes": (0.05, S.file_bytes()),
    "text with lone surrogates": (0.15, S.article_texts(surrogates=True)),
    "mutated HTML": (0.20, S.html_pages().map(lambda p: RawInput(name="<fuzz>", content=p, kind="html"))),
    "quote patterns": (0.15, st.lists(S.quote_patterns(), min_size=1, max_size=4)
                       .map(lambda ps: S.LEAD_DE + "\n".join(ps))),
    "figures in claims": (0.15, st.tuples(st.lists(S.figures(), min_size=1, max_size=6),
                                          st.sampled_from(S.SPEAKERS), st.sampled_from(S.VERBS_DE))
                          .map(lambda t: S.LEAD_DE + f"{t[1]} {t[2]}, es seien " + " und ".join(t[0]) + ".")),
}


class Tally:
    def __init__(self) -> None:
        self.cases = collections.Counter()
        self.refused = collections.Counter()
        self.with_claims = collections.Counter()
        self.failures: dict[tuple, list] = {}  # kind of failure -> [count, first input, traceback]

    def run(self, kind: str, raw) -> None:
        self.cases[kind] += 1
        try:
            doc = analyze_and_check(raw)
        except Exception as exc:  # noqa: BLE001 - every failure is collected and reported
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = (type(exc).__name__, str(exc).split(":")[0][:80], Path(frame.filename).name, frame.lineno)
            entry = self.failures.setdefault(key, [0, raw, traceback.format_exc()])
            entry[0] += 1
            return
        if doc is None:
            self.refused[kind] += 1
        elif doc.claims:
            self.with_claims[kind] += 1


def run_kind(tally: Tally, kind: str, strategy, cases: int, seed_value: int) -> None:
    @seed(seed_value)
    @settings(max_examples=cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def case(raw) -> None:
        tally.run(kind, raw)

    case()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=10_500, help="total cases over all kinds (default 10,500)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failure's traceback")
    args = ap.parse_args()

    from quellenlage.pipeline import analyze

    analyze(S.LEAD_DE)  # load the models before the clock starts
    tally = Tally()
    started = time.perf_counter()
    for n, (kind, (share, strategy)) in enumerate(KINDS.items()):
        t0 = time.perf_counter()
        run_kind(tally, kind, strategy, round(args.cases * share), args.seed + n)
        took = time.perf_counter() - t0
        print(f"{kind:28s} {tally.cases[kind]:6d} cases  {tally.refused[kind]:5d} refused  "
              f"{tally.with_claims[kind]:5d} with claims  {took:7.1f} s", flush=True)
    elapsed = time.perf_counter() - started
    total = sum(tally.cases.values())
    failed = sum(v[0] for v in tally.failures.values())
    print(f"{'total':28s} {total:6d} cases  {sum(tally.refused.values()):5d} refused  "
          f"{sum(tally.with_claims.values()):5d} with claims  {elapsed:7.1f} s  "
          f"({elapsed / max(total, 1) * 1000:.0f} ms/case)")
    print(f"failures: {failed} in {len(tally.failures)} kind(s)")
    for (exc, msg, where, line), (count, raw, tb) in tally.failures.items():
        shown = raw.content if isinstance(raw, RawInput) else raw
        print(f"- {count} x {exc} at {where}:{line}: {msg}\n  first input: {shown[:300]!r}")
        if args.verbose:
            print(tb)
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
