"""One language's knowledge of figures, read from data files and compiled once.

Everything language-specific the quantity parser needs (number words, multipliers,
bound markers, units, non-quantity contexts) lives in ``lang/<lang>/quantity_*.toml|tsv``
and ``lang/common/quantity_symbols.tsv``. :func:`grammar` turns those files into
compiled regular expressions and lookup tables, cached per language, so parsing a text
costs a handful of regex scans and dictionary look-ups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lang as lang_data
from .. import regexcache
from ..lang.de.quantities import German
from ..lang.en.quantities import English
from ..lang.quantities import QuantityLanguage

#: The languages the figure reader knows beyond their word lists (:mod:`quellenlage.lang.quantities`);
#: a language with quantity data but no module of its own gets the neutral answers.
LANGUAGES: dict[str, QuantityLanguage] = {"de": German(), "en": English()}
NEUTRAL = QuantityLanguage()


def language_of(lang: str) -> QuantityLanguage:
    """The :class:`~quellenlage.lang.quantities.QuantityLanguage` of a language code."""
    return LANGUAGES.get(lang, NEUTRAL)


@dataclass(frozen=True)
class Marker:
    """A word before or after a figure that bounds it or makes it approximate."""

    bound: str | None  # "lower" | "upper" | None
    approx: bool


@dataclass(frozen=True)
class Unit:
    form: str
    lemma: str
    kind: str  # currency | percent | measure | time
    currency: str | None
    position: str  # before | after | both


@dataclass(frozen=True)
class Grammar:
    lang: str
    language: QuantityLanguage  # what differs beyond the word lists
    word_joiner: str  # "und", "and": joins number words
    decimal: str
    thousands: str
    words: dict[str, float]
    articles: frozenset[str]
    fractions: dict[str, float]
    multipliers: dict[str, float]
    money_multipliers: dict[str, float]
    vague: dict[str, tuple[float, float]]
    several: frozenset[str]
    before: dict[str, Marker]
    after: dict[str, Marker]
    range_joiners: tuple[str, ...]
    range_alternatives: frozenset[str]  # "oder", "or": two guesses make a range only when ascending
    range_pairs: tuple[tuple[str, str], ...]
    units: dict[str, Unit]
    year_before: frozenset[str]
    months: frozenset[str]
    id_before: frozenset[str]
    ordinal_before: frozenset[str]
    time_after: frozenset[str]
    not_counted: frozenset[str]
    age_compound: frozenset[str]
    pronominal_before: frozenset[str]  # "the two met": a number word as a pronoun
    irregular_plurals: frozenset[str]  # "people", "men": plural counted nouns without -s
    plural_endings: tuple[str, ...]  # "-s": a regular plural
    singular_endings: tuple[str, ...]  # "-ss", "-us": no plural after all
    not_noun_endings: tuple[str, ...]  # "-ly", "-ed": no counted noun
    # compiled patterns
    core: re.Pattern[str]
    word_part: re.Pattern[str]
    multiplier: re.Pattern[str]
    money_multiplier: re.Pattern[str]
    unit_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    marker_before: re.Pattern[str]
    marker_after: re.Pattern[str]
    joiner: re.Pattern[str]
    opener_before: re.Pattern[str]
    vague_of: re.Pattern[str] | None  # "Hunderte von", "hundreds of"


def _alt(items: object, escape: bool = True) -> str:
    """A regex alternation, longest first so that the longest item wins."""
    forms = sorted({str(i) for i in items}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(f) if escape else f for f in forms) or r"(?!x)x"


def _gate(entries: list[str]) -> str:
    """A lookahead that every number core passes: a digit, or the first letter of one of the
    ``entries`` (as given or upper case) followed by a second letter of one of them (in any case,
    as the core's ``(?i:…)`` reads it). An entry of one letter, or one whose second character is
    no letter ("a few"), lets any character follow its first.

    Each branch opens with a class of two letters, which the regex engine tests before it enters
    the branch: most word starts fail at once, where a gate of first letters alone let every word
    beginning with a, d, e, h, s, … try each alternative of the core (on the 100 German pages of
    ``benchmarks/analysis.py`` the scan cost 0.60 G instructions with that gate, 0.36 G with this
    one: 1.3 % of what ``trafilatura.extract`` does with the pages)."""
    seconds: dict[str, set[str] | None] = {}
    for entry in entries:
        first = entry[0].lower()
        second = entry[1].lower() if len(entry) > 1 and entry[1].isalpha() else None
        if second is None:
            seconds[first] = None
        elif seconds.setdefault(first, set()) is not None:
            seconds[first].add(second)  # type: ignore[union-attr]
    branches = [r"\d"]
    for first in sorted(seconds):
        lead = f"[{re.escape(first + first.upper())}]"
        after = seconds[first]
        branches.append(lead if after is None else f"{lead}(?i:[{re.escape(''.join(sorted(after)))}])")
    return f"(?={'|'.join(branches)})"


def _words_regex(words: object) -> str:
    """Alternation of words that must not run on into further letters."""
    return rf"(?:{_alt(words)})(?!\w)"


@cache
def supported(lang: str | None) -> bool:
    """True when ``lang/<lang>/quantity_numbers.toml`` exists (no fallback to another language);
    asked on every page, so the files are looked for once."""
    if not lang:
        return False
    try:
        return lang_data.resource_path(lang, "quantity_numbers").parent.name == lang
    except lang_data.MissingResource:
        return False


def _units(lang: str) -> dict[str, Unit]:
    """Units and currencies by form: the language's table after the common symbols."""
    units: dict[str, Unit] = {}
    for row in [*lang_data.load(lang, "quantity_symbols"), *lang_data.load(lang, "quantity_units")]:
        units[row["form"]] = Unit(
            row["form"],
            row["lemma"],
            row["kind"],
            row.get("currency") or None,
            row.get("position") or "after",
        )
    return units


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (raises MissingResource for languages without data)."""
    if not supported(lang):
        raise lang_data.MissingResource(f"no quantity data for language {lang!r}")
    nums = lang_data.load(lang, "quantity_numbers")
    bounds = lang_data.load(lang, "quantity_bounds")
    ctx = lang_data.load(lang, "quantity_contexts")
    units = _units(lang)

    words = {k.lower(): float(v) for k, v in nums["words"].items()}
    articles = frozenset(w.lower() for w in nums["articles"]["words"])
    fractions = {k.lower(): float(v) for k, v in nums.get("fractions", {}).items()}
    multipliers = {k.lower(): float(v) for k, v in nums["multipliers"].items()}
    money_multipliers = {k.lower(): float(v) for k, v in nums.get("money_multipliers", {}).items()}
    vague = {k.lower(): (float(v["lower"]), float(v["upper"])) for k, v in nums.get("vague", {}).items()}
    several = frozenset(w.lower() for w in nums.get("several", {}).get("words", []))

    def markers(table: dict) -> dict[str, Marker]:
        return {k.lower(): Marker(v.get("bound"), bool(v.get("approx", False))) for k, v in table.items()}

    before = markers(bounds.get("before", {}))
    after = markers(bounds.get("after", {}))
    joiners = tuple(bounds["range"]["joiners"])
    alternatives = frozenset(w.lower() for w in bounds["range"].get("alternatives", []))
    pairs = tuple((a, b) for a, b in bounds["range"]["pairs"])

    sep = re.escape(nums["separators"]["decimal"] + nums["separators"]["thousands"]) + "'\u00a0\u202f\u2009"
    # "2 000" with a plain space groups thousands only when every group after the first has 3 digits
    dec = re.escape(nums["separators"]["decimal"])
    digits = rf"(?<![\w.,])(?:\d{{1,3}}(?: \d{{3}})+(?:{dec}\d+)?(?![\d.,]\d)|\d+(?:[{sep}]\d+)*)"
    spaced = lambda alt: alt.replace(r"\ ", r"\s+")  # noqa: E731 - multi-word entries match any spacing
    word_alt = _alt(words)
    art = _alt(articles)
    frac = _alt(fractions)
    mult_words = _alt(m for m in multipliers if len(m) > 1 and m.isalpha())
    language = language_of(lang)
    joiner = nums.get("joiner", "")
    word_seq = language.number_run(word_alt, re.escape(joiner))
    # "ein Prozent", "one percent", "a dollar", "ein Megawatt": an article is a figure before
    # money, percent or a measure (not before time: "vor einem Jahr" dates, it counts nothing)
    one_units = _alt(
        u.form
        for u in units.values()
        if u.kind in ("percent", "currency", "measure") and u.form.replace(" ", "").isalpha()
        and len(u.form) > 2
    ).replace(r"\ ", r"\s+")
    core = (
        # every core starts a word with a digit or the first two letters of a number word:
        # all other positions fail at once
        rf"(?<!\w){_gate([*words, *articles, *fractions, *vague, *several, *filter(None, [joiner])])}"
        r"(?:(?i:"
        rf"(?P<art>(?<!\w)(?:(?:{art})\s+(?:(?:{frac})\s+)?|(?:{frac})\s+(?:{art})\s+)(?:{mult_words})(?!\w))"
        rf"|(?P<one>(?<!\w)(?:{art})(?=[ \u00a0]+(?:{one_units})(?!\w)))"
        rf"|(?P<several>(?<!\w)(?:{spaced(_alt(several))})\s+(?:{mult_words})(?!\w))"
        rf"|(?P<vague>(?<!\w){spaced(_words_regex(vague))})"
        rf"|(?P<word>(?<!\w){word_seq})"
        r")"
        rf"|(?P<num>{digits})"
        r")"
    )
    unit_forms_after = [u.form for u in units.values() if u.position in ("after", "both")]
    unit_after = "|".join(
        re.escape(f).replace(r"\ ", r"\s+") + (r"(?!\w)" if f[-1].isalnum() else "")
        for f in sorted(unit_forms_after, key=len, reverse=True)
    )
    currency_before = _alt(
        u.form for u in units.values() if u.kind == "currency" and u.position in ("before", "both")
    )
    before_alt = spaced(_alt(before))
    after_alt = spaced(_alt(after))
    return Grammar(
        lang=lang,
        language=language,
        word_joiner=joiner,
        decimal=nums["separators"]["decimal"],
        thousands=nums["separators"]["thousands"],
        words=words,
        articles=articles,
        fractions=fractions,
        multipliers=multipliers,
        money_multipliers=money_multipliers,
        vague=vague,
        several=several,
        before=before,
        after=after,
        range_joiners=joiners,
        range_alternatives=alternatives,
        range_pairs=pairs,
        units=units,
        year_before=frozenset(w.lower() for w in [*ctx["year_before"], *ctx["months"]]),
        months=frozenset(ctx["months"]),
        id_before=frozenset(ctx["id_before"]),
        ordinal_before=frozenset(w.lower() for w in ctx.get("ordinal_before", [])),
        time_after=frozenset(ctx["time_after"]),
        not_counted=frozenset(w.lower() for w in ctx["not_counted"]),
        age_compound=frozenset(w.lower() for w in ctx["age_compound"]),
        pronominal_before=frozenset(w.lower() for w in ctx.get("pronominal_before", [])),
        irregular_plurals=frozenset(w.lower() for w in ctx.get("irregular_plurals", [])),
        plural_endings=tuple(ctx.get("plural_endings", [])),
        singular_endings=tuple(ctx.get("singular_endings", [])),
        not_noun_endings=tuple(ctx.get("not_noun_endings", [])),
        core=regexcache.compile(core),
        word_part=regexcache.compile(language.number_part(word_alt, re.escape(joiner)), re.IGNORECASE),
        multiplier=regexcache.compile(rf"[ \u00a0]?(?:{_alt(multipliers)})(?!\w)", re.IGNORECASE),
        money_multiplier=regexcache.compile(rf"(?:{_alt(money_multipliers)})(?!\w)", re.IGNORECASE),
        unit_after=regexcache.compile(rf"(?:,-|,–)?[ \u00a0\u202f]?(?:{unit_after})"),
        currency_before=regexcache.compile(rf"(?<!\w)(?:{currency_before})[ \u00a0\u202f]?$"),
        marker_before=regexcache.compile(rf"(?<!\w)(?:{before_alt})\s+$", re.IGNORECASE),
        marker_after=regexcache.compile(
            rf"\s+(?:{after_alt})(?!\w)(?!\s+(?:{_alt(bounds.get('after_blocked_by', []))})(?!\w))",
            re.IGNORECASE,
        ),
        joiner=regexcache.compile(rf"\s*(?:{_alt(joiners)})\s*", re.IGNORECASE),
        opener_before=regexcache.compile(rf"(?<!\w)(?:{_alt(a for a, _ in pairs)})\s+$", re.IGNORECASE),
        vague_of=regexcache.compile(rf"[ \u00a0]+{re.escape(nums['vague_of'])}(?!\w)") if nums.get("vague_of") else None,
    )
