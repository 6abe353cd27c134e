"""What the words around one reporting verb say, and which clause segments its claim owns.

:func:`read_verb` reads, once per verb cue, the facts every later decision needs (does
the verb head its segment, does a content clause open after it, does its speaker trail
after the content). :data:`OWNERSHIP` then lists, in order, the ways a verb can own
segments; the first that applies decides:

=====================  ===================================================================
heading verb           "…, sagte X" / "…, so X" / "…, wie das Amt mitteilte": the segments before
report clause          "Wie das Amt mitteilte, …": the segments after
report of a report     "Die Zeitung berichtet, der Minister habe gesagt, …": a relay, no claim
opening verb           "sagte, die Lage sei ernst" / "sagte, dass …" / "X sagte: …": the next segments
verb with preposition  "warnte vor …", "sprach von …", "cited a lack of …": its own segment on
figure verb            "meldete einen Verlust von 5 Mio.": its own segment on
own-segment verb       a denial or "soll … haben": its own segment only
inline verb            English "said the bridge would reopen": the clause right after it
trailing verb          English "The talks failed, the minister said.": the segments before
=====================  ===================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...nlp.morphology import has_reported_mood
from ..clauses import RESTART, Cue, Seg
from ..core import Draft, strip_determiner
from ..cues import bracket_object, object_follows, prep_follows, source_near
from ..lexicon import zu_infinitive
from ..sources import SourcePhrase, read_np
from .sentence import ReportedSentence


@dataclass
class VerbReading:
    """The facts about one verb cue that decide what it owns and who its speaker is."""

    n: int  # index of the cue among the sentence's verb cues
    cue: Cue
    seg: Seg  # the verb's segment
    first: str  # first word of that segment, lower case
    next_first: str  # first word of the next segment ("" at the end)
    next_cue_seg: int  # the segment of the next verb cue that ends this one's content
    parenthetical: bool  # German "…, das betonte X, …": the verb after a fronted pronoun
    heading: bool  # the verb heads its segment: its content stands before it
    opens: bool  # the next segment is its content clause
    inline: bool  # its content clause follows it in its own segment (English)
    trailing: SourcePhrase | None  # its speaker, when it trails the content (English)
    heading_clause: bool  # "An official, who …, said the talks failed"
    participle: bool  # "…, the minister said, adding that …"
    plain: str  # the segment's text with quotations blanked
    bracket: int | None = None  # a content-object participle closing a verb bracket with its object
    # inside: the finite auxiliary's index ("Der Verband hat den Ausbau gefordert"), else None


@dataclass
class Ownership:
    """The segments a verb's claim owns: its content (``lo``..``hi``) and its whole span
    (``span_lo``..``span_hi``), with what the deciding rule found on the way."""

    lo: int
    hi: int
    span_lo: int
    span_hi: int
    inline: bool = False  # the content starts after the verb (and its addressee) in its segment
    tail: SourcePhrase | None = None  # the trailing speaker the content ends before
    follow: Draft | None = None  # a quotation after "…, X said, but “…”": X's direct claim too

    @property
    def empty(self) -> bool:
        return self.hi < self.lo


def nothing() -> Ownership:
    """A verb that owns nothing, but whose rule has decided: stop looking for a claim."""
    return Ownership(0, -1, 0, -1)


def _whole(work: ReportedSentence, r: VerbReading, lo: int, span_lo: int) -> Ownership:
    """From ``lo`` up to the segment before the next cue's (spanning from ``span_lo``)."""
    return Ownership(lo, r.next_cue_seg - 1, span_lo, r.next_cue_seg - 1)


# -- reading the verb -------------------------------------------------------------------

def read_verb(work: ReportedSentence, n: int, verb_cues: list[Cue]) -> VerbReading:
    c = verb_cues[n]
    lex, toks, language = work.lex, work.toks, work.state.language
    seg = work.segs[c.seg]
    first = work.word(seg.lo)
    next_first = work.first_word(c.seg + 1)
    parenthetical = c.seg > 0 and c.k == seg.lo + 1 and first in lex.backward  # "…, das betonte X, …"
    heading = c.kind == "so" or c.k == seg.lo or first in lex.src["report_clause_openers"] or parenthetical or (
        c.seg > 0 and (first in lex.src["skip"] or first in lex.verbs)  # "Bereits am Montag hat X erklärt, …" heads nothing
        and language.may_precede_heading_verb(toks, seg.lo, c.k, lex))
    opens = _content_clause_next(work, c, seg, next_first)
    inline = language.content_follows_verb(work, c, seg)
    trailing = language.trailing_speaker(work, c, seg)
    if trailing is not None:
        inline = False
    heading_clause = language.heading_clause(work, c, seg, heading, inline)  # "An official, who …, said the talks failed"
    participle = language.participle_tag(work, c, seg, inline)  # "…, the minister said, adding that …"
    if heading_clause or participle or (c.kind == "verb" and c.verb.forward):
        heading = False
    if inline:
        opens = False  # English "revealed her site was registered, who …": the clause follows the verb
    bracket = bracket_object(toks, c.k, seg, work.lex) if c.kind == "verb" and c.verb.content_object else None
    return VerbReading(
        n, c, seg, first, next_first, _next_cue_segment(work, n, verb_cues), parenthetical, heading, opens,
        inline, trailing, heading_clause, participle,
        work.state.outside_quotes(toks[seg.lo].start, toks[seg.hi - 1].end), bracket)


