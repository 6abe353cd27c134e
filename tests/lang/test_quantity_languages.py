"""The figure reader's language modules (``quellenlage/lang/{de,en}/quantities.py``): each
answer on invented sentences, and proof that the answers come from the module of the text's
language (swapping the two modules changes every row of the table)."""

from __future__ import annotations

import math

import pytest

from quellenlage.lang.de.quantities import German
from quellenlage.lang.en.quantities import English
from quellenlage.lang.quantities import QuantityLanguage
from quellenlage.quantities import grammar as grammar_module
from quellenlage.quantities import parse_quantities, units
from quellenlage.quantities.grammar import NEUTRAL, grammar, language_of

# (language, sentence, [(value or lower, unit)]): each row needs its language's module
TABLE = [
    ("de", "Es kamen dreiundzwanzig Gäste.", [(23, "Gäste")]),  # a compound of number words
    ("de", "Am 3. Mai kamen 40 Gäste.", [(40, "Gäste")]),  # "3." before a month: a date
    ("de", "Die Firma wurde 3. im Vergleich.", []),  # "3." before a lower-case word: an ordinal
    ("de", "Sie lieferten 2.000 neue Kisten.", [(2000, "Kisten")]),  # past a declined adjective
    ("en", "They counted twenty-five boxes.", [(25, "boxes")]),  # a hyphenated sequence
    ("en", "They counted two hundred and twelve boxes.", [(212, "boxes")]),
    ("en", "The town has 500 local residents.", [(500, "residents")]),  # the first plural
    ("en", "Hundreds of volunteers came.", [(200, "volunteers")]),
]


def _read(lang: str, text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value if q.value is not None else q.lower, q.unit) for q in parse_quantities(text, lang)]


@pytest.fixture
def fresh_grammars():
    """Compiled grammars and cached lemmas rebuilt around a test that changes the modules."""
    grammar.cache_clear()
    units.lemma.cache_clear()
    yield
    grammar.cache_clear()
    units.lemma.cache_clear()


def test_each_language_code_gets_its_module_and_others_the_neutral_answers():
    assert type(grammar("de").language) is German
    assert type(grammar("en").language) is English
    assert type(language_of("xx")) is QuantityLanguage
    assert language_of("xx") is NEUTRAL


@pytest.mark.parametrize(("lang", "text", "expected"), TABLE)
def test_the_table(lang, text, expected):
    assert _read(lang, text) == expected


def test_swapping_the_modules_changes_every_row(monkeypatch, fresh_grammars):
    before = {(lang, text): _read(lang, text) for lang, text, _ in TABLE}
    monkeypatch.setitem(grammar_module.LANGUAGES, "de", English())
    monkeypatch.setitem(grammar_module.LANGUAGES, "en", German())
    grammar.cache_clear()
    units.lemma.cache_clear()
    for lang, text, _ in TABLE:
        assert _read(lang, text) != before[(lang, text)], (lang, text)


def test_a_language_without_a_module_reads_its_data_with_the_neutral_answers(monkeypatch, fresh_grammars):
    """English data read without the English module: sequences are read, but "sixty seventy" is
    no longer cut at the second word (nothing says the parts must descend)."""
    monkeypatch.delitem(grammar_module.LANGUAGES, "en")
    assert type(grammar("en").language) is QuantityLanguage
    assert _read("en", "They counted twenty-five boxes.") == [(25, "boxes")]
    assert _read("en", "They counted sixty seventy boxes.") == [(130, "boxes")]
    grammar.cache_clear()
    monkeypatch.undo()
    assert _read("en", "They counted sixty seventy boxes.") == [(60, "boxes")]


@pytest.mark.parametrize(
    ("text", "german", "english"),
    [
        ("Wir feiern am 3. Mai.", True, None),  # a month after the dot
        ("Sie wurde die 3. Siegerin.", True, None),  # an article before the number
        ("Es kamen 3. Danach ging es weiter.", False, None),  # a sentence ends after the number
        ("Der Wert lag bei 3,5.", None, None),  # a decimal comma, no dot after the number
    ],
)
def test_dotted_ordinals_are_german(text, german, english):
    at = text.index("3")
    for module, code, want in ((German(), "de", german), (English(), "en", english)):
        assert module.dotted_ordinal(text, at, at + 1, 3.0, grammar(code)) is want, (code, text)


def test_a_year_before_a_singular_noun_is_english():
    assert English().year_before_noun(counted_plural=False) is True
    assert English().year_before_noun(counted_plural=True) is False
    assert German().year_before_noun(counted_plural=False) is False
    assert _read("en", "Our 2019 survey was late.") == []  # a year: "survey" is singular
    assert _read("en", "Officials mailed 2019 surveys.") == [(2019, "surveys")]


def test_descending_parts_are_english():
    assert English().part_rank(20.0) == 20.0
    assert German().part_rank(20.0) == math.inf
    assert _read("en", "They counted sixty seventy boxes.") == [(60, "boxes")]


@pytest.mark.parametrize(
    ("words", "german", "english"),
    [
        (["neue", "Kisten"], "Kisten", "neue"),  # German skips a declined adjective
        (["local", "residents"], None, "residents"),  # English takes the first plural
        (["newly", "built"], None, None),  # an adverb is no counted noun
        (["Kisten", "und"], "Kisten", "Kisten"),
    ],
)
def test_the_counted_noun(words, german, english):
    tokens = [(w, i, i + 1) for i, w in enumerate(words)]
    for module, code, want in ((German(), "de", german), (English(), "en", english)):
        found = module.counted_noun(tokens, grammar(code))
        assert (found[0] if found else None) == want, (code, words)


@pytest.mark.parametrize(
    ("word", "plural"), [("boxes", True), ("glass", False), ("status", False), ("analysis", False), ("box", False)]
)
def test_plural_endings_come_from_the_english_data(word, plural):
    assert English().plural_by_ending(word, grammar("en")) is plural
    assert German().plural_by_ending(word, grammar("de")) is False  # German lists no plural endings


def test_german_counted_nouns_keep_their_capital():
    assert German().lemma_case("Kisten", "kiste") == "Kiste"
    assert German().lemma_case("neue", "neu") == "neu"
    assert English().lemma_case("Boxes", "box") == "box"


def test_number_words_of_german_are_one_compound():
    g = grammar("de")
    assert g.core.fullmatch("dreiundzwanzig") is not None
    assert grammar("en").core.fullmatch("dreiundzwanzig") is None
    assert _read("de", "Es kamen drei und zwanzig Gäste.") == [(20, "Gäste")]  # two words: the second counts
