"""scripts/agreement.py: a second annotation scored against the first with the shared scorer's rules."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claim(anchor: str, source, mode: str = "indirect") -> dict:
    return {"anchor": anchor, "source": source, "mode": [mode], "stance": ["assert"], "hedged": False,
            "quantities": []}


def test_a_claim_of_the_second_annotator_spans_its_anchors_sentence(shared):
    agreement = _script("agreement")
    scorer = _script("score_eval").load_scorer(shared)
    text = "Der Bürgermeister sagte, die Brücke sei marode. Danach regnete es."
    sentences = [(0, 47), (48, 66)]
    second = {"claims": [_claim("die Brücke sei marode", ["Jonas Weller", "Weller"]),
                         _claim("Danach regnete es", "UNNAMED", "reportive"),
                         dict(_claim("Der Bürgermeister sagte", ["Weller"]), optional=True)]}
    out = agreement.as_system_output(second, text, sentences, scorer)["claims"]
    assert [(c["span"]["start"], c["span"]["end"]) for c in out] == [(0, 47), (48, 66)]
    assert out[0]["source"] == {"name": "Jonas Weller", "text": "Jonas Weller", "kind": "named"}
    assert out[1]["source"]["kind"] == "unnamed" and out[1]["mode"] == "reportive"


def test_the_first_annotator_anchor_is_found_in_the_second_ones_sentence(shared):
    agreement = _script("agreement")
    scorer = _script("score_eval").load_scorer(shared)
    text = "Der Bürgermeister sagte, die Brücke sei marode. Danach regnete es."
    first = {"claims": [_claim("Der Bürgermeister sagte, die Brücke", ["Jonas Weller", "Weller"])]}
    second = {"claims": [_claim("Brücke sei marode", ["Weller"])]}
    result = agreement.as_system_output(second, text, [(0, 47), (48, 66)], scorer) | {"article": {"text": text}}
    score = scorer.score_doc(first, result, False)
    assert (score["tp"], score["fp"], score["fn"], score["tp_src"]) == (1, 0, 0, 1)
    other = agreement.as_system_output({"claims": [_claim("Danach regnete es", ["Weller"])]}, text,
                                       [(0, 47), (48, 66)], scorer) | {"article": {"text": text}}
    score = scorer.score_doc(first, other, False)
    assert (score["tp"], score["fp"], score["fn"]) == (0, 1, 1)


def test_every_second_annotation_has_a_first_one_of_the_same_page():
    files = sorted((EVAL / "agreement").glob("*/*/*.json"))
    assert files, "no second annotations"
    for path in files:
        lang, batch = path.parent.parent.name, path.parent.name
        second = json.loads(path.read_text(encoding="utf-8"))
        first = json.loads((EVAL / lang / batch / path.name).read_text(encoding="utf-8"))
        assert (second["doc"], second["input"], second["language"]) == (first["doc"], first["input"], first["language"])
        assert second["annotator"] != first["annotator"]


def test_a_batch_agrees_with_itself(shared):
    forward, backward, pages = _script("agreement").compare(EVAL / "de" / "dev", EVAL / "de" / "dev", shared)
    assert pages == 20
    assert forward["fp"] == forward["fn"] == 0 and forward["tp"] == 217
    assert backward["tp_src"] >= 0.99 * backward["tp"]
