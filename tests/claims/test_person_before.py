"""Person before (rules/person_before.py): a quotation with no cue, opening its sentence and speaking
in the first person, right after a sentence of the same paragraph that names a person, is that
person's; failing that, the person named last nearby. Invented sentences; rows with no claim where
the sentence before names nobody or the quote speaks as no one."""

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
    # a paragraph break between the person and the quote: the person named nearby (person_nearby)
    ('Jonas Keller wundert sich über die Sperre.\n„Wir wissen doch alle, dass das nichts bringt.“',
     [("Wir wissen doch alle", "Jonas Keller", "direct", A, False)]),
]

# Person nearby (rules/person_before.py, person_nearby): a quotation that fills its sentence, with no
# cue and no speaker found otherwise, is the words of the person named last before it in its
# paragraph or the paragraph before. No claim where the quote is short (a title, a saying), where
# the outlet's words follow it in its sentence, where no person is named, or where the person is
# named two paragraphs back.
NEARBY = [
    ('Die Bürgermeisterin Eva Roth eröffnete am Montag den Park.\n'
     '„Für die Kinder in diesem Viertel ist das ein großer Gewinn.“',
     [("großer Gewinn", "Eva Roth", "direct", A, False)]),
    ('Der Trainer Paul Wendt hat sein Team umgebaut. Die Saison beginnt im August.\n'
     '„Die Mannschaft ist jung, hungrig und körperlich in sehr guter Verfassung.“',
     [("körperlich in sehr guter", "Paul Wendt", "direct", A, False)]),
    ('Die Bürgermeisterin Eva Roth eröffnete am Montag den Park.\n„Ein Park für alle“', []),
    ('Die Bürgermeisterin Eva Roth eröffnete am Montag den Park.\n'
     '„Für die Kinder in diesem Viertel ist das ein großer Gewinn“ stand auf dem Plakat am Tor.', []),
    ('Der Park wurde am Montag eröffnet.\n„Für die Kinder in diesem Viertel ist das ein großer Gewinn.“', []),
    ('Die Bürgermeisterin Eva Roth eröffnete am Montag den Park.\nDer Bau hatte zwei Jahre gedauert.\n'
     'Die Kosten lagen bei drei Millionen Euro.\n„Für die Kinder in diesem Viertel ist das ein großer Gewinn.“', []),
]


@pytest.mark.parametrize(("text", "expected"), NEARBY, ids=[r[0][-40:] for r in NEARBY])
def test_person_nearby(text: str, expected: list) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_person_before(text: str, expected: list) -> None:
    check(text, expected)
