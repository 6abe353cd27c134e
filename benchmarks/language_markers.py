"""The function-word test of language identification against lingua, on every corpus page.

usage: python benchmarks/language_markers.py [--shared ../shared]

``extract/language.py`` answers a paragraph's language without loading lingua's models when
the function words of one language the analysis reads (``lang/<lang>/language_markers.toml``)
make up a large share of it (``MARKER_SHARE``) and those of every other such language only a
small one (``OTHERS_AT_MOST``). This prints, for every input of the output digest with every
corpus page (``scripts/output_digest.py``), lingua's answer against the test's: how many pages
of each language the test decides, every page where the two differ (there must be none: the
exit code is then 1), and, per language, the largest share of its words in a page lingua
puts in another language, among the pages where the other languages' words are as rare as
the test requires — the margin the thresholds leave.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quellenlage.document import Document  # noqa: E402
from quellenlage.extract import extract  # noqa: E402
from quellenlage.extract.language import (  # noqa: E402
    _WORD,
    MARKER_SHARE,
    OTHERS_AT_MOST,
    SAMPLE_CHARS,
    SURE_CHARS,
    _detector,
    _markers,
    sure_by_markers,
)
from quellenlage.ingest.readers import read_file  # noqa: E402
from scripts.output_digest import all_inputs  # noqa: E402


def lingua_says(sample: str) -> str | None:
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args(argv)
    decided, asked, differ = Counter(), Counter(), []
    closest: dict[str, tuple[float, str]] = {lang: (0.0, "") for lang in _markers()}
    for path in all_inputs(args.shared, 0):
        try:
            text = extract(Document(raw=read_file(path))).article.text
        except Exception:  # noqa: BLE001 - not an article: no language to tell
            continue
        sample = text[:SAMPLE_CHARS]
        if len(sample) < SURE_CHARS:
            continue
        truth, ours = lingua_says(sample), sure_by_markers(sample)
        words = [w.lower() for w in _WORD.findall(sample)] or [""]
        shares = {lang: sum(w in m for w in words) / len(words) for lang, m in _markers().items()}
        for lang, share in shares.items():
            others_low = all(s <= OTHERS_AT_MOST for other, s in shares.items() if other != lang)
            if truth != lang and others_low and share > closest[lang][0]:
                closest[lang] = (share, path.name)
        if ours is None:
            asked[truth] += 1
        elif ours == truth:
            decided[ours] += 1
        else:
            differ.append((path, truth, ours))
    for lang in sorted(_markers()):
        total = decided[lang] + asked[lang]
        print(f"{lang}: {decided[lang]} of {total} pages decided without lingua; largest share of its "
              f"words in a page of another language where the other markers are <= {OTHERS_AT_MOST}: "
              f"{closest[lang][0]:.3f} ({closest[lang][1]}), threshold {MARKER_SHARE}")
    print(f"other languages (all left to lingua): {sum(n for lang, n in asked.items() if lang not in _markers())} pages")
    for path, truth, ours in differ:
        print(f"DIFFERENT: {path}: lingua {truth}, function words {ours}")
    print(f"{len(differ)} pages where the test and lingua differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
