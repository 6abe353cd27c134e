"""claims/source_model.py: the article-level source model (invented sentences).

One row per decision the model makes: keep the phrase the rules read, take the previous
speaker, or take a person or organisation named just before; plus the weights file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage import lang
from quellenlage.claims.lexicon import lexicon
from quellenlage.claims.source_model import (
    FEATURES,
    RULE_WEIGHTS,
    Candidate,
    SourceModel,
    _Article,
    candidates,
    model_for,
    walk,
)
from quellenlage.document import Claim, Source
from quellenlage.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _source(doc, words: str) -> Source:
    start = doc.text.index(words)
    return Source(text=words, start=start, end=start + len(words), name=words, kind="named")


def _claim(doc, source: Source | None, at: str) -> Claim:
    start = doc.text.index(at)
    span = doc.span(start, start + len(at))
    return Claim(id="c", span=span, content=span, cue=None, source=source, mode="indirect")


# -- the weights file ------------------------------------------------------------------

@pytest.mark.parametrize("code", ["de", "en"])
def test_a_language_without_weights_runs_the_rule(code):
    # no language ships learned weights yet: none beat the rule in cross-validation (eval/README.md)
    with pytest.raises(lang.MissingResource):
        lang.load(code, "source_model")
    assert model_for(code).weights == RULE_WEIGHTS


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="needs ../shared (corpora and scorer)")
def test_the_script_writes_weights_that_load_and_reproduce_their_train_score(tmp_path):
    out = tmp_path / "source_model.json"
    run = [sys.executable, str(ROOT / "scripts" / "train_source_model.py"), "--lang", "de",
           "--batch", str(ROOT / "eval" / "de" / "dev"), "--rounds", "1", "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    trained = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env)
    assert trained.returncode == 0, trained.stdout + trained.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["script"] == "scripts/train_source_model.py"
    assert set(data["weights"]) <= set(FEATURES) and data["weights"] != RULE_WEIGHTS
    assert 0.0 < data["train"]["accuracy"] <= 1.0 and data["train"]["decisions"] > 50
    checked = subprocess.run(run + ["--check"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_scores_are_a_dot_product_and_ties_keep_the_first():
    model = SourceModel({"origin_own": 1.0, "origin_previous": 1.0}, 0.5)
    assert model.score({"origin_own": 1.0, "mentions": 3.0}) == 1.5
    doc = analyze("Ada Lenz sagte, es regne.")
    src = _source(doc, "Ada Lenz")
    first, second = Candidate("own", src, {"origin_own": 1.0}), Candidate("previous", src, {"origin_previous": 1.0})
    assert model.choose([first, second]) is first


# -- the candidates ------------------------------------------------------------------

def test_candidates_are_own_first_then_previous_then_named_entities():
    doc = analyze("Die Ärztin Ada Lenz sprach mit der Stadtverwaltung Kornfeld. Bis Montag seien alle Praxen voll.")
    first = _claim(doc, _source(doc, "Ada Lenz"), "Die Ärztin Ada Lenz sprach")
    second = _claim(doc, _source(doc, "Bis Montag"), "Bis Montag seien alle Praxen voll.")
    art = _Article(doc)
    cands = candidates(art, second, first, lexicon("de"))
    assert [c.origin for c in cands][:2] == ["own", "previous"]
    assert cands[0].features["own_cannot_speak"] == 1.0
    assert cands[1].source.name == "Ada Lenz"
    names = [c.source.name for c in cands]
    assert len(names) == len({n.casefold() for n in names})  # Ada Lenz once, not as previous and entity


# -- the rule's weights: what the hand-written rule did -----------------------------------

def test_rule_a_non_speaker_takes_the_last_speaker_before_it():
    d = analyze("Die Ärztin Ada Lenz sprach. Gegenwärtig seien die Praxen voll.")
    first = _claim(d, _source(d, "Ada Lenz"), "Die Ärztin Ada Lenz sprach.")
    second = _claim(d, _source(d, "Gegenwärtig"), "Gegenwärtig seien die Praxen voll.")
    walk(d, [first, second], lexicon("de"), SourceModel(RULE_WEIGHTS))
    assert second.source.name == "Ada Lenz" and second.source.text is None
    assert first.source.text == "Ada Lenz"


def test_rule_with_no_speaker_before_it_a_non_speaker_is_no_source():
    d = analyze("Gegenwärtig seien die Praxen voll.")
    claim = _claim(d, _source(d, "Gegenwärtig"), "Gegenwärtig seien die Praxen voll.")
    walk(d, [claim], lexicon("de"), SourceModel(RULE_WEIGHTS))
    assert claim.source is None


# -- through the pipeline ----------------------------------------

def _sources(text: str) -> list[str | None]:
    return [c.source.name if c.source else None for c in analyze(text).claims]


@pytest.mark.parametrize(("text", "expected"), [
    # keeps a named speaker of its own
    ("Die Ärztin Ada Lenz sagte, die Praxen seien voll. Der Apotheker Jonas Brandt sagte, die Regale seien leer.",
     ["Ada Lenz", "Jonas Brandt"]),
    # a fronted time word is no speaker: the voice quoted before goes on
    ("Die Ärztin Ada Lenz sagte, die Praxen seien voll. Anfang Mai habe es gesagt, es werde besser.",
     ["Ada Lenz", "Ada Lenz"]),
    # the subject of a claim's own cue is its voice, not the speaker before
    ("Die Bürgermeisterin Carla Weidner sagte, der Radweg sei teuer. Die Opposition bestritt, dass das Geld reiche.",
     ["Carla Weidner", "Opposition"]),
    # no claim: a plain report names nobody
    ("Die Praxen waren am Montag voll.", []),
])
def test_german_decisions(text, expected):
    assert _sources(text) == expected
