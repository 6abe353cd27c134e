"""Train the article-level source model (``quellenlage/claims/source_model.py``) from gold batches.

usage:
    python scripts/train_source_model.py --lang de            # eval/de/train -> quellenlage/lang/de/source_model.json
    python scripts/train_source_model.py --lang en
    python scripts/train_source_model.py --lang de --check    # the shipped weights reproduce their train score

For every page of the train batches the script runs the pipeline up to the claims' rules
(:func:`quellenlage.claims.rule_claims`), lets the source model walk the claims and records
each decision with its candidates and their features. A gold claim (``score.py``'s matching:
a claim span covering half its anchor) labels each candidate of the decision it matches:
right when ``score.py``'s ``source_ok`` accepts the candidate's name. A logistic regression
(scikit-learn, BSD-3-Clause) learns from the candidates of decisions that have a right one;
the weights, the intercept and the scores go to the language's ``source_model.json``.

Features depend on the choices before a claim (the previous speaker, who spoke how often),
so extraction walks the claims with a model: first the rule's weights, then (``--rounds``)
the weights just learned, and the last round's data trains the file.

Scores reported, on the decisions of matched gold claims: accuracy of the learned model and
of the rule it replaced on the train data, and grouped 5-fold cross-validation by page (the
held-out estimate). Deterministic: same data and scikit-learn version, same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_eval import best_match, load_scorer  # noqa: E402  (a sibling script)

from quellenlage import lang  # noqa: E402
from quellenlage.claims import rule_claims  # noqa: E402
from quellenlage.claims.lexicon import lexicon  # noqa: E402
from quellenlage.claims.source_model import FEATURES, RULE_WEIGHTS, SourceModel, walk  # noqa: E402
from quellenlage.pipeline import STAGES, Pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
C = 0.5  # inverse regularisation strength of the logistic regression


def analysed_pages(batches: list[Path], shared: Path) -> list[tuple[dict, object]]:
    """(gold, document up to the claims' rules) for every gold file of the batches."""
    nlp = Pipeline(stages=[name for name in STAGES if name != "claims"])
    out = []
    for batch in batches:
        for path in sorted(batch.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            out.append((gold, nlp.analyze_path(shared / gold["input"])))
    return out


def decisions(pages, model: SourceModel, scorer) -> list[dict]:
    """Every decision that a gold claim matches: its page, candidates' features and labels."""
    out = []
    for page_no, (gold, doc) in enumerate(pages):
        lex = lexicon(doc.article.language or "de")
        record: list = []
        walk(doc, rule_claims(doc), lex, model, record)
        as_written = gold.get("sources") == "as-written"
        for g in gold["claims"]:
            where = scorer.locate(g["anchor"], doc.text) if not g.get("optional") else None
            if where is None:
                continue
            hit = best_match(where, [(claim.span.start, claim.span.end) for claim, _cands in record])
            if hit is None:
                continue
            match = record[hit][1]
            labels = []
            for cand in match:
                silent = cand.origin == "own" and "own_cannot_speak" in cand.features
                source = None if silent else {"name": cand.source.name, "text": cand.source.text, "kind": cand.source.kind}
                labels.append(bool(scorer.source_ok(g["source"], {"source": source}, as_written)))
            out.append({"page": page_no, "features": [c.features for c in match], "labels": labels})
    return out


def accuracy(data: list[dict], model: SourceModel) -> float:
    """Share of decisions where the model's best candidate is a right one."""
    right = 0
    for d in data:
        scores = [model.score(f) for f in d["features"]]
        right += d["labels"][scores.index(max(scores))]
    return right / max(len(data), 1)


def fit(data: list[dict]) -> SourceModel:
    from sklearn.linear_model import LogisticRegression

    # pairwise: a right candidate against a wrong one of the same decision, as the difference
    # of their features (both orders), so the learned score ranks candidates within a claim
    rows, ys = [], []
    for d in data:
        vectors = [[f.get(name, 0.0) for name in FEATURES] for f in d["features"]]
        for right, r_label in zip(vectors, d["labels"], strict=True):
            if not r_label:
                continue
            for wrong, w_label in zip(vectors, d["labels"], strict=True):
                if w_label:
                    continue
                diff = [a - b for a, b in zip(right, wrong, strict=True)]
                rows += [diff, [-x for x in diff]]
                ys += [1, 0]
    clf = LogisticRegression(C=C, max_iter=5000, fit_intercept=False)
    clf.fit(rows, ys)
    weights = {name: round(float(w), 6) for name, w in zip(FEATURES, clf.coef_[0], strict=True) if abs(w) > 1e-9}
    return SourceModel(weights, 0.0)


def cross_validated(data: list[dict], folds: int = 5) -> float:
    """Accuracy on pages held out of training, pages split into ``folds`` groups by number."""
    right = total = 0
    for k in range(folds):
        train = [d for d in data if d["page"] % folds != k]
        test = [d for d in data if d["page"] % folds == k]
        if test:
            right += accuracy(test, fit(train)) * len(test)
            total += len(test)
    return right / max(total, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default="de")
    ap.add_argument("--batch", action="append", help="gold batch folder (default: eval/<lang>/train)")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, help="weights file (default: the language's source_model.json)")
    ap.add_argument("--check", action="store_true", help="only check the shipped file's train score")
    args = ap.parse_args()
    batches = [Path(b) for b in (args.batch or [str(ROOT / "eval" / args.lang / "train")])]
    out = args.out or ROOT / "quellenlage" / "lang" / args.lang / "source_model.json"
    scorer = load_scorer(args.shared)
    pages = analysed_pages(batches, args.shared)
    if args.check:
        shipped = json.loads(out.read_text(encoding="utf-8"))
        model = SourceModel(shipped["weights"], shipped["intercept"])
        got = round(accuracy(decisions(pages, model, scorer), model), 4)
        print(f"train accuracy {got} (file says {shipped['train']['accuracy']})")
        return 0 if got == shipped["train"]["accuracy"] else 1
    model = SourceModel(RULE_WEIGHTS)
    rule_acc = accuracy(decisions(pages, model, scorer), model)
    for _ in range(args.rounds):
        data = decisions(pages, model, scorer)
        model = fit(data)
    data = decisions(pages, model, scorer)
    result = {
        "language": args.lang,
        "trained_on": [str(b.relative_to(ROOT)) if b.is_absolute() else str(b) for b in batches],
        "script": "scripts/train_source_model.py",
        "C": C,
        "weights": model.weights,
        "intercept": model.intercept,
        "train": {"pages": len(pages), "decisions": len(data), "accuracy": round(accuracy(data, model), 4),
                  "rule_accuracy": round(rule_acc, 4), "cross_validated_accuracy": round(cross_validated(data), 4)},
    }
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lang.load.cache_clear()
    print(json.dumps(result["train"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
