"""One fingerprint per input of the whole analysis output: the check that a refactor is one.

Runs the default :class:`~quellenlage.pipeline.Pipeline` in one process over

* the inputs of every gold file in ``<shared>/eval/claims-dev/*.json``,
* every input listed in ``eval/splits.tsv`` (paths relative to ``<shared>``),
* every file in ``examples/``,
* 200 pages of ``<shared>/corpora`` spread evenly over the sorted list of all pages (``--sample``;
  ``--sample 0``: every page, for a slower and stronger check),

and writes one line per input: ``path<TAB>digest``, where the digest is the sha256 of
``json.dumps(doc.to_dict(), sort_keys=True, ensure_ascii=False)``, or the exception's
class name when the input is refused (or crashes). A refactor must leave every line as
it was::

    python scripts/output_digest.py --out /tmp/before.tsv        # before the change
    python scripts/output_digest.py --compare /tmp/before.tsv    # after: exit 1 on any difference
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import corpus_pages, sample  # noqa: E402
from quellenlage.ingest.readers import read_file  # noqa: E402
from quellenlage.pipeline import Pipeline  # noqa: E402

CORPUS_SAMPLE = 200


def gold_inputs(shared: Path) -> list[Path]:
    """The input each claims gold file names (``"input"``, relative to ``shared``)."""
    out = []
    for gold in sorted((shared / "eval" / "claims-dev").glob("*.json")):
        name = json.loads(gold.read_text(encoding="utf-8")).get("input")
        if name:
            out.append(shared / name)
    return out


def split_inputs(shared: Path) -> list[Path]:
    """The last column of every row of ``eval/splits.tsv``."""
    out = []
    for line in (ROOT / "eval" / "splits.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(shared / line.split("\t")[-1].strip())
    return out


def corpus_sample(shared: Path, n: int = CORPUS_SAMPLE) -> list[Path]:
    """``n`` pages spread evenly over all corpus pages in sorted order: the same every run (0: all)."""
    pages = corpus_pages(shared)
    return pages if n == 0 else sample(pages, n)


def all_inputs(shared: Path, n: int = CORPUS_SAMPLE) -> list[Path]:
    """Every input once, in a fixed order (the first list an input appears in wins)."""
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.is_file())
    seen: dict[Path, None] = {}
    for path in gold_inputs(shared) + split_inputs(shared) + examples + corpus_sample(shared, n):
        seen.setdefault(path.resolve(), None)
    return list(seen)


def digest(pipeline: Pipeline, path: Path) -> str:
    try:
        doc = pipeline(read_file(path))
    except Exception as exc:  # noqa: BLE001 - a refusal or crash is part of the output
        return type(exc).__name__
    text = json.dumps(doc.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def label(path: Path, shared: Path) -> str:
    """The path as written in the digest file: relative to the repo or to ``shared``."""
    for base, prefix in ((ROOT, ""), (shared.resolve(), "shared/")):
        try:
            return prefix + str(path.relative_to(base))
        except ValueError:
            continue
    return str(path)


def compute(shared: Path, n: int = CORPUS_SAMPLE) -> dict[str, str]:
    pipeline = Pipeline()
    return {label(p, shared): digest(pipeline, p) for p in all_inputs(shared, n)}


def read_digests(path: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {name: value for name, value in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, help="write the digests to this file")
    parser.add_argument("--sample", type=int, default=CORPUS_SAMPLE, help="corpus pages to add (0: all)")
    parser.add_argument("--compare", type=Path, help="compare against a digest file; exit 1 on a difference")
    args = parser.parse_args(argv)
    digests = compute(args.shared, args.sample)
    if args.out:
        args.out.write_text("".join(f"{k}\t{v}\n" for k, v in digests.items()), encoding="utf-8")
    if args.compare:
        before = read_digests(args.compare)
        differing = sorted(k for k in before.keys() | digests.keys() if before.get(k) != digests.get(k))
        for name in differing:
            print(f"{name}\t{before.get(name, '-')}\t{digests.get(name, '-')}")
        print(f"{len(digests)} inputs, {len(differing)} differ", file=sys.stderr)
        return 1 if differing else 0
    if not args.out:
        sys.stdout.write("".join(f"{k}\t{v}\n" for k, v in digests.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
