"""Alternations grouped by first letter (``quellenlage/regexfast.py``) match what the plain
alternation matches, at the same places, with the same groups: in every case spelling ``re``
folds ("ſ" for "s", the Kelvin sign for "k", "İ" and "ı" for "i"), and for every marker list of
``claim_markers.toml``."""

from __future__ import annotations

import re

import pytest

from quellenlage.lang.claim_cues import MARKER_NAMES, alternation, claim_markers, optional
from quellenlage.regexfast import _top_level_bar, fast_alternation

ENTRIES = ["laut", "lt\\.", "Sicht (?:von|der)", "(?:hieß|heißt) es", "(?:sei|Sind) (?P<adj>falsch|wahr)", "(?:ist|war) falsch",
           "so die Studie", "sicher", "k", "Kreis(?:e|en)?", "i(?:n|m) (?:Namen|Auftrag)"]
#: spellings of a letter that ``re`` matches case-insensitively
SWAPS = {"s": "sSſ", "k": "kKK", "i": "iIİı", "h": "hH", "l": "lL"}
#: letters outside ASCII that match no ASCII letter: they pass a branch's class, not its lookbehind
OTHERS = "üΩ"


def _variants(word: str) -> list[str]:
    out = [word, word.upper(), word.title(), word.lower()]
    for k, c in enumerate(word):
        for other in SWAPS.get(c.lower(), "") + OTHERS:
            out.append(word[:k] + other + word[k + 1:])
    return out


def _texts(words: list[str]) -> list[str]:
    texts = []
    for w in words:
        for v in _variants(w):
            texts += [v, f"Er sagte {v} und {v}s, „{v}“: {v}-Zahl {v}"]
    return texts


def _matches(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_letters_match_as_the_plain_alternation_does():
    fast = fast_alternation(ENTRIES)
    assert fast is not None
    plain = re.compile(rf"(?<!\w)(?:{alternation(ENTRIES)})(?!\w)", re.IGNORECASE)
    grouped = re.compile(rf"(?<!\w)(?:{fast})(?!\w)", re.IGNORECASE)
    words = ["laut", "lt.", "Sicht von", "Sicht der", "hieß es", "heißt es", "sei falsch", "ist falsch", "sind wahr", "war falsch",
             "so die Studie", "sicher", "k", "Kreis", "Kreisen", "in Namen", "im Auftrag", "sie", "heute"]
    for text in _texts(words):
        assert _matches(grouped, text) == _matches(plain, text), text


def test_a_tail_follows_each_rest():
    fast = fast_alternation([("laut", r"\s+"), ("so", r"(?!\w)")])
    assert fast is not None
    grouped = re.compile(fast, re.IGNORECASE)
    plain = re.compile(r"(?:laut)\s+|(?:so)(?!\w)", re.IGNORECASE)
    for text in _texts(["laut X", "lautlos", "so", "sonst", "soX"]):
        assert _matches(grouped, text) == _matches(plain, text), text


def test_a_pattern_without_a_first_letter_keeps_the_plain_alternation():
    for other in ["[a-z]+", "(?<!x)laut", "a|b", "ä", "x?y", "(?:a|b)+c", "(?:a|ä)c"]:
        assert fast_alternation(["laut", other]) is None, other
        assert fast_alternation(["laut", other], ordered=False) is not None  # a gate only asks whether any matches
    # a rest written once per letter must not hold a group of its own
    assert fast_alternation(["(?:sei|ist) (?P<x>a)"]) is None
    assert fast_alternation(["(?:sei|sind) (?P<x>a)"]) is not None


def test_top_level_bars_are_told_from_nested_ones():
    assert _top_level_bar("ab|cd")
    assert not _top_level_bar("a(?:b|c)d")
    assert not _top_level_bar("a[|]b")
    assert not _top_level_bar(r"a\|b")
    assert not _top_level_bar("a[]|]b")
    assert _top_level_bar(r"a[\]]|b")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_marker_pattern_and_the_gates_match_as_before(lang):
    m = optional(lang, "claim_markers")
    words = []
    for value in list(m.values()) + list(m.get("reportive", {}).values()) + list(m.get("stance", {}).values()):
        if isinstance(value, list):
            words += [re.sub(r"\(\?[:=!<P][^)]*\)|[()?|\\\[\]{}*+^$]", " ", w).strip() for w in value if isinstance(w, str)]
    texts = _texts([w for w in words if w][:400])
    markers = claim_markers(lang)
    for name in MARKER_NAMES:
        pattern = getattr(markers, name)
        entries = [p for p, _ in markers.entries.get(name, ())]
        if pattern is None or not entries:
            continue
        if name == "source_before":
            plain = re.compile(rf"(?<!\w)(?P<cue>{alternation(entries)})\s+", re.IGNORECASE)
        else:
            plain = re.compile(rf"(?<!\w)(?:{alternation(entries)})(?!\w)", re.IGNORECASE)
        for text in texts:
            assert _matches(pattern, text) == _matches(plain, text), (name, text)
    gate = re.compile(markers.any_of(MARKER_NAMES) or "(?!)", re.IGNORECASE)
    for text in texts:
        assert (gate.search(text) is not None) == any(p.search(text) for p in markers.patterns()), text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_hearsay_pre_check_finds_whatever_the_three_hearsay_searches_find(lang):
    from quellenlage.claims.lexicon import lexicon

    lex = lexicon(lang)
    m = optional(lang, "claim_markers").get("reportive", {})
    words = [re.sub(r"\(\?[:=!<P][^)]*\)|[()?|\\\[\]{}*+^$]", " ", w).strip() for key in ("markers", "plain", "modal")
             for w in m.get(key, [])]
    texts = _texts(words) + ["Der Plan soll gestoppt worden sein.", "Es wurde gestern bekanntgegeben, dass …",
                             "Er soll es gewusst haben.", "Die Firma Soll und Haben."]
    assert lex.reportive_any is not None or not words
    for text in texts:
        found = any(p is not None and p.search(text) for p in (lex.reportive_gate, lex.reportive_marker, lex.reportive_plain))
        if found:
            assert lex.reportive_any.search(text), text
