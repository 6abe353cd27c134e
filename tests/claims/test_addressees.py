"""The medium spoken to is no speaker: "sagte X der Nachrichtenagentur AFP" (a dative after the
subject), "sagte der Zeitung ein Sprecher" (before it). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import claims_of

QUOTE = "„Wir bleiben in der Stadt und bauen das Werk aus“, "


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (QUOTE + "sagte Kanzler Olaf Weber der Nachrichtenagentur AFP.", "Olaf Weber"),
        (QUOTE + "sagte der Kanzler der Nachrichtenagentur AFP.", "Kanzler"),
        ("Das Werk bleibe in der Stadt, sagte Olaf Weber der Nachrichtenagentur dpa am Montag.", "Olaf Weber"),
        ("Das Werk bleibe in der Stadt, sagte der Sprecher der Agentur.", "Sprecher"),
        ("Das Werk bleibe in der Stadt, sagte der Nachrichtenagentur Reuters ein Sprecher.", "Sprecher"),
        # a genitive that is no medium stays: whose spokesperson, whose board member
        (QUOTE + "sagte ein Sprecher der Polizei.", "Sprecher der Polizei"),
        (QUOTE + "sagte der Vorstand der Bundesagentur für Arbeit.", "Vorstand der Bundesagentur"),
        # a role of the press: the genitive names the employer
        (QUOTE + "sagte der Chefredakteur der Zeitung.", "Chefredakteur der Zeitung"),
    ],
)
def test_the_medium_spoken_to_is_cut_from_the_speaker(text: str, source: str) -> None:
    (claim,) = claims_of(text)
    assert claim.source.name == source
