"""Line layout: one paragraph per line, no blank lines, no lines broken mid-sentence.

The contract wants paragraphs separated by a single "\\n". Scraped text separates
them by blank lines and indents them; HTML extraction sometimes keeps the hard line
breaks of the page's source inside a paragraph ("Seit\\ndie schwedische …"), which
would split a sentence in two for every later stage.
"""

from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")
OPEN_END = re.compile(r"[\w,\-–(„\"“]$")


def split_lines(text: str) -> list[str]:
    """Non-empty lines with inner runs of spaces folded and the ends stripped."""
    out = []
    for line in ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = SPACES.sub(" ", line).strip()
        if line:
            out.append(line)
    return out


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join a line to the previous one when the previous stops mid-sentence and it starts in lower case.

    German nouns are capitalised and sentences start upper case, so a paragraph
    never starts with a lower-case word; a line that does is the tail of the one before.
    """
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and OPEN_END.search(out[-1]) and not out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out
