"""Line layout: one paragraph per line, no blank lines, no lines broken mid-sentence.

The contract wants paragraphs separated by a single "\\n". Scraped text separates
them by blank lines and indents them; HTML extraction sometimes keeps the hard line
breaks of the page's source inside a paragraph ("Seit\\ndie schwedische …"), which
would split a sentence in two for every later stage.
"""

from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
BLANKS = ("\t", "\u00a0", "\u2009", "\u202f")  # the SPACES that are no plain space
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")
OPEN_END = re.compile(r"[\w,\-–(„\"“]$")
# Control characters carry no text (NUL also cannot be stored in PostgreSQL); the
# vertical separators among them end a line like "\n" does.
LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
SURROGATE = re.compile("[\ud800-\udfff]")
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
# Whether any code point one of the three above would change: most pages hold none. One scan
# on the UTF-8 bytes, six times cheaper than running the three (an HTML page is 100 kB and
# more): a surrogate cannot be encoded, the ASCII controls are single bytes, U+0080-U+009F
# are C2 80-9F and U+2028/U+2029 E2 80 A8/A9.
_ASCII_CONTROLS = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # two searches for a fixed lead byte each: one with an
_SEPARATOR = re.compile(rb"\xe2\x80[\xa8\xa9]")  # alternation scans byte by byte, 4x slower


def needs_cleaning(text: str) -> bool:
    """Whether :func:`clean_code_points` would change ``text``."""
    return _utf8_if_clean(text) is None


def _utf8_if_clean(text: str) -> bytes | None:
    """``text`` in UTF-8 when :func:`clean_code_points` would leave it as it is, else None."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if (len(data.translate(None, _ASCII_CONTROLS)) != len(data) or _C1.search(data) is not None
            or _SEPARATOR.search(data) is not None):
        return None
    return data


def clean_code_points(text: str) -> str:
    """Text every later stage can hold: valid Unicode, no control characters.

    A ``str`` handed in from Python may contain lone surrogates (from
    ``surrogateescape`` decoding or JSON with ``\\ud800``); they cannot be written as
    UTF-8, so each becomes U+FFFD, while a surrogate *pair* is joined into its character.
    """
    return clean_page(text)[0]


def clean_page(text: str) -> tuple[str, bytes | None]:
    """:func:`clean_code_points` of ``text``, and the UTF-8 encoding of ``text`` when it needed no
    cleaning: the check encodes the page, and the HTML parser reads those bytes faster than the
    ``str`` (``tree.load_tree``), so they are not thrown away."""
    data = _utf8_if_clean(text)
    if data is not None:
        return text, data
    if SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return CONTROLS.sub("", LINE_BREAKS.sub("\n", text)), None


def split_lines(text: str) -> list[str]:
    """Non-empty lines with inner runs of spaces folded and the ends stripped."""
    text = fold_spaces(ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n"))
    return [line for line in (part.strip() for part in text.split("\n")) if line]


def fold_spaces(text: str) -> str:
    """Every run of :data:`SPACES` characters as one space, as ``SPACES.sub(" ", text)`` gives it,
    by ``str.replace``: the regular expression stops at every single space of the text, while the
    replacements only look for the few runs there are (on the 100 benchmark pages of
    ``benchmarks/analysis.py`` the line split costs 0.006 s instead of 0.021 s)."""
    for blank in BLANKS:
        if blank in text:
            text = text.replace(blank, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


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
