"""Filters of article and claim search: what a user may narrow a search to, checked once for every caller.

The CLI, the REST API and the web pages build a :class:`SearchFilters` or :class:`ClaimFilters`
from what the user typed; a value that cannot be meant (a language code of nine letters, a date
that is none, an unknown stance) raises :class:`FilterError` with one line saying which and why,
which the CLI prints (exit code 2), the API answers as 422 and the pages show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, get_args

from ..document import Mode, Stance

LANGUAGE = re.compile(r"[a-z]{2,3}")
ORDERS = ("relevance", "date")  # search order: title, whole word, part (newest first in each) / newest first
STORY_SORTS = ("date", "size", "disagreements")  # story listing: newest, largest, most disagreements first
MODES: tuple[str, ...] = get_args(Mode)
STANCES: tuple[str, ...] = get_args(Stance)
MAX_TEXT = 512  # characters of an outlet or source name


class FilterError(ValueError):
    """A filter value that cannot be meant: ``name`` is the filter, ``reason`` one line (``str``: both)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name, self.reason = name, reason


def _date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise FilterError(name, f"{value!r} is not a date (YYYY-MM-DD)")


def _choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value and value not in allowed:
        raise FilterError(name, f"{value!r} is none of {', '.join(allowed)}")
    return value or None


def _text(name: str, value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise FilterError(name, f"longer than {MAX_TEXT} characters")
    return value or None


@dataclass(frozen=True)
class SearchFilters:
    """Articles of one language and outlet, published between two dates (inclusive); None: any."""

    language: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        language = (self.language or "").strip().lower() or None
        if language and not LANGUAGE.fullmatch(language):
            raise FilterError("language", f"{self.language!r} is not a language code (two or three letters: de, en)")
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "outlet", _text("outlet", self.outlet))
        object.__setattr__(self, "since", _date("since", self.since))
        object.__setattr__(self, "until", _date("until", self.until))
        if self.since and self.until and self.since > self.until:
            raise FilterError("since", f"{self.since} is after until {self.until}")

    def article_sql(self, alias: str) -> tuple[list[str], dict[str, Any]]:
        """SQL conditions on the articles table ``alias`` and their bound parameters."""
        conds, params = [], {}
        if self.language:
            conds.append(f"{alias}.language = :f_language")
            params["f_language"] = self.language
        if self.outlet:
            conds.append(f"{alias}.outlet = :f_outlet")
            params["f_outlet"] = self.outlet
        if self.since:
            conds.append(f"{alias}.published >= :f_since")
            params["f_since"] = self.since
        if self.until:  # "2023-11-06" must include "2023-11-06T18:00"
            conds.append(f"{alias}.published <= :f_until")
            params["f_until"] = self.until + "\uffff"
        return conds, params

    def active(self) -> dict[str, Any]:
        """The filters set, by name (for pages and JSON answers)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, False)}


@dataclass(frozen=True)
class ClaimFilters(SearchFilters):
    """Claims in such articles, and by a source (name as written or canonical), of a stance and mode, with a figure."""

    source: str | None = None
    stance: str | None = None
    mode: str | None = None
    has_figure: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "source", _text("source", self.source))
        object.__setattr__(self, "stance", _choice("stance", self.stance, STANCES))
        object.__setattr__(self, "mode", _choice("mode", self.mode, MODES))

    def claim_sql(self, alias: str) -> tuple[list[str], dict[str, Any]]:
        """SQL conditions on the claims table ``alias`` (the source is matched by :mod:`.queries`)."""
        conds, params = [], {}
        for name in ("stance", "mode"):
            if getattr(self, name):
                conds.append(f"{alias}.{name} = :f_{name}")
                params[f"f_{name}"] = getattr(self, name)
        if self.has_figure is not None:
            exists = f"EXISTS (SELECT 1 FROM quantities q WHERE q.claim_pk = {alias}.pk)"
            conds.append(exists if self.has_figure else f"NOT {exists}")
        return conds, params


@dataclass(frozen=True)
class StoryFilters(SearchFilters):
    """Stories with an article of one language and outlet (any appearance), active between two dates, of at
    least ``min_articles`` articles, with disagreements only (``disagreements``), in the order ``sort``."""

    min_articles: int = 1
    disagreements: bool = False
    sort: str = "date"

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.min_articles, bool) or not isinstance(self.min_articles, int) or self.min_articles < 1:
            raise FilterError("min_articles", f"{self.min_articles!r} is not a number of articles (1 or more)")
        object.__setattr__(self, "sort", _choice("sort", self.sort, STORY_SORTS) or "date")


def check_order(order: str | None) -> str:
    """``relevance`` (the default) or ``date``."""
    return _choice("order", order, ORDERS) or "relevance"
