"""Person before (rules/person_before.py): a quotation with no cue, opening its sentence and speaking
in the first person, right after a sentence of the same paragraph that names a person, is that
person's. Invented sentences; rows with no claim where the sentence before names nobody, the quote
speaks as no one, or a paragraph lies between."""

from __future__ import annotations

import pytest

from .helpers import A, check

ROWS = [
    ('Jonas Keller wundert sich über die Sperre. „Wir wissen doch alle, dass das nichts bringt.“',
     [("Wir wissen doch alle", "Jonas Keller", "direct", A, False)]),
    ('Die Ärztin Anna Berg steht vor der Klinik. „Ich arbeite hier seit zwanzig Jahren.“',
     [("seit zwanzig Jahren", "Anna Berg", "direct", A, False)]),
    # the sentence before names no person: two capitalised words are no name without a first name
    ('Schwere Stürme zogen über das Land. „Wir haben so etwas noch nie erlebt.“', []),
    # the quote speaks as no one: a saying, not someone's words
    ('Jonas Keller wundert sich über die Sperre. „Was lange währt, wird endlich gut.“', []),
    # a paragraph break between the person and the quote
    ('Jonas Keller wundert sich über die Sperre.\n„Wir wissen doch alle, dass das nichts bringt.“', []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_person_before(text: str, expected: list) -> None:
    check(text, expected)
