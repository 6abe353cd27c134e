"""Print the article text an annotator anchors claims in, and nothing the claims stage says.

Gold anchors (``eval/README.md``) must lie inside ``article.text`` as ``quellenlage analyze``
returns it. Annotators of a blind batch must not see the system's claims on that batch, so
this script runs only the ``extract`` and ``language`` stages and prints the title, the
language and the text, one paragraph per line, each numbered.

    python scripts/annotation_text.py ../shared/corpora/trafilatura-eval/html/PAGE.html
"""

from __future__ import annotations

import sys
from pathlib import Path

from quellenlage.pipeline import Pipeline


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    nlp = Pipeline(stages=["extract", "language"])
    for arg in argv:
        doc = nlp.analyze_path(Path(arg))
        art = doc.article
        print(f"# {arg}\n# title: {art.title}\n# language: {art.language}\n")
        for number, line in enumerate(art.text.split("\n"), 1):
            print(f"{number:3d}  {line}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
