"""The claim cues of a language, compiled once, and the gate that says which sentences may
hold one: read by the tagger (which tags only near a cue) and by the claims stage alike.

Both stages ask the same question of the same sentence ("may it hold a claim cue?"), so
the answer is computed once per sentence and kept in the document's ``user_data`` (under
:data:`MEMO_KEY`, outside the contract) together with what it was computed from; the
``Sentence`` itself carries no stage's cache. The markers are compiled here, once, from
``lang/<lang>/claim_markers.toml`` and the verb forms of ``claim_verbs.toml``; the claims
lexicon (:mod:`quellenlage.claims.lexicon`) takes its marker patterns from here, so gate
and claims rules can never disagree about what a marker is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from operator import attrgetter
from typing import Any

from .. import regexcache
from ..regexfast import fast_alternation
from . import MissingResource, load

_TEXT = attrgetter("text")
#: the key of the gate's answers in ``Document.user_data``
MEMO_KEY = "claim_cue_gate"
WORD_START = r"(?<!\w)"
#: what may stand before a trailing "so" cue ("…, so Berger")
BEFORE_TRAILING_SO = (",", "–", "—", "-")
#: a quotation mark or a colon: a quote or an introduction may follow
QUOTE_OR_COLON = r"[\"„“”»«:]"
#: the fields of :class:`ClaimMarkers` whose patterns a cue may start with (as in ``patterns()``)
MARKER_NAMES = ["source_before", "source_after", "source_from", "possessive", "own", "anaphoric",
                "reportive_marker", "reportive_plain"]
#: the source words after "laut", "according to" (up to six words)
SOURCE = r"(?P<src>[^\W\d_][\w\-.’']*(?:\s+[^\W\d_][\w\-.’']*){0,5})"


def alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def fast_or_plain(patterns: list[str], flags: int = re.IGNORECASE) -> str:
    """The alternation of ``patterns`` grouped by first letter where each opens with one
    (:func:`quellenlage.regexfast.fast_alternation`: the same matches, most word starts rejected
    without entering a branch), else the plain alternation."""
    return fast_alternation(patterns, flags) or alternation(patterns)


def whole_words(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern | None:
    """The patterns as one regex matching whole words only; None for no patterns."""
    if not patterns:
        return None
    return regexcache.compile(rf"(?<!\w)(?:{fast_or_plain(patterns, flags)})(?!\w)", flags)


def word_start_alternation(patterns: list[str]) -> str:
    r"""``"|".join(patterns)``, matching the same, with the patterns that all begin with
    ``(?<!\w)`` sharing that one test: the regex then tries them only where a word starts,
    which halves the time of a search over a sentence. A pattern that is itself an
    alternation at its top level (``(?<!\w)a|b``) is kept whole."""
    from re import _constants, _parser

    shared, alone = [], []
    for p in patterns:
        try:
            first = _parser.parse(p).data[0][0] if p.startswith(WORD_START) else None
        except Exception:  # noqa: BLE001 -- the private parser changed or refused: keep the pattern whole
            first = None
        if first is _constants.ASSERT_NOT:
            shared.append(f"(?:{p[len(WORD_START):]})")
        else:
            alone.append(p)
    return "|".join(([f"{WORD_START}(?:{'|'.join(shared)})"] if shared else []) + alone)


def optional(lang: str, name: str) -> dict:
    """The TOML resource, or an empty dict when the language has none."""
    try:
        return load(lang, name)
    except MissingResource:
        return {}


@dataclass(frozen=True)
class ClaimMarkers:
    """The markers of ``claim_markers.toml`` other than verbs, compiled."""

    source_before: re.Pattern | None = None  # "laut X": group 'cue', source follows
    source_after: re.Pattern | None = None  # "X zufolge": marker follows the source
    source_from: re.Pattern | None = None  # "aus X hieß es": marker after a PP naming the source
    possessive: re.Pattern | None = None
    own: re.Pattern | None = None
    anaphoric: re.Pattern | None = None
    reportive_marker: re.Pattern | None = None
    reportive_plain: re.Pattern | None = None  # hearsay that keeps no distance ("it has been reported that")
    trailing_so: frozenset[str] = frozenset()
    #: field name -> its entries as ``(pattern, what follows it)``: what each pattern above matches
    #: after a word start, entry by entry, for the gates (:meth:`any_of`)
    entries: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def patterns(self) -> list[re.Pattern]:
        """Every marker pattern a cue may start with, in a fixed order."""
        return [p for p in (getattr(self, name) for name in MARKER_NAMES) if p is not None]

    def any_of(self, names: list[str], extra: list[tuple[str, str]] | None = None) -> str | None:
        """A regex that matches where one of the patterns ``names`` matches (its groups aside): their
        entries in one alternation grouped by first letter after one word-start test, so a word
        start no entry opens with costs one class test per letter where the patterns nested in one
        alternation entered each pattern's branch; ``extra`` entries ``(pattern, tail)`` join them.
        None when the entries cannot be laid out so (a group name written twice; the caller then
        joins the patterns themselves)."""
        entries = [e for name in names for e in self.entries.get(name, ())] + list(extra or ())
        body = fast_alternation(entries, re.IGNORECASE, ordered=False) if entries else None
        if body is None:
            return None
        names = re.findall(r"\(\?P<(\w+)>", body)
        if len(names) != len(set(names)):
            return None
        return rf"{WORD_START}(?:{body})"


@cache
def claim_markers(lang: str) -> ClaimMarkers:
    m = optional(lang, "claim_markers")
    before = list(m.get("source_before", []))
    rep = m.get("reportive", {})
    words = {"source_after": m.get("source_after", []), "source_from": m.get("source_from", []),
             "possessive": m.get("possessive", []), "own": m.get("own", []), "anaphoric": m.get("anaphoric", []),
             "reportive_marker": rep.get("markers", []), "reportive_plain": rep.get("plain", [])}
    entries = {name: tuple((p, r"(?!\w)") for p in ps) for name, ps in words.items()}
    entries["source_before"] = tuple((p.replace("SRC", SOURCE), r"\s+") for p in before)
    return ClaimMarkers(
        source_before=regexcache.compile(rf"(?<!\w)(?P<cue>{fast_or_plain([p.replace('SRC', SOURCE) for p in before])})\s+",
                                 re.IGNORECASE) if before else None,
        source_after=whole_words(m.get("source_after", [])),
        source_from=whole_words(m.get("source_from", [])),
        possessive=whole_words(m.get("possessive", [])),
        own=whole_words(m.get("own", [])),
        anaphoric=whole_words(m.get("anaphoric", [])),
        reportive_marker=whole_words(rep.get("markers", [])),
        reportive_plain=whole_words(rep.get("plain", [])),
        trailing_so=frozenset(w.lower() for w in m.get("trailing_so", [])),
        entries=entries,
    )


def verb_forms(lang: str) -> list[str]:
    """Every form of every reporting verb (``forms`` and ``joined``), lower case, in file order."""
    forms: dict[str, None] = {}
    for spec in optional(lang, "claim_verbs").get("verbs", {}).values():
        for key in ("forms", "joined"):
            for form in spec.get(key, "").split():
                forms.setdefault(form.lower(), None)
    return list(forms)


@dataclass(frozen=True)
class CueGate:
    """Whether a sentence may hold a claim cue: a reporting-verb token (a set lookup, far cheaper
    than a regex over hundreds of verb forms), a trailing "so", a marker, a quote mark or a colon."""

    verbs: frozenset[str]
    trailing_so: frozenset[str]
    any_cue_source: str  # any cue at all, verbs included (one regex), for sentences without tokens
    any_marker: re.Pattern  # the same without the verb forms

    @cached_property
    def any_cue(self) -> re.Pattern:
        """:attr:`any_cue_source` compiled on first use: an alternation of every verb form costs a
        tenth of a second to compile, and only a sentence without tokens needs it."""
        return regexcache.compile(self.any_cue_source, re.IGNORECASE)

    def may_hold_cue(self, text: str, sentence, memo: dict[int, Any] | None = None) -> bool:
        """The answer for ``sentence`` of ``text``. With ``memo`` (the document's, see
        :func:`memo_of`), an answer is kept with what it was computed from (this gate, the text,
        the token list and its length, by identity) and reused while they stay the same."""
        if memo is None:
            return self._may_hold_cue(text, sentence)
        tokens = sentence.tokens
        kept = memo.get(id(sentence))
        if kept is not None and kept[0] is sentence and kept[1] is self and kept[2] is text \
                and kept[3] is tokens and kept[4] == len(tokens):
            return kept[5]
        found = self._may_hold_cue(text, sentence)
        memo[id(sentence)] = (sentence, self, text, tokens, len(tokens), found)
        return found

    def _may_hold_cue(self, text: str, sentence) -> bool:
        if sentence.tokens:
            lows = list(map(str.lower, map(_TEXT, sentence.tokens)))  # in C: every sentence is asked
            if not self.verbs.isdisjoint(lows):
                return True
            if not self.trailing_so.isdisjoint(lows) and any(  # "…, so Berger"
                    low in self.trailing_so and prev in BEFORE_TRAILING_SO for prev, low in pairwise(lows)):
                return True
            return self.any_marker.search(text, sentence.start, sentence.end) is not None
        return self.any_cue.search(text, sentence.start, sentence.end) is not None


@cache
def cue_gate(lang: str) -> CueGate:
    """The gate of ``lang``; one that finds nothing for a language without claim word lists."""
    forms = verb_forms(lang)
    markers = claim_markers(lang)
    extra = [p.pattern for p in markers.patterns()]
    nothing = re.compile(r"(?!)")
    if not forms and not extra:
        return CueGate(frozenset(), markers.trailing_so, nothing.pattern, nothing)
    cues = [re.escape(f) for f in forms]
    marker = markers.any_of(MARKER_NAMES) or word_start_alternation(extra) or "(?!)"
    return CueGate(
        verbs=frozenset(forms),
        trailing_so=markers.trailing_so,
        any_cue_source=rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)|{'|'.join(extra) or '(?!)'}|{QUOTE_OR_COLON}",
        any_marker=regexcache.compile(rf"{marker}|{QUOTE_OR_COLON}", re.IGNORECASE),
    )


def memo_of(user_data: dict) -> dict[int, Any]:
    """The gate's kept answers for one document (``doc.user_data``)."""
    return user_data.setdefault(MEMO_KEY, {})