def _next_cue_segment(work: ReportedSentence, n: int, verb_cues: list[Cue]) -> int:
    """The segment of the next verb cue that starts a claim of its own (not "…, dass X reagieren
    würde", not an idle coordinated verb), else past the last segment."""
    c = verb_cues[n]
    return next((v.seg for v in verb_cues[n + 1:] if v.seg > c.seg
                 and not (v.verb is not None and v.verb.forward)
                 and not _idle_coordinated(work, work.segs[v.seg], v)), len(work.segs))


def _idle_coordinated(work: ReportedSentence, seg: Seg, v: Cue) -> bool:
    """ "…, and already more than 130 had responded positively": a reporting verb in a coordinated
    clause with nothing after it but adverbs reports nothing of its own, so it does not end the
    content of the cue before it."""
    if work.word(seg.lo) not in work.lex.src["coordinators"] or v.k == seg.lo + 1:
        return False
    return all(work.state.language.is_adverb(t.text) or t.text in ".!?" for t in work.toks[v.k + 1:seg.hi])


def _content_clause_next(work: ReportedSentence, c: Cue, seg: Seg, next_first: str) -> bool:
    """The next segment is the verb's content: after a colon, a complementizer ("dass"), a
    zu-infinitive, or a clause in Konjunktiv ("sagte, die Lage sei ernst")."""
    if c.seg + 1 >= len(work.segs) or c.kind != "verb" or not c.verb.clause:
        return False
    lex, nxt = work.lex, work.segs[c.seg + 1]
    return (seg.sep == ":" and not c.verb.forward) or (next_first in lex.complementizers and not c.verb.forward) \
        or zu_infinitive(work.toks[nxt.lo:nxt.hi], lex) \
        or ((next_first not in lex.src["conjunctions"] or next_first in lex.src["skip"]) and has_reported_mood(
            [t for t in work.toks[nxt.lo:nxt.hi] if not work.state.in_quote(t.start)], lex.lang))


# -- what the verb owns ----------------------------------------------------------------

def heading_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "…, sagte X", "…, so X", "Alle, das betonte X, können …", "Der Plan, sagte X, werde …":
    a verb at the head of a later segment owns the free segments before it."""
    c, owned = r.cue, work.owned
    if not r.heading or c.seg <= owned + 1 or (r.opens and r.next_first in work.lex.complementizers):
        return None
    if r.first in work.lex.src["report_clause_openers"] and c.seg + 1 < len(work.segs) and _opens_sentence(work.segs, c.seg):
        return None  # "Wie das Amt mitteilte, …": the report clause rule
    if _lone_adverbial(work, owned + 1, c.seg):
        return None
    own = Ownership(owned + 1, c.seg - 1, owned + 1, c.seg)
    if r.parenthetical and c.seg + 1 < r.next_cue_seg:  # "Alle, das betonte X, können …": both sides
        own.hi = own.span_hi = r.next_cue_seg - 1
    elif c.k == r.seg.lo and c.kind == "verb":
        around = parenthetical_tag(work, c.seg, r.next_cue_seg)
        if around is not None:  # "Der Plan, sagte X, werde …": the clause around the tag
            own = _whole(work, r, around, around)
    return own


def _lone_adverbial(work: ReportedSentence, lo: int, verb_seg: int) -> bool:
    """ "Als der Zug hielt, jubelten die Fans": the only segment before the verb is an adverbial
    clause (``adverbial_openers``) with no quotation in it, so the verb in second position is
    the main clause's own verb and the clause is no content of it. A clause in reported mood
    still is ("Während dem einen der Witz fehle, sagt X, …")."""
    if lo != verb_seg - 1 or work.first_word(lo) not in work.lex.src["adverbial_openers"]:
        return False
    toks = work.toks[work.segs[lo].lo:work.segs[lo].hi]
    return not any(work.state.in_quote(t.start) for t in toks) and not has_reported_mood(toks, work.lex.lang)


def report_clause(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "Wie das Amt mitteilte, …": a clause that opens the sentence with a report clause opener
    (``report_clause_openers``) owns the segments after it."""
    if r.first in work.lex.src["report_clause_openers"] and _opens_sentence(work.segs, r.cue.seg) and r.cue.seg + 1 < len(work.segs):
        return _whole(work, r, r.cue.seg + 1, r.cue.seg)
    return None


