"""scripts/cue_recall.py puts each gold claim's sentence in one construction class."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from quellenlage.claims.lexicon import lexicon

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cue_recall.py"


def _construction():
    spec = importlib.util.spec_from_file_location("cue_recall", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.construction


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("„Wir bleiben offen“, sagte die Wirtin.", "quotation"),
        ("Der Bäcker soll Mehl gehortet haben.", "hearsay"),
        ("Laut Feuerwehr brannte der Schuppen.", "noun cue"),
        ("Nach Polizeiangaben wurde niemand verletzt.", "noun cue"),
        ("Die Wirtin wies darauf hin, dass die Küche schließt.", "split particle verb"),
        ("Die Stadt hat angekündigt, die Brücke zu sperren.", "perfect/passive verb"),
        ("Die Wirtin erklärte, die Küche schließe früher.", "other reporting verb"),
        ("Die Küche schließe an diesem Abend früher.", "no cue in the sentence"),
    ],
)
def test_construction_classes(sentence: str, kind: str) -> None:
    assert _construction()(sentence, lexicon("de")) == kind
