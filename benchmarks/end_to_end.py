"""End to end, as a user runs it: whole processes, start-up included, as ratios to trafilatura.

Used by ``python benchmarks/analysis.py --end-to-end``. Every figure is a ratio to a
reference measured in the same run, the two sides interleaved round by round so a busy
machine slows both alike; the median of the rounds counts.

* one short article (``examples/ostsee-oelfilm.html``): ``quellenlage analyze PAGE`` against a
  bare ``python -c "import trafilatura; trafilatura.extract(page)"`` process (target <= 3);
* N German corpus pages, written to a temporary folder: one ``quellenlage analyze FOLDER``
  process against one process running ``trafilatura.extract`` over the same pages
  (target <= 1.5); and the peak resident memory of the analyze process (target <= 300 MB);
* ``analyze --jobs 2`` against the same one-process ``analyze`` (``--jobs 1`` is the default) on the
  same folder: scaling = t1 / (2 × t2) (target >= 0.8 on two free cores; another process on the
  machine lowers it, so the 1-minute load average at the start of each run is printed beside
  its time, and the CPU seconds of the ``--jobs 2`` process and its workers together, which a
  busy machine inflates far less than the wall time).

Both sides start with compiled bytecode, as an installed package does (pip compiles it at
install): where ``PYTHONDONTWRITEBYTECODE`` is set, a source checkout would otherwise compile
every Quellenlage module at every start while trafilatura's ``.pyc`` files ship in
site-packages. The processes run without it and keep their bytecode in a temporary
``PYTHONPYCACHEPREFIX``, filled by one untimed run of each side.

The untimed runs also fill the user cache as a user's first run does: the gazetteer, the
SQLite copy of simplemma's dictionary, the compiled regular expressions, and the answers HanTa and simplemma gave for the words
of these pages (``quellenlage/nlp/wordmemo.py``). The timed runs are therefore a user's
later runs; a page full of words no earlier process asked about loads HanTa (with numpy)
and simplemma again, about 0.9 G instructions more for the process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHORT_PAGE = ROOT / "examples" / "ostsee-oelfilm.html"
CLI = [sys.executable, "-m", "quellenlage", "analyze"]
TRAFILATURA_ONE = "import sys, trafilatura; trafilatura.extract(open(sys.argv[1], encoding='utf-8').read())"
TRAFILATURA_ALL = ("import sys, trafilatura\n"
                   "from pathlib import Path\n"
                   "for p in sorted(Path(sys.argv[1]).glob('*.html')):\n"
                   "    trafilatura.extract(p.read_text(encoding='utf-8'))\n")


def environment(pycache: Path | None = None) -> dict[str, str]:
    """The measured processes' environment: the checkout first on the path; with ``pycache``,
    bytecode written and read there (see the module's docstring)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run(cmd: list[str], pycache: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one process (its workers' CPU included);
    its output is thrown away."""
    env = environment(pycache)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: some pages are not articles, as in the corpus
        raise SystemExit(f"{' '.join(cmd)}: exit code {proc.returncode}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def has_jobs() -> bool:
    out = subprocess.run([*CLI, "--help"], capture_output=True, text=True, env=environment())
    return "--jobs" in out.stdout


def end_to_end(pages: list[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Run every measurement ``rounds`` times, interleaved; print and return the medians."""
    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    loads: dict[str, list[float]] = {}
    rss: list[float] = []
    jobs = has_jobs()
    with tempfile.TemporaryDirectory(prefix="ql-e2e-") as tmp, \
            tempfile.TemporaryDirectory(prefix="ql-e2e-pycache-") as pycache_dir:
        folder, pycache = Path(tmp), Path(pycache_dir)
        for name, html in pages:
            (folder / name).write_text(html, encoding="utf-8")
        cases = {
            "one: trafilatura": [sys.executable, "-c", TRAFILATURA_ONE, str(SHORT_PAGE)],
            "one: analyze": [*CLI, str(SHORT_PAGE)],
            "pages: trafilatura": [sys.executable, "-c", TRAFILATURA_ALL, str(folder)],
            "pages: analyze": [*CLI, str(folder)],
        }
        if jobs:  # against "pages: analyze", which is --jobs 1
            cases["pages: analyze --jobs 2"] = [*CLI, "--jobs", "2", str(folder)]
        for cmd in (cases["one: trafilatura"], cases["one: analyze"], cases["pages: analyze"]):
            run(cmd, pycache)  # not timed: fills the OS file cache, the bytecode and the user cache
        for _ in range(rounds):
            for label, cmd in cases.items():
                loads.setdefault(label, []).append(os.getloadavg()[0])
                seconds, cpu_seconds, peak = run(cmd, pycache)
                times.setdefault(label, []).append(seconds)
                cpu.setdefault(label, []).append(cpu_seconds)
                if label == "pages: analyze":
                    rss.append(peak)
    med = {label: statistics.median(v) for label, v in times.items()}
    med_cpu = {label: statistics.median(v) for label, v in cpu.items()}
    for label, v in times.items():
        runs = ", ".join(f"{x:.2f} (load {load:.1f})" for x, load in zip(v, loads[label], strict=True))
        print(f"  {label:26} median {med[label]:6.2f} s  CPU {med_cpu[label]:6.2f} s   (runs: {runs})")
    out = {
        "one_article_ratio": med["one: analyze"] / med["one: trafilatura"],
        "pages_ratio": med["pages: analyze"] / med["pages: trafilatura"],
        "peak_rss_mb": statistics.median(rss),
    }
    cpu_one = med_cpu["one: analyze"] / med_cpu["one: trafilatura"]
    cpu_pages = med_cpu["pages: analyze"] / med_cpu["pages: trafilatura"]
    print(f"one short article end to end: {out['one_article_ratio']:.2f} × a bare trafilatura process "
          f"(target <= 3; CPU time {cpu_one:.2f} ×)")
    print(f"{len(pages)} pages end to end, one process: {out['pages_ratio']:.2f} × trafilatura in one process "
          f"(target <= 1.5; CPU time {cpu_pages:.2f} ×)")
    print(f"peak RSS of the analyze process: {out['peak_rss_mb']:.0f} MB (target <= 300)")
    if jobs:
        out["jobs2_scaling"] = med["pages: analyze"] / (2 * med["pages: analyze --jobs 2"])
        extra_cpu = med_cpu["pages: analyze --jobs 2"] / med_cpu["pages: analyze"]
        print(f"--jobs 2 scaling: {out['jobs2_scaling']:.2f} (target >= 0.8 on two free cores; "
              f"CPU time of --jobs 2, workers included: {extra_cpu:.2f} × one process)")
    load = os.getloadavg()[0]
    print(f"machine load average (1 min) at the end: {load:.2f} on {os.cpu_count()} cores")
    return out
