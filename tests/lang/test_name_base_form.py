"""German organisation names are shown in their base form (lang/de/phrases.py base_form with
lang/de/name_genders.toml): the adjective declined by the article takes the strong nominative
ending of the head's gender, a masculine or neuter head loses its genitive -s. Invented names."""

from __future__ import annotations

import pytest

from quellenlage.claims.lexicon import lexicon

from ..claims.helpers import claims_of


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Bayerische Fischereiverband", "Bayerischer Fischereiverband"),
        ("Bayerischen Fischereiverbands", "Bayerischer Fischereiverband"),
        ("Nordischen Gesellschaft für Segelflug", "Nordische Gesellschaft für Segelflug"),
        ("Grünen Kreuz", "Grünes Kreuz"),
        ("Deutschen Grünen Kreuz", "Deutsches Grünes Kreuz"),
        # stays as written: no listed head, an undeclined place adjective, a strong form already
        ("Kieler Verlag", "Kieler Verlag"),
        ("Kieler Feuerwehr", "Kieler Feuerwehr"),
        ("Bayerischer Fischereiverband", "Bayerischer Fischereiverband"),
        ("Anna Bund", "Anna Bund"),
    ],
)
def test_base_form(written: str, shown: str) -> None:
    assert lexicon("de").phrases.base_form(written) == shown


def test_english_names_are_shown_as_written() -> None:
    assert lexicon("en").phrases.base_form("the Royal Society") == "the Royal Society"


def test_a_declined_organisation_source_is_shown_in_its_base_form() -> None:
    (claim,) = claims_of("Die Fangquoten seien zu niedrig, so der Bayerische Fischereiverband.")
    assert claim.source.name == "Bayerischer Fischereiverband"
