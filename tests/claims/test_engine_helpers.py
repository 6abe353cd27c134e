"""Helpers of the claim engine that are rewritten for speed: each against its plain definition."""

from __future__ import annotations

from quellenlage.claims.core import blank_masked
from quellenlage.claims.lexicon import lexicon


def _naive_blank(text: str, mask: bytearray) -> str:
    return "".join(" " if m else ch for ch, m in zip(text, mask, strict=True))


def test_blank_masked_blanks_exactly_the_masked_characters():
    text = "„Wir handeln“, sagte sie. Er meinte: „Bald.“ Ende"
    for spans in ([], [(0, 13)], [(0, 13), (37, 44)], [(0, len(text))], [(len(text) - 1, len(text))], [(3, 4), (4, 6)]):
        mask = bytearray(len(text))
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)
        assert blank_masked(text, mask) == _naive_blank(text, mask)
    assert blank_masked("", bytearray()) == ""


def test_the_source_marker_gate_finds_a_match_wherever_a_source_marker_does():
    from quellenlage.claims.lexicon import source_marker_patterns

    for code, texts in (("de", ["Laut Polizei war es ein Unfall.", "Seinen Angaben nach kam er zu spät.",
                                "Nach eigenen Angaben gewann die Firma.", "Dem Bericht zufolge stieg die Zahl.",
                                "Wie aus dem Bericht hervorgeht, stieg die Zahl.", "Die Glocken haben gelaut.",
                                "Der Zug kam pünktlich an."]),
                        ("en", ["According to the police it was an accident.", "The train arrived on time."])):
        lex = lexicon(code)
        patterns = [p for p, _ in source_marker_patterns(lex) if p is not None]
        assert patterns and lex.any_source_marker is not None
        for text in texts:
            for start in range(0, len(text), 3):
                if any(p.search(text, start) for p in patterns):
                    assert lex.any_source_marker.search(text, start), (text, start)
        assert lex.any_source_marker.search(texts[0]) and not lex.any_source_marker.search(texts[-1])


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


def _texts(seed: int, count: int, alphabet: str, words: list[str]) -> list[str]:
    import random

    rng = random.Random(seed)
    pieces = list(alphabet) + words * 3
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_standalone_finds_what_the_lookbehind_pattern_finds():
    import re

    from quellenlage.claims.core import standalone

    words = ["Kovač", "Okafor", "Mira Kovač", "a", "a-b", "Ab.", "x(y"]
    for text in _texts(1, 3000, "aAbKv -_.1\n(", words):
        for word in words:
            plain = re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            assert _spans(standalone(word).finditer(text)) == _spans(plain), (word, text)


def test_names_ending_in_finds_what_the_search_from_the_start_finds():
    import re

    from quellenlage.claims.core import names_ending_in

    words = ["Okafor", "Ab", "b"]
    for text in _texts(2, 3000, "AÖaäb -_.1\n", words):
        for word in words:
            for end in (len(text), len(text) // 2, max(0, len(text) - 3)):
                plain = re.finditer(rf"\b([A-ZÄÖÜ][\w-]+) {re.escape(word)}\b", text[:end])
                assert _spans(names_ending_in(word, text, end)) == _spans(plain), (word, text, end)
