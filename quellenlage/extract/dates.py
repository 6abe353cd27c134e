"""Date lines of scraped pages: "06.11.2023, 14:32 Uhr", "6. November 2023", "Nov 6, 2023".

A line counts as a date line only when nothing but a date, a time and the few words
that surround dates on news pages ("Stand:", "aktualisiert am", "Updated") is on it;
the month names and those words are data (``[date]`` in ``lang/<lang>/debris.toml``).
Returns ISO 8601: a date, or a date and time when the line gives one.
"""

from __future__ import annotations

import re
from functools import cache

from ..lang import MissingResource, available_languages, load

NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})\b")
ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2})?)?\b")
TIME = re.compile(r"\b(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)\b(\s?(?P<ampm>am|pm|a\.m\.|p\.m\.))?", re.I)
YEAR = re.compile(r"\d{4}")
MAX_CHARS = 70


@cache
def _vocabulary() -> tuple[dict[str, int], frozenset[str]]:
    months: dict[str, int] = {}
    around: set[str] = set()
    for lang in available_languages():
        try:
            data = load(lang, "debris").get("date", {})
        except MissingResource:
            continue
        for i, name in enumerate(data.get("months", []), 1):
            months[name] = i
        for i, name in enumerate(data.get("months_short", []), 1):
            months.setdefault(name, i)
        around.update(data.get("around", []))
    return months, frozenset(around)


@cache
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months, _ = _vocabulary()
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    return (re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<mon>{names})\.?\s+(?P<y>\d{{4}})\b", re.I),
            re.compile(rf"\b(?P<mon>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I))


def _word_date(line: str) -> tuple[re.Match[str], int, int, int] | None:
    months, _ = _vocabulary()
    day_first, month_first = _word_patterns()
    dmy = day_first.search(line)
    if dmy:
        return dmy, int(dmy["y"]), months[dmy["mon"].lower()], int(dmy["d"])
    mdy = month_first.search(line)
    if mdy:
        return mdy, int(mdy["y"]), months[mdy["mon"].lower()], int(mdy["d"])
    return None


def parse_date_line(line: str) -> str | None:
    """ISO date (or datetime) if ``line`` is a date line, else None."""
    if len(line) > MAX_CHARS or not YEAR.search(line):
        return None
    found = None
    for pattern in (ISO, NUMERIC):
        m = pattern.search(line)
        if m:
            found = (m, int(m["y"]), int(m["m"]), int(m["d"]))
            break
    if found is None:
        found = _word_date(line)
    if found is None:
        return None
    m, year, month, day = found
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    rest = line[: m.start()] + " " + line[m.end():]
    time = TIME.search(rest)
    hour_minute = None
    if time:
        hour, minute = int(time["H"]), int(time["M"])
        ampm = (time["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        hour_minute = (hour, minute)
        rest = rest[: time.start()] + " " + rest[time.end():]
    _, around = _vocabulary()
    leftover = [w for w in re.findall(r"[^\W\d_]+", rest.lower()) if w not in around]
    if leftover:
        return None
    if hour_minute is None and m.re is ISO and m["H"]:
        hour_minute = (int(m["H"]), int(m["M"]))
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return f"{iso}T{hour_minute[0]:02d}:{hour_minute[1]:02d}" if hour_minute else iso
