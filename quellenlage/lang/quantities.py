"""What reading figures asks of a language: one interface, one module per language.

German and English write the same figures differently beyond their word lists: German
number words are one compound ("dreiundzwanzig"), English ones a sequence that must make
one number ("twenty-five", not "five six"); German marks an ordinal with a dot ("der 3.
Platz"), English a year may stand before a singular noun ("the 2017 report"); German
capitalises the counted noun, English finds it by its plural ending. The figure reader
(:mod:`quellenlage.quantities`) asks the :class:`QuantityLanguage` of the text wherever it
needs such an answer (``g.language`` of its compiled grammar), never the language code.

The implementations live beside the word lists, in the spirit of ``spacy/lang/de/``:
``lang/de/quantities.py`` and ``lang/en/quantities.py``;
:data:`quellenlage.quantities.grammar.LANGUAGES` picks one by the language code. A language
with quantity data but no module of its own is read with this class's answers: number words
in a sequence joined by spaces, hyphens or the joiner word, the counted noun found from the
plural endings in its data, no dotted ordinals. Words stay in the data files
(``quantity_numbers.toml``, ``quantity_contexts.toml``); the methods say how to use them.

``g`` below is the language's compiled :class:`quellenlage.quantities.grammar.Grammar`.
"""

from __future__ import annotations

import math
import re

_PREV_TOKEN = re.compile(r"(\S+)\s*$")

#: a word after a figure: ``(text, start, end)``
Word = tuple[str, int, int]


def previous_token(text: str, start: int) -> str:
    """The whitespace-delimited token right before ``start`` ("" at the start of the text)."""
    m = _PREV_TOKEN.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


class QuantityLanguage:
    """The answers of a language without a module of its own (see the module docstring)."""

    # -- number words (:mod:`quellenlage.quantities.grammar`, :mod:`~.numbers`) ----------

    def number_run(self, words: str, joiner: str) -> str:
        """The regex of a run of number words, given the alternation ``words`` of them and the
        escaped ``joiner``: words joined by spaces, hyphens or the joiner ("two hundred and fifty")."""
        join = rf"\s+{joiner}\s+|" if joiner else ""
        return rf"(?:{words})(?:(?:{join}[\s-]+)(?:{words}))*(?!\w)"

    def number_part(self, words: str, joiner: str) -> str:
        """The regex of one part of a run, read one after the other (the joiner is skipped)."""
        return words

    def reads_whole_run(self, parts: str, run: str) -> bool:
        """Whether the parts found (joined, lower case) read the run (lower case) as a number."""
        return True

    def part_rank(self, value: float) -> float:
        """The rank an additive part leaves for the next one, which must be smaller (and, below
        ten, follow the joiner); ``math.inf`` lets any part follow."""
        return math.inf

    # -- what is not a figure (:mod:`quellenlage.quantities.filters`) ---------------------

    def year_before_noun(self, counted_plural: bool) -> bool:
        """Whether a four-digit number before a counted word of that number is a year."""
        return False

    def dotted_ordinal(self, text: str, start: int, end: int, value: float, g) -> bool | None:
        """Whether the number ``text[start:end]`` followed by a dot is an ordinal or a date;
        None where the language writes no ordinal with a dot (the date checks decide)."""
        return None

    # -- what a figure counts (:mod:`quellenlage.quantities.units`) -----------------------

    def counted_noun(self, words: list[Word], g) -> Word | None:
        """The counted thing among the (up to four) words after a figure: the first word with a
        plural ending among the content words before a function word, else the first content
        word unless its ending says it is no noun."""
        content = []
        for w, s, e in words:
            if w.lower() in g.not_counted or w in g.months:
                break
            content.append((w, s, e))
        if not content:
            return None
        for word in content:
            if self.plural_by_ending(word[0], g):
                return word
        w, s, e = content[0]
        if w.lower().endswith(g.not_noun_endings):
            return None
        return w, s, e

    def plural_by_ending(self, word: str, g) -> bool:
        """A regular plural by its ending ("residents"; not "glass", "status")."""
        low = word.lower()
        return low.endswith(g.plural_endings) and not low.endswith(g.singular_endings)

    def lemma_case(self, word: str, lemma: str) -> str:
        """The lemmatiser's base form of a counted word, in the case the language writes it."""
        return lemma
