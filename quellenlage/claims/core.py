"""The core of the claims engine: the claim draft and the text helpers every rule shares.

Nothing here knows a rule or the engine's state, and every other claims module may import
from it: rules build :class:`Draft` objects, :mod:`.state` collects them, :mod:`.engine`
turns them into contract claims. Keeping this module below all of them is what keeps the
package free of import cycles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .sources import SourcePhrase

MAX_CLAIM = 3000  # characters: a longer "claim" is a broken quote or a flattened table
MAX_GAP = 2  # sentences of the outlet's own a Konjunktiv I continuation may bridge (measured on de/train: 1 -> 2 raises it, 3 lowers it)
MAX_PRONOUN_GAP = 3  # ... when its subject is a pronoun that fits the speaker ("Das habe er gespürt")


@dataclass
class Draft:
    """A claim under construction (offsets into the article text)."""

    start: int
    end: int
    cstart: int
    cend: int
    mode: str
    cue: tuple[int, int] | None = None
    phrase: SourcePhrase | None = None
    name: str | None = None
    kind: str = "unnamed"
    stance: str = "assert"
    verb_stance: str = "assert"
    hedged: bool = False
    via: list[str] = field(default_factory=list)
    sentence: int = 0
    paragraph: int = 0
    cue_kind: str = "speech"  # "prep"/"after" for "laut X", "X zufolge"; see runs.continuation
    inner: bool = False  # "…, bei dem laut X …, …": a claim of a relative clause only, not of its sentence


def standalone(words: str) -> re.Pattern[str]:
    r"""``words`` with no letter, digit or hyphen touching it on either side: what
    ``(?<![\w-])words(?![\w-])`` finds, written with ``words`` first, so ``re`` looks for the
    literal in C and tests the character before it only where it stands (with the lookbehind
    first it entered the pattern at every character of the text)."""
    w = re.escape(words)
    return re.compile(rf"{w}(?<![\w-]{w})(?![\w-])")


def names_ending_in(word: str, text: str, end: int):
    r"""The matches of ``\b([A-ZÄÖÜ][\w-]+) word\b`` in ``text[:end]`` ("Tunde Okafor" for
    "Okafor"), in order. Every match holds " word", so the search starts in the word before its
    first place (no literal opens the pattern: from the text's start ``re`` entered it at every
    character), and a text without " word" is not searched at all."""
    first = text.find(f" {word}", 0, end)
    if first < 0:
        return iter(())
    start = text.rfind(" ", 0, first) + 1  # at or before the word before it: no space in a match's group
    return re.compile(rf"\b([A-ZÄÖÜ][\w-]+) {re.escape(word)}\b").finditer(text, start, end)


_MASKED_RUN = re.compile(rb"\x01+")


def blank_masked(text: str, mask: bytearray) -> str:
    """``text`` with every character whose ``mask`` byte is 1 replaced by a space (run by run)."""
    parts, pos = [], 0
    for m in _MASKED_RUN.finditer(mask):
        parts += (text[pos:m.start()], " " * (m.end() - m.start()))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def is_heading(text: str) -> bool:
    """A short line without final punctuation: a subheading, a teaser or link line."""
    t = text.rstrip().rstrip("\"“”»«'‘’")  # a heading may end in a quoted phrase
    return bool(t) and t[-1] not in ".!?:;)" and len(t.split()) <= 12


def strip_determiner(text: str, lex: Lexicon) -> str:
    """ "die Polizei" -> "Polizei": a source name without its leading article."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in lex.src["determiners"] else text


_QUOTED_NAME = re.compile(r"[„“\"»«]([^„“”\"»«\n]{2,80})[“”\"«»]")


def quoted_name(start: int, end: int, text: str, lex: Lexicon) -> str | None:
    """ "dem Nachrichtenportal „Nordblick“", "die Zeitung „Morgenpost“": a name in quotation marks
    right after the noun that says what it is (at most an article and an adjective before it, no
    preposition: not "das Team in „Science“") names the source; the whole quoted name (the phrase
    read may stop at its comma or before the closing mark), else None."""
    k = next((i for i in range(start, end) if text[i] in "„“\"»«"), None)
    if k is None and text[end:end + 2].lstrip()[:1] in tuple("„“\"»«"):
        k = end + (text[end] == " ")  # the phrase stopped before the quotation mark
    if k is None or k == start:
        return None
    before = text[start:k].split()
    if len(before) > 3 or any(w.lower() in lex.src["prepositions"] for w in before):
        return None
    m = _QUOTED_NAME.match(text, k)
    if m is None or len(m.group(1).split()) > 6 or not m.group(1)[:1].isupper():
        return None  # a name, not a quotation
    return m.group(1).strip()


def clause_start(text: str, pos: int, floor: int) -> int:
    """``pos`` if only a clause boundary (or nothing) precedes it in its sentence."""
    k = pos - 1
    while k >= floor and text[k] in " \t":
        k -= 1
    return pos if k < floor or text[k] in ".!?:;,\n–—-(" else -1


def clause_end(text: str, start: int, limit: int, abbrevs: frozenset[str] = frozenset()) -> int:
    """End of the trailing clause after a quote: the next stop, colon or opening quote
    (not the dot of an abbreviation: '…," said Dr. Sobhi Skaik')."""
    for k in range(start, limit):
        if text[k] in ".;:!?„»\"“" and not (text[k] == "." and k + 1 < limit and text[k + 1].isalnum()):
            if text[k] == "." and abbrevs:
                w = k
                while w > start and text[w - 1].isalpha():
                    w -= 1
                if text[w:k] in abbrevs:
                    continue
            return k
    return limit
