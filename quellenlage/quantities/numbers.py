"""Reading written numbers: digits with the language's separators, and number words.

German writes "2.000" and "1,5", English "2,000" and "1.5": a figure is read by the
conventions of the article's language, and a figure that fits neither reading
("1.2.3.4", "14.30") is refused rather than guessed. The one exception is a figure
that is unambiguous in the other convention ("1,000.5" in a German text), which is
read that way: it cannot be anything else.
"""

from __future__ import annotations

import math
import re

from .grammar import Grammar

_SPACE_SEPS = " '\u00a0\u202f\u2009"
_GROUPS = re.compile(r"\d+|[^\d]")
_MAX_DIGITS = 30  # longer digit runs are identifiers or noise, never a news figure


def parse_digits(token: str, g: Grammar) -> float | None:
    """The value of a digit token such as ``"2.000"`` or ``"1,5"``, or None if it is malformed."""
    parts = _GROUPS.findall(token)
    groups, seps = parts[0::2], parts[1::2]
    if sum(len(x) for x in groups) > _MAX_DIGITS:
        return None
    if len(groups[0]) > 1 and groups[0][0] == "0" and not (seps and seps[0] == g.decimal):
        return None  # "030", "007": codes, not counts
    value = _read(groups, seps, g.decimal, g.thousands)
    if value is None and g.decimal in seps and g.thousands in seps:
        value = _read(groups, seps, g.thousands, g.decimal)  # "1,000.5" in German text
    if value is None or not math.isfinite(value):
        return None
    return value


def _read(groups: list[str], seps: list[str], decimal: str, thousands: str) -> float | None:
    if not seps:
        return float(groups[0])
    fraction = ""
    if seps[-1] == decimal:
        fraction = groups[-1]
        groups, seps = groups[:-1], seps[:-1]
    if any(s != thousands and s not in _SPACE_SEPS for s in seps):
        return None
    if seps and (len(groups[0]) > 3 or any(len(x) != 3 for x in groups[1:])):
        return None
    return float("".join(groups) + ("." + fraction if fraction else ""))


def parse_words(text: str, g: Grammar) -> tuple[float, int] | None:
    """The value of a run of number words and how many characters of ``text`` it covers.

    German compounds ("dreiundzwanzig") are split into their parts; English sequences
    ("two hundred and fifty", "twenty-five") are read word by word and cut where they stop
    making one number ("two and three" reads as "two").
    """
    parts = [(m.group(0).lower(), m.end()) for m in g.word_part.finditer(text)]
    if not g.language.reads_whole_run("".join(p for p, _ in parts), text.lower()):
        return None
    total = current = 0.0
    last_small = math.inf  # magnitude of the previous additive part, to refuse "five six"
    end = 0
    after_and = False
    for word, stop in parts:
        if word == g.word_joiner:
            after_and = True
            continue
        value = g.words.get(word)
        if value is None:
            break
        if value in (100.0, 1000.0):
            if value == 100.0:
                current = (current or 1.0) * 100.0
            else:
                total += (current or 1.0) * 1000.0
                current = 0.0
            last_small = math.inf
        else:
            if value >= last_small or (last_small < 10 and not after_and):
                break  # "five six": the parts of one number descend (where the language says so)
            current += value
            last_small = g.language.part_rank(value)
        after_and = False
        end = stop
    if end == 0:
        return None
    return total + current, end
