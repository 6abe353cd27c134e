"""The core regex's two-letter gate (grammar._gate) only makes it fail sooner: the same cores
as behind a gate of first letters alone, as the grammar had it before."""

import re

import pytest

from quellenlage.quantities.grammar import grammar

SPELLINGS = "aAeEiIıİsSſkKKüÜßẞ 1-."


def _first_letter_core(core: re.Pattern[str], entries: list[str]) -> re.Pattern[str]:
    firsts = {e[0].lower() for e in entries}
    firsts |= {c.upper() for c in firsts}
    gate, rest = core.pattern.split("(?:(?i:", 1)
    assert gate.startswith(r"(?<!\w)(?=")
    return re.compile(rf"(?<!\w)(?=[\d{re.escape(''.join(sorted(firsts)))}])(?:(?i:{rest}", core.flags)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_gate_keeps_every_core(lang):
    g = grammar(lang)
    entries = [*g.words, *g.articles, *g.fractions, *g.vague, *g.several, *filter(None, [g.word_joiner])]
    reference = _first_letter_core(g.core, entries)
    texts = []
    for entry in entries:
        for a in SPELLINGS:
            for b in SPELLINGS:
                texts.append(f"{a}{entry[1:]} Euro, {entry[0]}{b}{entry[2:]} 3 {entry.upper()} {entry.title()} "
                             f"{entry} Prozent, {entry} Millionen")
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in g.core.finditer(text)] == \
               [(m.span(), m.lastgroup) for m in reference.finditer(text)], text
