"""scripts/score_eval.py: one anchor-to-claim match for every script that breaks scores down,
the same as ``score.py``'s; blind batches are never listed error by error, and are scored only
when named or asked for."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("score_eval", ROOT / "scripts" / "score_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("where", "spans", "expected"), [
    ((10, 20), [(0, 14), (12, 30)], 1),       # the largest overlap wins (8 > 4 characters)
    ((10, 20), [(0, 15), (15, 30)], 0),       # a tie: the earliest span
    ((10, 20), [(0, 14), (16, 30)], None),    # neither covers half the anchor
    ((10, 20), [], None),
    ((10, 20), [(5, 9), (10, 20)], 1),        # a span before the anchor does not touch it
])
def test_best_match(where, spans, expected) -> None:
    assert _script().best_match(where, spans) == expected


def test_best_match_agrees_with_score_py(shared) -> None:
    """The shared scorer's own matching, on a made-up result: the same claim for every anchor."""
    scorer = _script().load_scorer(shared)
    text = "Der Minister sagte, die Lage sei ernst. Die Opposition widersprach, es gebe keine Krise."
    claims = [{"span": {"start": 0, "end": 39}, "content": {"start": 20, "end": 38}, "mode": "indirect",
               "source": {"name": "Minister"}, "stance": "assert", "quantities": []},
              {"span": {"start": 40, "end": 88}, "content": {"start": 68, "end": 87}, "mode": "indirect",
               "source": {"name": "Opposition"}, "stance": "assert", "quantities": []}]
    gold = {"claims": [{"anchor": "die Lage sei ernst", "source": ["Minister"], "mode": ["indirect"], "stance": ["assert"]},
                       {"anchor": "es gebe keine Krise", "source": ["Opposition"], "mode": ["indirect"], "stance": ["assert"]}]}
    result = scorer.score_doc(gold, {"article": {"text": text}, "claims": claims}, False)
    spans = [(c["span"]["start"], c["span"]["end"]) for c in claims]
    matched = [_script().best_match(scorer.locate(g["anchor"], text), spans) for g in gold["claims"]]
    assert matched == [0, 1] and result["tp_src"] == 2


def test_blind_batch_is_never_verbose(tmp_path, capsys) -> None:
    blind = tmp_path / "de" / "blind-9"
    blind.mkdir(parents=True)
    assert _script().main([str(blind), "-v", "--shared", str(tmp_path)]) == 2
    assert "blind" in capsys.readouterr().err


def test_default_batches_leave_blind_ones_out(shared, tmp_path, monkeypatch, capsys) -> None:
    module = _script()
    for batch in ("train", "blind-9"):
        (tmp_path / "eval" / "de" / batch).mkdir(parents=True)
    monkeypatch.setattr(module, "ROOT", tmp_path)
    assert module.main(["--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "de/train" in out and "blind-9" not in out
    assert module.main(["--shared", str(shared), "--blind"]) == 0
    assert "de/blind-9" in capsys.readouterr().out
