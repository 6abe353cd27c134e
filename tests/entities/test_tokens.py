"""Folding names: case and accents gone, compared with the character-by-character definition."""

import unicodedata

import pytest

from quellenlage.entities.tokens import fold


def by_definition(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


@pytest.mark.parametrize("word", ["Erdoğan", "Straße", "MÜLLER", "Åsa", "Nguyễn", "Ǆemal", "ﬁnanz", "Kim Jong-un",
                                  "Chloé", "İstanbul", "Ελλάδα", "Łódź", "x\u0301\u0327", "Berg"])
def test_a_word_folds_as_defined(word):
    assert fold(word) == by_definition(word)


def test_every_character_folds_as_defined():
    for start in range(0, 0x30000, 0x400):  # every block of the planes in use, a few characters at once
        chunk = "".join(chr(c) for c in range(start, start + 0x400) if not 0xD800 <= c < 0xE000)
        assert fold.__wrapped__("A" + chunk) == by_definition("A" + chunk)


def test_accents_and_case_do_not_matter():
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert fold("Größe") == "grosse"
