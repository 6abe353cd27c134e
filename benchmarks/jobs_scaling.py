"""How well ``quellenlage analyze --jobs 2`` uses two cores: wall time of ``--jobs 1`` against
``--jobs 2`` over the same many pages, as a ratio measured pair by pair in the same run.

usage: python benchmarks/jobs_scaling.py [--n 300] [--rounds 7]

Pages: the first N German pages of the trafilatura evaluation corpus in ``../shared`` (chosen
as ``benchmarks/analysis.py`` chooses them), written to a temporary folder. Each round runs
``analyze FOLDER --jobs 1`` and ``analyze FOLDER --jobs 2`` back to back (the order alternates
from round to round), whole processes with their start-up, as ``benchmarks/end_to_end.py`` runs
them (bytecode compiled, user cache filled by an untimed run first). A round's scaling is

    t(--jobs 1) / (2 × t(--jobs 2))

(1.0: twice as fast on two cores; target >= 0.8). The machine may be shared, and another
process moves a round's figure either way: down when it takes a core from the ``--jobs 2`` run,
up when it slows the ``--jobs 1`` run. So the script prints every round's times with the
1-minute load average at its start, the best, median and worst round, and the fastest run of
each side against the other's (other processes only ever add time, so the two fastest runs are
the closest to a quiet machine). The CPU seconds of each side (workers included) show what
``--jobs 2`` costs in work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.analysis import german_pages  # noqa: E402
from benchmarks.end_to_end import CLI, run  # noqa: E402


def scaling(pages: list[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Run the pairs; print every round and the best and median scaling; return them."""
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    fastest = {1: float("inf"), 2: float("inf")}
    with tempfile.TemporaryDirectory(prefix="ql-jobs-") as tmp, \
            tempfile.TemporaryDirectory(prefix="ql-jobs-pycache-") as pycache_dir:
        folder, pycache = Path(tmp), Path(pycache_dir)
        for name, html in pages:
            (folder / name).write_text(html, encoding="utf-8")
        sides = {1: [*CLI, "--format", "jsonl", "--jobs", "1", str(folder)],
                 2: [*CLI, "--format", "jsonl", "--jobs", "2", str(folder)]}
        run(sides[1], pycache)  # not timed: bytecode, OS file cache, user cache
        for n in range(rounds):
            took: dict[int, tuple[float, float, float]] = {}
            for jobs in ((1, 2) if n % 2 == 0 else (2, 1)):
                load = os.getloadavg()[0]
                seconds, cpu_seconds, _rss = run(sides[jobs], pycache)
                took[jobs] = (seconds, cpu_seconds, load)
            ratio = took[1][0] / (2 * took[2][0])
            fastest = {jobs: min(fastest[jobs], took[jobs][0]) for jobs in fastest}
            ratios.append(ratio)
            cpu_ratios.append(took[2][1] / took[1][1])
            print(f"  round {n + 1}: --jobs 1 {took[1][0]:6.2f} s (CPU {took[1][1]:6.2f} s, load {took[1][2]:.1f})"
                  f"   --jobs 2 {took[2][0]:6.2f} s (CPU {took[2][1]:6.2f} s, load {took[2][2]:.1f})"
                  f"   scaling {ratio:.2f}", flush=True)
    out = {"best": max(ratios), "median": statistics.median(ratios), "cpu": statistics.median(cpu_ratios),
           "fastest": fastest[1] / (2 * fastest[2])}
    print(f"--jobs 2 scaling over {len(pages)} pages, {rounds} rounds: best {out['best']:.2f}, "
          f"median {out['median']:.2f}, worst {min(ratios):.2f} (target >= 0.8 on two free cores); "
          f"CPU time of --jobs 2, workers included: {out['cpu']:.2f} × --jobs 1 (median)")
    print(f"fastest --jobs 1 run against fastest --jobs 2 run: {out['fastest']:.2f} "
          "(the two runs closest to a quiet machine)")
    print(f"machine load average (1 min) at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of German pages")
    ap.add_argument("--rounds", type=int, default=7, help="pairs of runs (best and median are printed)")
    args = ap.parse_args()
    pages = german_pages(args.n)
    print(f"German pages: {len(pages)}")
    scaling(pages, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
