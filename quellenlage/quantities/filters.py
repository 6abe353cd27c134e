"""Numbers that are not quantities: years, dates, times, ages as names, ordinals, codes.

A news figure counts or measures something. Many digits in an article do not: the year
("seit 1994"), a date ("6. November", "06.11.2023"), a time ("14 Uhr", "6:15 a.m."), an
age used as a name ("der 48-Jährige"), an ordinal ("der 3. Platz", "15th"), a phone
number, an issue, page or paragraph number ("Ausgabe 7/2019", "§ 218"), a product
("iPhone 15", "COVID-19", "A320"). Two kinds of check live here: *masks*, spans of the
text found by language-independent patterns (phone numbers, clock times, URLs) in which
no figure is read at all, and *context checks* on the words around one figure, driven by
``lang/<lang>/quantity_contexts.toml``.
"""

from __future__ import annotations

import re

from ..lang.quantities import previous_token
from .grammar import Grammar

MASKS = re.compile(
    r"(?=[\d+(#])"  # every mask starts with one of these: fail fast everywhere else
    r"(?:(?<![\w.])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"  # ISO dates
    r"|(?<![\w.,])\d+(?::\d+)+(?![\d,])"  # clock times, match scores, ratios: 6:15, 2:1
    r"|(?<![\w.,])\d+(?:/\d+)+(?![\d,])"  # 7/2019, 24/7, 030/123456
    r"|(?:\+|(?<!\d)00)\d{1,3}[ \d/()\-]{6,}\d"  # international phone numbers
    r"|\(0\d{2,5}\)[ \d/\-]{4,}\d"  # (030) 123 456
    r"|(?<![\w.,])0\d{2,5}[ /\-]\d{3,}(?:[ \-]\d+)*"  # 030 1234567, 0171-1234567
    r"|(?<![\w.,-])\(?\d{3}\)?[-. ]\d{3}[-.]\d{4}(?![\w-])"  # North American 212-306-6794
    r"|#\d+"  # "Mistake #1", "#2 in the charts"
    r"|(?<=[(\[])\d{1,3}(?=[)\]])"  # "Peter Müller (48)", list numbering "(3)"
    r")"
)
# URLs and e-mail addresses are masked as whole whitespace-delimited tokens around these marks
_LINK_MARKS = ("://", "www.", "@")


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans in which no figure is read, sorted by start."""
    spans = [(m.start(), m.end()) for m in MASKS.finditer(text)]
    for mark in _LINK_MARKS:
        at = text.find(mark)
        while at >= 0:
            start = at
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            end = at + len(mark)
            while end < len(text) and not text[end].isspace():
                end += 1
            spans.append((start, end))
            at = text.find(mark, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # merged, so one bisection finds the span covering a position
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def attached_before(text: str, start: int) -> bool:
    """A number glued to a word before it: "COVID-19", "F-35", "G-7", "Mig-29"."""
    return start >= 2 and text[start - 1] in "-‑/" and text[start - 2].isalpha()


def is_identifier(text: str, start: int, g: Grammar) -> bool:
    """ "Seite 12", "§ 218", "iPhone 15": the number names something rather than counting it."""
    prev = previous_token(text, start)
    if not prev:
        return False
    if prev in g.id_before or prev.rstrip(":,") in g.id_before:
        return True
    return bool(re.match(r"[a-z]+[A-Z]", prev))  # camel-cased brands: iPhone, iPad, eBay


def is_year(
    text: str,
    start: int,
    token: str,
    value: float,
    g: Grammar,
    has_counted: bool,
    counted_plural: bool = True,
) -> bool:
    """A four-digit number in the range of years, used as a year.

    It is a year when a year word precedes ("seit 1994", "im Jahr 2023", "November 2023")
    or when nothing counted follows it ("2023 wurde ..."); "1500 Menschen" stays a figure.
    In English a year also stands before a singular noun ("the 2017 article"; the language
    says, :meth:`~quellenlage.lang.quantities.QuantityLanguage.year_before_noun`).
    """
    if not (len(token) == 4 and token.isdigit() and 1000 <= value <= 2100):
        return False
    prev = previous_token(text, start).lower().strip("(,")
    return prev in g.year_before or not has_counted or g.language.year_before_noun(counted_plural)


def is_time(text: str, end: int, g: Grammar) -> bool:
    """ "14 Uhr", "9 a.m.", "5pm": a time of day."""
    m = re.match(r"[ \u00a0]?(\S+)", text[end : end + 12])
    if not m:
        return False
    nxt = m.group(1).rstrip(",;:)")
    return (
        nxt in g.time_after
        or nxt.rstrip(".") in g.time_after
        or nxt.lower() in {t.lower() for t in g.time_after}
    )


def is_list_number(text: str, start: int, end: int) -> bool:
    """ "1. Das Hauptproblem": a number opening a paragraph and followed by a dot numbers a list."""
    return text[end : end + 1] in (".", ")") and (start == 0 or text[start - 1] == "\n")


def is_bare_label(text: str, start: int, token: str) -> bool:
    """ "Python 2", "Mo 125", "Tag 1": a bare number right after a capitalised word that does
    not open the sentence names a version, model or item; it does not count anything.

    Only called for plain integers with no unit, multiplier or bound marker.
    """
    if not token.isdigit():
        return False
    m = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, start - 40) : start])
    if not m or not m.group(1)[0].isupper():
        return False
    before = text[: start - len(m.group(0))].rstrip(" \u00a0")
    return bool(before) and before[-1] not in ".!?:;\n\"„“”»«'‘’(–—-"


def is_apposed(text: str, start: int, end: int, token: str) -> bool:
    """ "James Lee, 68, of Torrance", "The final stage, 3, began …": a bare integer set off by
    commas right after a word is an age or a label in apposition, not a figure of the claim.

    Only called for plain integers with no unit, multiplier or bound marker; "rose to 15,
    officials said" (no comma before) and "Of the 40, 12 were hurt" (no comma after) stay figures.
    """
    if not token.isdigit():
        return False
    before = text[max(0, start - 3):start]
    return bool(re.search(r"[^\W\d_],[ \u00a0]$", before)) and text[end:end + 1] in (",", ";")


def is_ordinal_or_date(text: str, start: int, end: int, value: float, g: Grammar) -> bool:
    """German "3. Oktober", "der 3. Platz" (the language's dotted ordinals); "November 6",
    "6 November"."""
    dotted = g.language.dotted_ordinal(text, start, end, value, g)
    if dotted is not None:
        return dotted
    after = text[end : end + 20]
    if value == int(value) and value <= 31:
        prev = previous_token(text, start)
        if prev in g.months or prev.rstrip(".,") in g.months:
            return True
        m = re.match(r"[ \u00a0](\S+)", after)
        if m and m.group(1).rstrip(".,") in g.months:
            return True
    return False


def compound_after(text: str, end: int, g: Grammar) -> str | None:
    """The word glued after a number by a hyphen or letters ("48-Jährige", "1990er", "15th")."""
    m = re.match(r"(-?)([^\W\d_][\w-]*)", text[end : end + 40])
    if not m:
        return None
    return m.group(0)


def hyphen_compound_ok(compound: str, g: Grammar) -> bool:
    """Is "-Millionen-Euro-Paket" / "-Prozent-Hürde" a figure in a compound? Ages are not."""
    first = compound.lstrip("-").split("-")[0]
    if first.lower() in g.age_compound or compound.lstrip("-").lower() in g.age_compound:
        return False
    return first.lower() in g.multipliers or first in g.units
