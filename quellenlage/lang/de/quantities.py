"""How German writes figures, as the figure reader needs to know it.

Number words are one compound ("zweitausendfünfhundertdreiundzwanzig"), split into its
parts and read only when the parts make up the whole word; a number followed by a dot is an
ordinal or a date ("am 3. Oktober", "der 3. Platz") unless what follows says otherwise; the
counted thing is the first capitalised word after the figure, past up to two declined
adjectives ("2.000 neue Container", not a verb: "2013 warnten andere Forscher"), and keeps its capital in the base form.
"""

from __future__ import annotations

import re
from functools import cache

from ...nlp.tagger import analyze_word
from .. import load
from ..quantities import QuantityLanguage, Word, previous_token

_AFTER_DOT = re.compile(r"\.[ \u00a0]?(\S+)")
_DOTTED_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\.$")  # a dotted ordinal right before: "2." in "2. und 3."
_ORDINAL_LINKS = frozenset({"und", "oder", "bis", "-", "–"})


def _verb(word: str) -> bool:
    """ "2013 warnten andere Forscher": a word with an adjective's ending that HanTa reads as a
    verb stands between a year and its sentence's subject, not between a figure and what it counts."""
    found = analyze_word(word, "de")
    return found is not None and found[1].startswith("V")


@cache
def adjective_endings() -> tuple[str, ...]:
    """Endings of a declined adjective ("neue", "weiteren"): the list the entity finder uses."""
    return tuple(load("de", "entity_words")["adjective_endings"])


class German(QuantityLanguage):
    """Compound number words, dotted ordinals, capitalised counted nouns."""

    def number_run(self, words: str, joiner: str) -> str:
        """One compound of number words and the joiner, not opening with the joiner."""
        return rf"(?!{joiner}(?!\w))(?:{words}|{joiner})+(?!\w)"

    def number_part(self, words: str, joiner: str) -> str:
        return rf"{words}|{joiner}"

    def reads_whole_run(self, parts: str, run: str) -> bool:
        """Only a compound made up of number words and nothing else is a number ("dreiund")."""
        return parts == run

    def dotted_ordinal(self, text: str, start: int, end: int, value: float, g) -> bool | None:
        """ "am 3. Oktober", "die 3. Liga", "3.5": a dot after a whole number makes it an ordinal
        before a month, a lower-case word or a digit, and after an article or preposition."""
        after = text[end : end + 20]
        if not (after.startswith(".") and value == int(value)):
            return None
        m = _AFTER_DOT.match(after)
        if m:
            nxt = m.group(1)
            if nxt in g.months or nxt.rstrip(".,") in g.months or nxt[0].islower() or nxt[0].isdigit():
                return True
        before = previous_token(text, start)
        if before.lower() in g.ordinal_before:
            return True
        earlier = text[:max(start - len(before) - 1, 0)].rstrip()
        if before.lower() in _ORDINAL_LINKS and _DOTTED_BEFORE.search(earlier):
            return True  # "die 2. und 3. Liga", "vom 5. bis 7. Platz": coordinated with an ordinal
        # "das gesamte 20. Jahrhundert": a declined adjective between the article and the ordinal
        return before.endswith(adjective_endings()) and before[:1].islower() \
            and previous_token(text, start - len(before) - 1).lower() in g.ordinal_before

    def counted_noun(self, words: list[Word], g) -> Word | None:
        """The first capitalised word, after at most two declined adjectives."""
        for i, (w, s, e) in enumerate(words):
            if w[0].isupper():
                if w.lower() in g.not_counted or w in g.months:
                    return None
                return w, s, e
            if i >= 2 or not w.endswith(adjective_endings()) or w.lower() in g.not_counted or _verb(w):
                return None
        return None

    def lemma_case(self, word: str, lemma: str) -> str:
        """Nouns keep their capital: "Containern" -> "Container"."""
        if lemma and word[0].isupper():
            return lemma[0].upper() + lemma[1:]
        return lemma