def report_of_report(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "Die Zeitung berichtet, der Minister habe gesagt, dass …": a verb whose content clause is
    itself a report owns nothing; its subject is the relay of the inner claim."""
    c = r.cue
    if not r.opens or r.next_cue_seg != c.seg + 1:
        return None
    phrase = source_near(work.state, work.toks, r.seg.lo, c.k, r.seg.hi)
    if phrase is not None:
        work.pending_via.append(strip_determiner(phrase.text, work.lex))
    return nothing()


def opening_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "sagte, die Lage sei ernst", "sagte, dass …", "X sagte: …": the segments after the verb."""
    return _whole(work, r, r.cue.seg + 1, r.cue.seg) if r.opens else None


def verb_with_preposition(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "warnte vor …", "sprach von …", "bezeichnete den Plan als …", "cited a lack of …": its own
    segment and those up to the next cue."""
    c = r.cue
    if c.kind != "verb" or not (c.verb.content_object and (object_follows(work.toks, c.k, r.seg, work.lex)
                                                           or r.bracket is not None)
                                or c.verb.prep and (
            any(t.text.lower() in c.verb.prep for t in work.toks[r.seg.lo:r.seg.hi])
            or prep_follows(work.toks, c.k, r.seg, c.verb, work.lex))):
        return None
    return _whole(work, r, c.seg, c.seg)


def figure_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """ "meldete einen Verlust von 5 Mio.", "verzeichnete einen Rückgang um 5 Prozent": a verb that
    reports a figure (a figure of the quantities stage after it in its segment) owns its segment on."""
    c, toks = r.cue, work.toks
    if c.kind != "verb" or toks[c.k].text.lower() not in c.verb.figure_forms:
        return None
    after_prep = any(toks[m].text.lower() in work.lex.src["figure_preps"] and toks[m + 1].text[:1].isdigit()
                     for m in range(c.k + 1, r.seg.hi - 1))  # "einen Verlust von 5 Mio."
    if not (after_prep or _figure_object(work, c.k, r.seg.hi)):
        return None
    return _whole(work, r, c.seg, c.seg)


def _figure_object(work: ReportedSentence, k: int, hi: int) -> bool:
    """A figure in the object of the verb ``toks[k]`` before ``toks[hi]``: the figure opens the object
    ("meldete am Dienstag 240 neue Fälle") or follows a noun and its preposition ("einen Rückgang um
    8 Prozent"); after a preposition right behind the verb it is no object ("ermittelte gegen drei
    Männer")."""
    toks, prepositions = work.toks, work.lex.src["prepositions"]
    at = {t.start: n for n, t in enumerate(toks[k + 1:hi], k + 1)}
    for start in work.state.figures_between(toks[k].end, toks[hi - 1].end):
        p = at.get(start)
        if p is None:
            continue
        if toks[p - 1].text.lower() not in prepositions or (p - 2 > k and toks[p - 2].text[:1].isupper()):
            return True
    return False


def own_segment_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """A denial ("hatte die Vorwürfe als haltlos zurückgewiesen") or a reportive "soll … haben":
    its own segment only."""
    c, lex = r.cue, work.lex
    if c.kind != "verb" or not (c.verb.stance != "assert" or (
            lex.reportive_modal is not None and lex.reportive_modal.search(r.plain))):
        return None
    return Ownership(c.seg, c.seg, c.seg, c.seg)


def inline_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """English "said the bridge would reopen": from its own segment (after the verb) on."""
    if not r.inline:
        return None
    own = _whole(work, r, r.cue.seg, r.cue.seg)
    own.inline = True
    return own


def trailing_verb(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """English "The talks failed, the minister said.": the free segments before the speaker; with
    the clause around a short tag ("The plan, he said, will cost …"), or on past a coordinated
    clause ("…, authorities said, and meetings were set up …")."""
    if r.trailing is None:
        return None
    c, owned = r.cue, work.owned
    own = Ownership(owned + 1, c.seg, owned + 1, c.seg, tail=r.trailing)
    around = parenthetical_tag(work, c.seg, r.next_cue_seg) if r.trailing.start == work.toks[r.seg.lo].start else None
    if around is None and _adverbial_before_tag(work, r):  # "In May, he said, the plant will close."
        own.lo, own.hi, own.span_lo, own.span_hi = c.seg + 1, r.next_cue_seg - 1, c.seg, r.next_cue_seg - 1
    elif around is not None:  # "The plan, he said, will cost …", "…, which, he said, scared …"
        own.lo, own.hi, own.span_lo, own.span_hi = around, r.next_cue_seg - 1, around, r.next_cue_seg - 1
    elif c.seg + 1 < r.next_cue_seg and work.first_word(c.seg + 1) in work.lex.src["coordinators"]:
        quote = _quote_at(work, work.segs[c.seg + 1].lo + 1)
        if quote is None:
            own.hi = own.span_hi = r.next_cue_seg - 1  # "…, authorities said, and meetings were set up …"
        else:  # "…, Levy said, but “I want to emphasize …”": the quote is a direct claim of its own
            own.follow = work.draft(quote.start, quote.end, quote.inner[0], quote.inner[1], "direct")
            work.owned = max(work.owned, r.next_cue_seg - 1)
    return own


def _adverbial_before_tag(work: ReportedSentence, r: VerbReading) -> bool:
    """ "Simultaneously, he continued, the state cut taxes", "In May, she said, the plant will
    close": the only segment before the tag opens the sentence and is a short adverbial (an
    adverb, or a phrase led by a preposition), so the content is the clause after the tag."""
    c, segs, lex = r.cue, work.segs, work.lex
    if c.seg != work.owned + 2 or c.seg + 1 >= r.next_cue_seg or not _opens_sentence(segs, c.seg - 1):
        return False
    before = work.toks[segs[c.seg - 1].lo:segs[c.seg - 1].hi]
    first = before[0].text.lower() if before else ""
    adverb = len(before) == 1 and (first.endswith(tuple(lex.src["adverb_endings"])) or first in lex.src["function_words"])
    return (adverb or (len(before) <= 4 and first in lex.src["prepositions"])) \
        and work.first_word(c.seg + 1) not in lex.src["coordinators"] | lex.src["prepositions"]


#: The ways a verb owns segments, in the order they are tried: the first that answers decides.
OWNERSHIP: tuple[Callable[[ReportedSentence, VerbReading], Ownership | None], ...] = (
    heading_verb,
    report_clause,
    report_of_report,
    opening_verb,
    verb_with_preposition,
    figure_verb,
    own_segment_verb,
    inline_verb,
    trailing_verb,
)


def ownership(work: ReportedSentence, r: VerbReading) -> Ownership | None:
    """What the verb owns by the first rule of :data:`OWNERSHIP` that applies; None if none does."""
    for rule in OWNERSHIP:
        own = rule(work, r)
        if own is not None:
            return own
    return None


# -- small readers ---------------------------------------------------------------------

def parenthetical_tag(work: ReportedSentence, n: int, next_cue_seg: int) -> int | None:
    """A short reporting tag set off by commas inside a clause: its subject stands before the tag
    and its predicate after it ("The plan, he said, will cost …", "Der Plan, sagte X, werde …",
    "…, which, she said, scared them off"). The segment where that clause begins, else None.

    Before the tag only a noun phrase (opening the free part of the sentence) or a lone relative
    pronoun; after it a lower-case word that is no article, pronoun, preposition, conjunction or
    adverb, i.e. the clause's verb ("will", "scared", "werde")."""
    segs, toks, lex = work.segs, work.toks, work.lex
    if n < 1 or n + 1 >= next_cue_seg or segs[n - 1].sep != "," or segs[n].sep != "," or segs[n].hi - segs[n].lo > 6:
        return None
    pre, post = segs[n - 1], segs[n + 1]
    word = toks[post.lo].text
    low = word.lower()
    src = lex.src
    if not word.isalpha() or not word[:1].islower() or low in lex.complementizers or low in lex.pronouns or any(
            low in src[k] for k in ("determiners", "prepositions", "conjunctions", "coordinators", "subordinators",
                                    "relative_openers", "subject_pronouns", "adjuncts", "objects", "negators")):
        return None
    if pre.hi - pre.lo == 1 and toks[pre.lo].text.lower() in src["relative_openers"] and n > 1:
        return n - 1
    if n - 1 != work.owned + 1 or toks[pre.lo].text.lower() in src["conjunctions"] | src["prepositions"]:
        return None
    phrase = read_np(toks, pre.lo, lex, work.text, stop=pre.hi)
    if phrase is None or phrase.end < toks[pre.hi - 1].end or phrase.pronoun:
        return None
    return n - 1


def _opens_sentence(segs: list[Seg], n: int) -> bool:
    """Segment ``n`` starts its sentence, or a sentence glued into it (:data:`..clauses.RESTART`)."""
    return n == 0 or segs[n - 1].sep == RESTART


def _quote_at(work: ReportedSentence, k: int):
    """The quotation that opens at token ``k``, if one does."""
    if k >= len(work.toks):
        return None
    return next((q for q in work.state.quotes if q.start == work.toks[k].start), None)
