"""Small display helpers shared by the pages: figures, stances, modes, dates.

These are registered as Jinja filters; they return plain text and never markup, so
autoescaping stays in charge of everything that reaches the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

#: stance -> (icon, word). Icons are shapes as well as colours, so the stance is readable in greyscale.
STANCES = {"assert": ("✓", "asserts"), "deny": ("✗", "denies"), "uncertain": ("?", "unclear")}
#: mode -> how a reader would say it.
MODES = {"direct": "quote", "indirect": "reported", "reportive": "hearsay", "assertion": "outlet's own"}
MODE_HELP = {
    "direct": "the source's own words, in quotation marks",
    "indirect": "reported speech or attribution without quotation marks",
    "reportive": "hearsay: no source named ('reportedly', 'soll')",
    "assertion": "a statement the outlet makes itself",
}


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def number(x: float) -> str:
    """1000 -> "1,000"; 1.5 -> "1.5"."""
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def figure_label(q: Any) -> str:
    """A figure with its bounds: "2,000 Container", "> 1,000 Container", "≤ 500", "100–200 t", "~ 7 %"."""
    value, lower, upper = _get(q, "value"), _get(q, "lower"), _get(q, "upper")
    if value is not None:
        core = ("~ " if _get(q, "approx") else "") + number(value)
    elif lower is not None and upper is not None:
        core = f"{number(lower)}–{number(upper)}"
    elif lower is not None:
        core = f"≥ {number(lower)}"
    elif upper is not None:
        core = f"≤ {number(upper)}"
    else:
        return _get(q, "text") or ""
    # the unit as the article wrote it ("50 Tonnen"); the lemma ("Tonne") is a key, not a label
    unit = _get(q, "currency") or _get(q, "unit") or _get(q, "unit_lemma")
    return f"{core} {unit}" if unit else core


def bound_word(q: Any) -> str:
    """How the figure is bounded, in words, for screen readers and the title attribute."""
    value, lower, upper = _get(q, "value"), _get(q, "lower"), _get(q, "upper")
    if value is not None:
        return "about" if _get(q, "approx") else "exactly"
    if lower is not None and upper is not None:
        return "between"
    if lower is not None:
        return "at least"
    return "at most" if upper is not None else ""


def stance_icon(stance: str | None) -> str:
    return STANCES.get(stance or "", ("•", stance or ""))[0]


def stance_word(stance: str | None) -> str:
    return STANCES.get(stance or "", ("•", stance or "—"))[1]


def mode_word(mode: str | None) -> str:
    return MODES.get(mode or "", mode or "—")


def mode_help(mode: str | None) -> str:
    return MODE_HELP.get(mode or "", "")


def nice_date(text: str | None) -> str:
    """ISO date or datetime -> "6 Nov 2023" (with "14:05" when a time is given); unparseable text as is."""
    if not text:
        return "—"
    try:
        if len(text) > 10 and "T" in text:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return dt.strftime("%-d %b %Y, %H:%M")
        return date.fromisoformat(text[:10]).strftime("%-d %b %Y")
    except ValueError:
        return text


def iso_day(text: str | None) -> str:
    return (text or "")[:10]


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "story", "stories")`` -> "1 story"; 1200 -> "1,200 stories"."""
    return f"{number(n)} {one if n == 1 else many or one + 's'}"
