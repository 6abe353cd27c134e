"""Pick corpus pages for a new annotation batch, before anyone runs the claims stage on them.

Every batch in ``eval/`` must be chosen without looking at what the system says about its
pages, so this script runs only the ``extract`` and ``language`` stages. It lists corpus
pages of one language that no gold set uses yet (``eval/splits.tsv`` and the shared
``claims-dev``), whose text length lies in a window and which show at least ``--hints``
reporting hints (quotation marks, "sagte", "laut", Konjunktiv forms …), skipping pages
whose name marks a blog, recipe, shop or forum; then shuffles them with a fixed seed.

    python scripts/select_pages.py --lang de --min-chars 800 --hints 3 --n 20 --seed 3

Prints ``input`` paths relative to ``../shared``, one per line.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from quellenlage.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from output_digest import gold_inputs, split_inputs  # noqa: E402  (a sibling script)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ("corpora/trafilatura-eval/html", "corpora/trafilatura-cache")
SKIP_NAMES = re.compile(r"blog|wordpress|rezept|recipe|shop|forum|wiki|produkt|product|homify|houzz|deco", re.I)
HINTS = {
    "de": r"[„“”\"»«]|\bsagte\b|\blaut\b|\bzufolge\b|\bsei\b|\bseien\b|\bhabe\b|\bwerde\b"
          r"|\berklärte\b|\bbetonte\b|\bberichtet|\bAngaben\b|\bsoll\b",
    "en": r"[“”\"]|\bsaid\b|\baccording to\b|\btold\b|\bclaimed\b|\breported\b|\bstated\b",
}


def used_inputs() -> set[str]:
    """Inputs any gold set already annotates: never offered again."""
    return {p.relative_to(SHARED).as_posix() for p in [*split_inputs(SHARED), *gold_inputs(SHARED)]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default="de")
    ap.add_argument("--min-chars", type=int, default=800)
    ap.add_argument("--max-chars", type=int, default=16000)
    ap.add_argument("--hints", type=int, default=3)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    nlp = Pipeline(stages=["extract", "language"])
    hint = re.compile(HINTS[args.lang])
    used = used_inputs()
    chosen = []
    for folder in CORPORA:
        for page in sorted((SHARED / folder).glob("*.html")):
            rel = f"{folder}/{page.name}"
            if rel in used or SKIP_NAMES.search(page.name):
                continue
            try:
                art = nlp.analyze_path(page).article
            except Exception:  # unsupported language, no text: not a candidate
                continue
            text = art.text or ""
            if art.language != args.lang or not args.min_chars <= len(text) <= args.max_chars:
                continue
            if len(hint.findall(text)) >= args.hints:
                chosen.append(rel)
    random.Random(args.seed).shuffle(chosen)
    print(f"# {len(chosen)} candidates; first {args.n} (seed {args.seed})", flush=True)
    for rel in chosen[: args.n]:
        print(rel)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
