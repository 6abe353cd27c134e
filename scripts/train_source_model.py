"""Train the source model's weights from the team's train batches.

usage: python scripts/train_source_model.py [--lang de] [--batches eval/de/train ...] [--check]

Needs scikit-learn (``pip install -e '.[train]'``); the package itself reads the weights
without it. For every gold claim of the train batches that the claim rules find (matched
as ``score.py`` matches: the claim's span covers half of the anchor) and that has a source,
the candidates of :mod:`quellenlage.claims.source_model` are built, each labelled right or
wrong with the scorer's own ``source_ok``. A logistic regression over pairs — each other candidate
against the rules' answer, where exactly one of the two is right, described by the
difference of their features — learns to rank the candidates of one claim. It writes ``lang/<lang>/source_model.json``:
weights, bias, what it was trained on, and three accuracies over the claims that have a
right candidate — keeping the rules' answer, the model on its own train data, and the model
under 5-fold cross-validation by document (the honest one).

``--check`` recomputes the train accuracy from the shipped weights without scikit-learn
and exits 1 if it differs from the one the file records (the test suite runs it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from quellenlage import lang
from quellenlage.claims import collect_claims
from quellenlage.claims.source_model import actors_of, candidates_for, score, words_of
from quellenlage.pipeline import STAGES, Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def groups(batches: list[Path], code: str) -> list[tuple[str, list[tuple[dict, bool]]]]:
    """(doc, [(features, right?) per candidate]) for every matched gold claim with a source."""
    scorer, words = _scorer(), words_of(code)
    nlp = Pipeline(stages=[s for s in STAGES if s != "claims"])
    out = []
    for path in sorted(p for b in batches for p in b.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp.analyze_path(SHARED / gold["input"])
        claims = collect_claims(doc)
        actors, previous, cands_of = actors_of(doc, words), None, {}
        for claim in claims:  # the same walk as relink_sources: "previous" is the last claim with a source
            cands_of[claim.id] = candidates_for(claim, previous, actors, words, doc)
            if claim.source is not None and claim.mode != "reportive":
                previous = claim
        for g in gold["claims"]:
            where = scorer.locate(g["anchor"], doc.text)
            if g.get("optional") or not where:
                continue
            half = 0.5 * (where[1] - where[0])
            hits = [c for c in claims if min(where[1], c.span.end) - max(where[0], c.span.start) >= half]
            claim = max(hits, key=lambda c: min(where[1], c.span.end) - max(where[0], c.span.start), default=None)
            if claim is None or claim.source is None or claim.mode == "reportive":
                continue
            rows = []
            for cand in cands_of[claim.id]:
                as_dict = {"source": {"name": cand.name, "text": claim.source.text if cand.keep else None,
                                      "kind": claim.source.kind if cand.keep else "named"}}
                rows.append((cand.features, bool(scorer.source_ok(g["source"], as_dict))))
            out.append((gold["doc"], rows))
    return out


def accuracy(data, decide) -> float:
    usable = [rows for _, rows in data if any(ok for _, ok in rows)]
    return sum(rows[decide(rows)][1] for rows in usable) / len(usable) if usable else 0.0


def fit(data):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    # pairwise: each other candidate against the rules' answer, where exactly one of them is right;
    # the features' difference says which, so the weights rank candidates within a claim
    pairs, labels = [], []
    for _, rows in data:
        keep_features, keep_ok = rows[0]
        for features, ok in rows[1:]:
            if ok != keep_ok:
                names = set(features) | set(keep_features)
                pairs.append({n: features.get(n, 0.0) - keep_features.get(n, 0.0) for n in names})
                labels.append(ok)
    vec = DictVectorizer()
    model = LogisticRegression(C=0.5, max_iter=5000, fit_intercept=False)
    model.fit(vec.fit_transform(pairs), labels)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True) if w}
    return {"bias": 0.0, "weights": weights}


def by_model(weights):
    return lambda rows: max(range(len(rows)), key=lambda i: score(rows[i][0], weights))


def cross_validated(data, folds: int = 5) -> float:
    docs = sorted({d for d, _ in data})
    right = total = 0
    for k in range(folds):
        held = set(docs[k::folds])
        weights = fit([g for g in data if g[0] not in held])
        test = [g for g in data if g[0] in held and any(ok for _, ok in g[1])]
        right += sum(rows[by_model(weights)(rows)][1] for _, rows in test)
        total += len(test)
    return right / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="de")
    ap.add_argument("--batches", nargs="*", type=Path)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    target = lang.HERE / args.lang / "source_model.json"
    if args.check:
        shipped = json.loads(target.read_text(encoding="utf-8"))
        data = groups([ROOT / b for b in shipped["trained_on"]], args.lang)
        got = accuracy(data, by_model(shipped))
        print(f"train accuracy recomputed {got:.4f}, recorded {shipped['train_accuracy']:.4f}")
        return 0 if abs(got - shipped["train_accuracy"]) < 1e-9 else 1
    batches = args.batches or [ROOT / "eval" / args.lang / "train"]
    data = groups(batches, args.lang)
    weights = fit(data)
    result = {
        "trained_on": [str(b.resolve().relative_to(ROOT)) for b in batches],
        "claims": sum(1 for _, rows in data if any(ok for _, ok in rows)),
        "claims_without_a_right_candidate": sum(1 for _, rows in data if not any(ok for _, ok in rows)),
        "keep_accuracy": accuracy(data, lambda rows: 0),
        "train_accuracy": accuracy(data, by_model(weights)),
        "cv_accuracy": cross_validated(data),
        **weights,
    }
    target.write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print({k: v for k, v in result.items() if k not in ("weights", "bias")})
    return 0


if __name__ == "__main__":
    sys.exit(main())
