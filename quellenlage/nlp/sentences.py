"""A cheap, linear sentence splitter and tokenizer over the whole article.

SoMaJo splits German very well but costs about as much as the whole extraction step
(1.8 s for 40 pages against 1.0 s for trafilatura), so it cannot run on every sentence
within the speed budget. The claim engine only needs sentence *boundaries* everywhere and
good tokens in the few sentences that hold a cue, so this module does one regex pass:
a boundary after ``.``, ``!`` or ``?`` (and any closing quote) followed by whitespace and
an upper-case letter, a digit or an opening quote, except after an abbreviation
(``lang/<lang>/abbreviations.txt``), a single letter ("J. Smith", "z. B.") or an ordinal before a
month ("20. April"). Paragraph breaks (``\\n``) always end a sentence. Everything is a
single left-to-right scan, so time stays linear in the text length.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Sentence, Token
from ..lang import MissingResource, load
from ..memory import bulk_allocation

_BOUNDARY = re.compile(r"[.!?…]+[\"'“”»«‘’)\]]*(?=\s+[\"'„“”»«‚‘(\[]?[A-ZÄÖÜ0-9])")
# A word with inner hyphens, apostrophes and dots, or one punctuation mark; a full stop right after a
# word is none of them, so it is passed over (it ends the word, it is no token of its own). A
# match is a whole token, so the tokens are made from the matches without Python code per token.
_TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*|(?<!\w)[^\w\s]|[^\w\s.]")
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
MAX_SENTENCE = 4000  # characters; longer runs (flattened tables, endless lists) are cut


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    try:
        return frozenset(load(lang, "abbreviations"))
    except MissingResource:
        return frozenset()


@cache
def _months(lang: str) -> frozenset[str]:
    try:
        return frozenset(load(lang, "months"))
    except MissingResource:
        return frozenset()


def _last_word(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"'„“”»«‚‘([")


def split(text: str, lang: str = "de") -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of each sentence of ``text``, trimmed of outer whitespace."""
    abbrevs, months = _abbreviations(lang), _months(lang)
    out: list[tuple[int, int, int]] = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        base = pos
        pos += len(line) + 1
        start = 0
        for m in _BOUNDARY.finditer(line):
            dot = m.start()
            if line[dot] == ".":
                word = _last_word(line, dot)
                if word in abbrevs or (len(word) == 1 and word.isalpha()):  # "J. Smith", "z. B.", "d. h."
                    continue
                if word.isdigit():
                    nxt = line[m.end():].split(None, 1)
                    if nxt and nxt[0].strip(",.;:") in months:
                        continue
            _emit(out, line, base, start, m.end(), para)
            start = m.end()
        _emit(out, line, base, start, len(line), para)
    return out


def _emit(out: list, line: str, base: int, start: int, end: int, para: int) -> None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # a run-on "sentence": cut at the last space in the window
        cut = line.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((base + start, base + cut, para))
        start = cut + 1 if line[cut:cut + 1] == " " else cut
    if end > start:
        out.append((base + start, base + end, para))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words (with inner hyphens, apostrophes and dots) and single punctuation marks; a word-final
    full stop is dropped, not a token."""
    found = list(_TOKEN.finditer(text))
    starts, ends = map(_START, found), map(_END, found)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    return list(map(Token, map(_GROUP, found), starts, ends))


def sentences(text: str, lang: str = "de", with_tokens: bool = False) -> list[Sentence]:
    """The sentences of ``text``, with their tokens if asked (built with the collector paused:
    see :mod:`quellenlage.memory`)."""
    out = []
    with bulk_allocation():
        for s, e, p in split(text, lang):
            sent = Sentence(start=s, end=e, paragraph=p)
            if with_tokens:
                sent.tokens = tokenize(text[s:e], s)
            out.append(sent)
    return out
