"""Mine speech-event cue words from the SpkAtt-2023 training split, with frequencies.

usage: python scripts/mine_spkatt_cues.py GIT_DIR [--top 150] [--tsv out.tsv]

GIT_DIR is a git directory of the public repository umanlp/SpkAtt-2023 (for example the
snapshot the team's ``fetch`` tool leaves in ``/work/.mirror/umanlp+SpkAtt-2023/repo``).
The script reads ONLY ``data/train/task1/*.json`` through ``git show``; ``data/dev`` and
``data/eval`` are reserved for held-out evaluation and are refused.

Every annotation's ``Cue`` tokens are counted twice: as the written cue (all cue tokens of
one annotation joined in text order, lower-cased: "teilte mit", "laut", "zufolge") and
by lemma (HanTa, when installed: the cue sentence is tagged once, so "sagte" and "sagt"
count for "sagen"). The output is a frequency table: which cues the annotators marked
most often, and whether ``quellenlage/lang/de/claim_verbs.toml`` / ``claim_markers.toml``
already know them ("known" column). It is the source of the additions marked
"SpkAtt-2023 train" in those files. Nothing of the data is written into the repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAIN = "data/train/task1/"


def train_files(git_dir: str) -> list[str]:
    out = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", "HEAD", TRAIN],
                         check=True, capture_output=True, text=True).stdout.split()
    files = [f for f in out if f.startswith(TRAIN) and f.endswith(".json")]
    if any(not f.startswith("data/train/") for f in files):  # defensive: never read dev/eval
        raise SystemExit("refusing to read outside data/train")
    return files


def read(git_dir: str, path: str) -> dict:
    blob = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"], check=True,
                          capture_output=True).stdout
    return json.loads(blob)


def _tagger():
    try:
        from HanTa import HanoverTagger as ht

        return ht.HanoverTagger("morphmodel_ger.pgz")
    except Exception:
        return None


def known_words() -> set[str]:
    """Every written form the claim lexicons already hold (verbs, markers), lower-cased."""
    from quellenlage.lang import load

    verbs = load("de", "claim_verbs")["verbs"]
    words: set[str] = set()
    for lemma, spec in verbs.items():
        words.add(lemma.split("_")[0].lower())
        words.update(w.lower() for w in (spec.get("forms", "") + " " + spec.get("joined", "")).split())
    markers = json.dumps(load("de", "claim_markers"), ensure_ascii=False).lower()
    words.update(re.findall(r"[a-zäöüß]+", markers))
    return words


def mine(git_dir: str):
    tagger = _tagger()
    forms: collections.Counter[str] = collections.Counter()
    lemmas: collections.Counter[str] = collections.Counter()
    n_docs = n_ann = 0
    for path in train_files(git_dir):
        doc = read(git_dir, path)
        n_docs += 1
        sents = {s["SentenceId"]: s["Tokens"] for s in doc["Sentences"]}
        tagged: dict[int, list] = {}
        for ann in doc.get("Annotations", []):
            cue = []
            for ref in ann.get("Cue", []):
                sid, tid = (int(x) for x in ref.split(":"))
                if sid in sents and tid < len(sents[sid]):
                    cue.append((sid, tid))
            if not cue:
                continue
            n_ann += 1
            cue.sort()
            forms[" ".join(sents[s][t].lower() for s, t in cue)] += 1
            lem = []
            for s, t in cue:
                if tagger is not None and s not in tagged:
                    tagged[s] = tagger.tag_sent(sents[s], taglevel=1)
                lem.append((tagged[s][t][1] if tagger is not None else sents[s][t]).lower())
            lemmas[" ".join(lem)] += 1
    return n_docs, n_ann, forms, lemmas


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("git_dir")
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--tsv", help="write the full lemma table here (outside the repository)")
    args = ap.parse_args()
    if not Path(args.git_dir).exists():
        print(f"{args.git_dir}: no such git directory", file=sys.stderr)
        return 2
    n_docs, n_ann, forms, lemmas = mine(args.git_dir)
    known = known_words()
    print(f"# {n_docs} training speeches, {n_ann} cue annotations")
    print("# count\tlemma\tknown")
    for lemma, n in lemmas.most_common(args.top):
        print(f"{n}\t{lemma}\t{'yes' if all(w in known for w in lemma.split()) else 'NO'}")
    print("\n# count\twritten cue")
    for form, n in forms.most_common(args.top):
        print(f"{n}\t{form}")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as fh:
            for lemma, n in lemmas.most_common():
                fh.write(f"{n}\t{lemma}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
