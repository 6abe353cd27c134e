"""scripts/count_first.py counts, among the sentences the system leaves unclaimed and a candidate
rule would take, those that hold a gold claim. Invented rows."""

from __future__ import annotations

import re

from scripts.count_first import main, tally

ROWS = [
    ("„Wir bauen die Halle bis zum Herbst fertig.“", False, True),
    ("„Das wird ein langer Winter für alle hier.“", False, False),
    ("„Ja.“", False, True),  # too short for --min-words 3
    ("„Die Preise steigen weiter“, sagte die Wirtin.", True, True),  # claimed already: not counted
    ("Die Halle steht am Fluss.", False, True),  # does not match
]


def test_only_unclaimed_matching_sentences_are_counted() -> None:
    counts = tally(ROWS, re.compile(r"^„"), min_words=3)
    assert counts == {"gold": 1, "no gold": 1}


def test_without_a_word_minimum_short_sentences_count_too() -> None:
    counts = tally(ROWS, re.compile(r"^„"))
    assert counts["gold"] == 2 and counts["no gold"] == 1


def test_blind_batches_are_refused(capsys) -> None:
    assert main(["x", "eval/de/blind-8"]) == 2
    assert "blind" in capsys.readouterr().err
