import json
import re

from quellenlage.document import Document, RawInput
from quellenlage.extract import extract
from quellenlage.extract.layout import SPACES, clean_code_points, fold_spaces, join_broken_lines, split_lines


def test_split_lines_drops_blank_lines_and_folds_spaces():
    assert split_lines("  Erster   Absatz.\r\n\r\n\u00a0\nZweiter\u200b Absatz. ") == ["Erster Absatz.", "Zweiter Absatz."]


def test_folding_spaces_by_replacement_gives_what_the_spaces_pattern_gives():
    import random

    rng = random.Random(15)
    alphabet = [" ", " ", "\t", "\u00a0", "\u2009", "\u202f", "\n", "a", "ß", "\u200b", "."]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert fold_spaces(text) == SPACES.sub(" ", text), repr(text)


def test_a_line_broken_mid_sentence_is_joined():
    assert join_broken_lines(["Seit", "die Aktivistin reist, boomt der Zug.", "Neuer Absatz."]) == [
        "Seit die Aktivistin reist, boomt der Zug.", "Neuer Absatz."]


def test_a_new_paragraph_or_a_subheading_is_not_joined():
    lines = ["Der Rat tagte.", "die Abstimmung folgt", "Zwischentitel", "Der Text geht weiter."]
    assert join_broken_lines(lines) == lines


def test_lone_surrogates_become_replacement_characters_and_pairs_are_joined():
    assert clean_code_points("a\ud800b\ud83d\ude00c\udfff") == "a\ufffdb\U0001f600c\ufffd"


def test_control_characters_are_dropped_and_vertical_separators_end_lines():
    assert clean_code_points("a\x00b\x07c\x1bd\x7fe\tf") == "abcde\tf"
    assert clean_code_points("a\x0bb\x0cc\u2028d\u2029e\x85f") == "a\nb\nc\nd\ne\nf"


def test_the_one_scan_finds_exactly_the_code_points_the_cleanup_changes():
    from quellenlage.extract.layout import CONTROLS, LINE_BREAKS, SURROGATE, needs_cleaning

    NEEDS_CLEANING = re.compile("|".join(p.pattern for p in (SURROGATE, LINE_BREAKS, CONTROLS)))  # the plain definition
    for cp in [*range(0x3000), *range(0xD7F0, 0xE010), 0xFEFF, 0xFFFD, 0x10000, 0x1F600]:
        ch = chr(cp)
        changed = any(p.search(ch) for p in (SURROGATE, LINE_BREAKS, CONTROLS))
        assert bool(NEEDS_CLEANING.search(ch)) == changed, hex(cp)
        for text in (ch, f"ä{ch}b", f"\u20ac{ch}", f"{ch}\U0001f600"):
            assert needs_cleaning(text) == changed, hex(cp)
    clean = "Der Rat tagte „am Dienstag“ – 5 €.\n"
    assert clean_code_points(clean) is clean


def test_text_with_a_lone_surrogate_and_nul_extracts_to_storable_utf8():
    # Found by the fuzz suite: a lone surrogate reached content_id() and crashed it.
    doc = extract(Document(raw=RawInput("x", "Der Rat tagte\ud800 am Dienstag.\x00 Er beschloss viel.", "text")))
    assert doc.article.text == "Der Rat tagte\ufffd am Dienstag. Er beschloss viel."
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
