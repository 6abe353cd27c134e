"""Train a small German spaCy NER on GermEval 2014 (CPU, minutes), for use as an extra source.

Reproducible experiment, not part of the default pipeline: the gazetteers stay the entity
stage; a model trained here can be plugged in with ``QUELLENLAGE_SPACY_NER=<out dir>``.
Data: the GermEval 2014 NER files (CC BY 4.0) in the four-column format of the public
repository LSX-UniWue/SuperGLEBer, ``data/NER/Wiki_News/{dev,test}.tsv`` (the train split
is not in that repository). Only outer PER/ORG/LOC spans are learned (OTH and the
*part/*deriv labels are dropped). We train on ``test`` and report on ``dev``::

    python -m quellenlage.entities.train_ner DATA_DIR OUT_DIR --epochs 4

Prints precision/recall/F1 on the held-out file per label and overall.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

LABELS = {"PER", "ORG", "LOC"}


def read_germeval(path: Path) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    """Sentences as (words, [(first word, end word, label)]) from the four-column TSV."""
    out: list[tuple[list[str], list[tuple[int, int, str]]]] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            out.append((list(words), spans(tags)))
        words.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            words.append(cols[1])
            tags.append(cols[2])
    flush()
    return out


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if start >= 0 and (prefix != "I" or name != label):
            if label in LABELS:
                found.append((start, i, label))
            start, label = -1, ""
        if prefix == "B":
            start, label = i, name
    return found


def to_examples(nlp, sentences):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    examples = []
    for words, ents in sentences:
        doc = Doc(nlp.vocab, words=words)
        ref = Doc(nlp.vocab, words=words)
        ref.ents = [Span(ref, s, e, label=lab) for s, e, lab in ents]
        examples.append(Example(doc, ref))
    return examples


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="folder with GermEval test.tsv (train) and dev.tsv (held out)")
    ap.add_argument("out", type=Path, help="where to save the spaCy pipeline")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    import spacy
    from spacy.training import Example  # noqa: F401  (fail early when spaCy is too old)
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(args.seed)
    random.seed(args.seed)
    train = read_germeval(args.data / "test.tsv")
    held = read_germeval(args.data / "dev.tsv")
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner")
    for label in sorted(LABELS):
        ner.add_label(label)
    train_ex = to_examples(nlp, train)
    held_ex = to_examples(nlp, held)
    optimizer = nlp.initialize(lambda: train_ex)
    t0 = time.perf_counter()
    for epoch in range(args.epochs):
        random.shuffle(train_ex)
        losses: dict[str, float] = {}
        for batch in minibatch(train_ex, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        scores = nlp.evaluate(held_ex)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f}  held-out F1 {scores['ents_f']:.3f}  "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
    scores = nlp.evaluate(held_ex)
    print(f"held-out P={scores['ents_p']:.3f} R={scores['ents_r']:.3f} F1={scores['ents_f']:.3f}")
    for label, s in sorted(scores["ents_per_type"].items()):
        print(f"  {label}: P={s['p']:.3f} R={s['r']:.3f} F1={s['f']:.3f}")
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"saved to {args.out} (train sentences: {len(train)}, held out: {len(held)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
