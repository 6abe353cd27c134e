"""Debris cleanup: drop the page furniture that extraction leaves between story lines.

Share buttons, "Lesen Sie auch", social-media calls, newsletter and app calls,
cookie and login text, tag lists, "Anzeige", comment counters. The kinds are data
(``lang/<lang>/debris.toml``, one ``[[rule]]`` each); this module decides by the
*shape* of a line and its *position*, never by a word alone:

* a rule's pattern must match the whole line (after bullets are stripped), and the
  line must be short enough for the rule, so a story sentence that merely contains
  "Facebook" or "Newsletter" stays;
* ``where = "tail"`` rules apply only in the closing block, after the last story
  paragraph ("Themen" as a tag-list header is debris there, a subheading elsewhere);
* ``then`` drops what a header line introduces: the link title after "Lesen Sie auch:"
  (only when the header stands alone and the next line is shaped like a title) or
  the tag list after "Themen".

Extraction is language-agnostic at this point (the language stage runs later), so
the rules of every language that has a ``debris`` file are applied together; the
patterns are specific enough not to collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import regexcache
from ..lang import MissingResource, available_languages, load

BULLETS = "•·▪►▶›»-–—*+■□◦ \t\u00a0"
SENTENCE_END = re.compile(r"[.!?…:;\"“”»«)]$")
STORY_MIN_WORDS = 10  # a line this long that ends like a sentence is story, not furniture
TITLE_MAX_CHARS = 140
TAG_MAX_CHARS = 80


@dataclass(frozen=True)
class Rule:
    """One kind of debris line, read from a ``[[rule]]`` block."""

    name: str
    lang: str
    pattern: re.Pattern[str]
    max_chars: int = 160
    where: str = "any"  # any | tail
    then: str | None = None  # headline | tags
    example: str | None = None
    lookalike: str | None = None

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and self.pattern.match(normalise(line)) is not None

    def matches_normalised(self, text: str, length: int) -> bool:
        return length <= self.max_chars and self.pattern.match(text) is not None


def normalise(line: str) -> str:
    """The line as rules see it: no leading bullets, no trailing colon or spaces."""
    return line.strip().lstrip(BULLETS).rstrip(" :\t\u00a0").strip()


@cache
def rules(langs: tuple[str, ...] | None = None) -> tuple[Rule, ...]:
    """The debris rules of ``langs`` (default: every language with a debris file)."""
    out = []
    for lang in langs or tuple(available_languages()):
        try:
            data = load(lang, "debris")
        except MissingResource:
            continue
        for entry in data.get("rule", []):
            out.append(Rule(
                name=entry["name"], lang=lang,
                pattern=regexcache.compile(entry["match"], re.I),
                max_chars=int(entry.get("max_chars", 160)),
                where=entry.get("where", "any"),
                then=entry.get("then"),
                example=entry.get("example"),
                lookalike=entry.get("lookalike"),
            ))
    return tuple(out)


def is_story_line(line: str) -> bool:
    """Long enough and ending like a sentence: the kind of line the story is made of."""
    text = normalise(line)
    return len(text.split()) >= STORY_MIN_WORDS and bool(SENTENCE_END.search(text))


def is_title_like(line: str) -> bool:
    """A link title: short, and not ending like a sentence."""
    text = normalise(line)
    return 0 < len(text) <= TITLE_MAX_CHARS and not text.endswith((".", ":", ";"))


def is_tag_like(line: str) -> bool:
    text = normalise(line)
    return 0 < len(text) <= TAG_MAX_CHARS and not SENTENCE_END.search(text.rstrip(")"))


def _longest(active: tuple[Rule, ...]) -> int:
    return max((r.max_chars for r in active), default=0)


def match_rule(line: str, in_tail: bool, active: tuple[Rule, ...], longest: int) -> Rule | None:
    """The first rule of ``active`` the line matches; ``longest`` is ``_longest(active)``, worked
    out once per page by the caller, not per line (hashing the rules for a cache cost more)."""
    length = len(line)
    if length > longest:
        return None  # story paragraphs are longer than any debris line: the common case, decided at once
    text = normalise(line)
    for rule in active:
        if rule.where == "tail" and not in_tail:
            continue
        if rule.matches_normalised(text, length):
            return rule
    return None


def clean_lines(lines: list[str], langs: tuple[str, ...] | None = None) -> tuple[list[str], list[str]]:
    """Split ``lines`` into (kept story lines, removed debris lines), order preserved."""
    active = rules(langs)
    longest = _longest(active)
    matched = [match_rule(line, True, active, longest) for line in lines]
    # The closing block starts after the last story line that no rule claims.
    tail_start = 0
    for i in range(len(lines) - 1, -1, -1):
        if matched[i] is None and is_story_line(lines[i]):
            tail_start = i + 1
            break
    kept: list[str] = []
    removed: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        rule = matched[i] if (matched[i] is None or matched[i].where != "tail" or i >= tail_start) else None
        if rule is None and matched[i] is not None and matched[i].where == "tail":
            rule = match_rule(line, False, active, longest)  # another, position-free rule may still apply
        if rule is None:
            kept.append(line)
            i += 1
            continue
        removed.append(line.strip())
        i += 1
        if rule.then == "headline" and ":" not in normalise(line) and i < len(lines) and matched[i] is None and is_title_like(lines[i]) \
                and not is_story_line(lines[i]):
            removed.append(lines[i].strip())
            i += 1
        elif rule.then == "tags":
            while i < len(lines) and (matched[i] is not None or is_tag_like(lines[i])):
                removed.append(lines[i].strip())
                i += 1
    return kept, removed


def clean_text(text: str, langs: tuple[str, ...] | None = None) -> tuple[str, list[str]]:
    """:func:`clean_lines` over the lines of ``text``; returns (clean text, removed lines)."""
    kept, removed = clean_lines(text.split("\n"), langs)
    return "\n".join(kept), removed
