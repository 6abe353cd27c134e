"""Quotations in every style German and English news use: „…“ "…" »…« «…» “…” ‚…‘.

Marks are read from context, not from a fixed pairing, because pages mix styles
(``"Wir verbrauchen …“``) and „ … “ vs. “ … ” use the same character for opposite ends.
A mark is *opening* when it follows the start of a paragraph, a space or an opening
bracket and precedes a non-space; *closing* when it follows a non-space. A quote never
crosses a paragraph break: when a paragraph ends inside a quote and the next paragraph
opens a new one (the German convention for multi-paragraph quotes), the two parts are
linked by ``continues``. A quote that is never closed ends at its paragraph end
(``closed=False``). One left-to-right pass: linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "\"„“”»«"
ALWAYS_OPEN = "„"
SINGLE_OPEN = "‚"
SINGLE_CLOSE = "‘"
OPEN_BEFORE = " \t([{–—-/"


_MARKS = re.compile("[\n" + re.escape(DOUBLE + SINGLE_OPEN + SINGLE_CLOSE) + "]")


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end)
    paragraph: int
    closed: bool = True
    continues: bool = False  # the previous quote ran to its paragraph end and this one goes on

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def _opening(text: str, i: int, line_start: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    if ch in ALWAYS_OPEN or ch == SINGLE_OPEN:
        return True
    # after a sentence end too: a page may glue the next quote on ('so der Chef."Die …')
    return i == line_start or text[i - 1] in OPEN_BEFORE or (text[i - 1] in ".!?:" and nxt.isupper())


def _closing(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace()


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text`` in order; each within one paragraph."""
    out: list[Quote] = []
    para = 0
    line_start = 0
    open_at: int | None = None
    open_single = False
    ran_to_end = False
    for m in _MARKS.finditer(text):  # only quote marks and line breaks matter: skip the rest
        i, ch = m.start(), m.group()
        if ch == "\n":
            if open_at is not None:
                out.append(Quote(open_at, i, para, closed=False, continues=ran_to_end))
                ran_to_end = True
            else:
                ran_to_end = False
            open_at = None
            para += 1
            line_start = i + 1
            continue
        single = ch in SINGLE_OPEN + SINGLE_CLOSE
        if ch not in DOUBLE and not single:
            continue
        if open_at is None:
            if _opening(text, i, line_start) and (not single or ch == SINGLE_OPEN):
                open_at, open_single = i, single
                if i != line_start:
                    ran_to_end = False
        elif single == open_single and _closing(text, i) and ch not in ALWAYS_OPEN:
            out.append(Quote(open_at, i + 1, para, continues=ran_to_end and _starts_line(text, open_at)))
            open_at, ran_to_end = None, False
    if open_at is not None:
        out.append(Quote(open_at, len(text), para, closed=False, continues=ran_to_end))
    return out


def _starts_line(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


def word_count(text: str, quote: Quote) -> int:
    a, b = quote.inner
    return len(text[a:b].split())
