"""Clause segments of a sentence, and the records (Seg, Cue) the claim rules pass around.

A sentence is cut into segments at commas, semicolons, colons and dashes outside
quotations (not at a time's or score's colon, not at a hyphen without spaces); the
reported-speech rules (:mod:`.rules.reported`) then say which cue owns which segments.
Appositions set off by commas ("Max Roth, Sprecher der Polizei,") are joined back into
one segment, and a clause is cut before "und <reporting verb>" so coordinated cues each
own their clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Token
from .lexicon import VerbCue
from .sources import (
    SourcePhrase,
    _first_names,
)
from .state import ClaimState

SEPARATORS = {",", ";", ":", "–", "—", "-"}
COORDINATED = "+"  # Seg.sep of a clause cut before "und <reporting verb>"
RESTART = "."  # Seg.sep before a new sentence the splitter left inside this one ("… problematisch. (c) X Wie …")


@dataclass
class Seg:
    lo: int  # token index, inclusive
    hi: int  # token index, exclusive
    sep: str  # the separator after it ("" at the end)


@dataclass
class Cue:
    k: int  # token index of the cue word
    seg: int
    kind: str  # verb | prep | anaphoric | so | own
    verb: VerbCue | None = None
    phrase: SourcePhrase | None = None
    end: int = 0  # token index after the cue phrase


def segments(state: ClaimState, toks: list[Token]) -> list[Seg]:
    out, lo = [], 0
    for k, t in enumerate(toks):
        if t.text in SEPARATORS and not state.in_quote(t.start) and (t.text != "-" or _spaced(state.text, t)) \
                and not (t.text in ":," and _between_digits(state.text, t)):
            out.append(Seg(lo, k, t.text))
            lo = k + 1
        elif k > lo and state.language.restarts_sentence(state, toks, k):
            out.append(Seg(lo, k, RESTART))
            lo = k
    out.append(Seg(lo, len(toks), ""))
    return [s for s in out if s.hi > s.lo] or [Seg(0, len(toks), "")]


def _spaced(text: str, t: Token) -> bool:
    return text[t.start - 1:t.start] == " " and text[t.end:t.end + 1] == " "


def _between_digits(text: str, t: Token) -> bool:
    """ "6:15 a.m.", "3:1", "2,5 Tonnen", "2,500 tons": a colon or comma inside a time, a score
    or a number separates no clauses."""
    return text[t.start - 1:t.start].isdigit() and text[t.end:t.end + 1].isdigit()


def seg_of(segs: list[Seg], k: int) -> int:
    return next((n for n, s in enumerate(segs) if s.lo <= k < s.hi), len(segs) - 1)


def merge_appositions(state: ClaimState, toks: list[Token], segs: list[Seg]) -> list[Seg]:
    """ "Der Sprecher der Polizei, Max Roth, sagte, …" (or "Max Roth, Sprecher der Polizei,
    sagte"): a subject with a comma-fenced apposition is one segment, so the verb after it
    opens the content instead of claiming the name as its content."""
    n = 0
    while n + 2 < len(segs):
        a, b, c = segs[n], segs[n + 1], segs[n + 2]
        verb = toks[c.lo].text
        if a.sep == "," and b.sep == "," and verb[:1].islower() and verb.lower() in state.lex.verbs \
                and b.hi - b.lo <= 6 and (is_name(toks[b.lo:b.hi]) or is_name(toks[a.lo:a.hi])):
            segs = segs[:n] + [Seg(a.lo, c.hi, c.sep)] + segs[n + 3:]
        elif (merged := state.language.merge_after_inverted_subject(state, toks, segs, n)) is not None:
            segs = merged
        n += 1
    return segs


def split_coordinated(state: ClaimState, toks: list[Token], segs: list[Seg]) -> list[Seg]:
    """ "X streitet die Tat ab und gibt an, …": two coordinated reporting verbs are two
    clauses; the second ("und gibt an") keeps its conjunction, so it takes the first's subject."""
    verbs, out = state.lex.verbs, []
    for seg in segs:
        lo = seg.lo
        verb_at = -1
        for k in range(seg.lo, seg.hi - 1):
            w = toks[k].text
            if w[:1].islower() and w.lower() in verbs and verb_at < 0:
                verb_at = k
            elif verb_at >= 0 and k > verb_at + 1 and w in state.lex.src["predicate_coordinators"] and toks[k + 1].text[:1].islower() \
                    and toks[k + 1].text.lower() in verbs:  # not "sagte und betonte": one clause
                out.append(Seg(lo, k, COORDINATED))
                lo, verb_at = k, -1
        out.append(Seg(lo, seg.hi, seg.sep))
    return out


def is_name(toks: list[Token]) -> bool:
    """Two or three capitalised words that start with a known first name ("Max Roth")."""
    return 2 <= len(toks) <= 3 and toks[0].text in _first_names() and all(
        t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in toks)
