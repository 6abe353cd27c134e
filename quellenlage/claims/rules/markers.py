"""Claims of the cues that are no verbs: "laut X", "X zufolge", "nach Angaben von X",
"seinen Angaben nach", "nach eigenen Angaben", "demnach", "according to X".

Such a cue is a **relay** of a verb claim around it ("Die Ministerin soll laut einem Bericht
der Tageszeitung gewarnt haben" -> source Ministerin, via Tageszeitung); otherwise it owns
the free rest of its sentence, or only its relative clause ("Der Vertrag, der laut X 2 Mio.
kostet, wurde …"). An anaphoric "demnach" takes the last source, or the report named right
before it ("ein Bericht der Zeitung, demzufolge …").
"""

from __future__ import annotations

from ...document import Token
from ..clauses import Cue, Seg
from ..givers import cites, relay_name
from ..subjects import antecedent as relative_antecedent
from .sentence import ReportedSentence


def marker_claim(work: ReportedSentence, c: Cue) -> None:
    """The claim of the non-verb cue ``c`` (added to ``work.made``), or its relay on a verb claim."""
    state, toks, segs, lex, i = work.state, work.toks, work.segs, work.lex, work.i
    pos = toks[c.k].start
    lead_end = toks[segs[1].lo].start if len(segs) > 1 else toks[0].start  # "According to X, an official said"
    host = next((d for d in work.made if d.start <= pos < d.end or (d.start <= max(toks[0].start, lead_end) and d.phrase
                                                                     and c.seg == 0 and d.sentence == i
                                                                     and c.kind == "prep")), None)
    if host is not None and c.phrase is not None and c.kind == "prep":
        relay = host.name or (host.phrase.text if host.phrase is not None else None)
        if relay and cites(state, toks, c.k, c.phrase):  # "Die Agentur meldete unter Berufung auf die Armee, …"
            state.attribute(host, c.phrase, toks)  # the origin speaks; the agency passed it on
            host.via.append(relay)
        else:
            host.via.append(relay_name(c.phrase, state))
        return
    if host is not None:
        return
    free = [n for n in range(len(segs)) if n > work.owned]
    if not free or c.seg < free[0]:
        return
    cue_span = (pos, toks[max(c.k, c.end - 1)].end)
    if _relative_clause(toks, segs, c, lex):  # "Der Vertrag, der laut X 2 Mio. kostet, wurde …": only the clause
        seg = segs[c.seg]
        lo, hi = toks[seg.lo].start, toks[seg.hi - 1].end
        rest = [t.text for t in toks[seg.lo:seg.hi] if t.start >= c.phrase.end]
        if c.seg + 1 < len(segs) and all(w[:1].isupper() or w.lower() in lex.src["prepositions"] | lex.src["determiners"]
                                         for w in rest):  # "…, die aus Sicht von X vom Y, zu wünschen übrig ließ"
            hi = toks[segs[c.seg + 1].hi - 1].end
        d = work.draft(lo, hi, lo, hi, cue=cue_span, cue_kind=c.kind, inner=True)
        state.attribute(d, c.phrase, toks)
        work.made.append(d)
        return
    lo, hi = toks[segs[free[0]].lo].start, toks[-1].end
    cstart, cend = _content_beside(toks, segs, free[0], c, lo, hi, lex)
    d = work.draft(lo, hi, cstart, cend, cue=cue_span, cue_kind=c.kind)
    report = _relative_report(toks, segs, c, lex, work.text) if c.kind == "anaphoric" else None
    if report is not None:  # "…, ein Bericht der Zeitung, demzufolge …": the report before the comma
        state.attribute(d, report, toks)
    elif c.kind == "anaphoric":
        if state.last is None:
            return
        state.inherit(d, state.last)
    else:
        state.attribute(d, c.phrase, toks)
        if c.kind == "after" and c.phrase is not None and c.phrase.text.lower() == c.phrase.head.lower() \
                and c.phrase.head.lower() in lex.src["documents"]:
            d.phrase, d.name, d.mode, d.kind = None, None, "reportive", "unnamed"
    work.made.append(d)
    work.owned = len(segs)


def _relative_report(toks: list[Token], segs: list[Seg], c: Cue, lex, text: str):
    """An anaphoric marker that opens a relative clause right after a comma ("ein Bericht,
    demzufolge …"): the document noun before the comma is the source, not the last speaker."""
    if c.seg == 0 or c.k != segs[c.seg].lo or segs[c.seg - 1].sep != ",":
        return None
    prev = segs[c.seg - 1]
    phrase = relative_antecedent(toks, prev.lo, prev.hi, lex, text)
    if phrase is None:
        return None
    head = phrase.head.split("-")[-1].lower()  # "Reuters-Bericht" -> "bericht"
    return phrase if head in lex.src["documents"] else None


def _relative_clause(toks: list[Token], segs: list[Seg], c: Cue, lex) -> bool:
    """A prepositional cue ("laut X", "according to X") inside a relative clause that stands
    between commas after its noun ("…, bei dem laut X …, …", "…, which according to X …,"):
    it attributes only that clause, not the sentence around it."""
    if c.kind != "prep" or c.phrase is None or c.seg == 0 or segs[c.seg - 1].sep != "," \
            or c.seg == len(segs) - 1 or segs[c.seg].sep != ",":
        return False
    k = segs[c.seg].lo
    if toks[k].text.lower() in lex.src["prepositions"] and k + 1 < c.k:
        k += 1
    return k < c.k and toks[k].text.lower() in lex.src["relative_openers"]


def _content_beside(toks: list[Token], segs: list[Seg], first: int, c: Cue, lo: int, hi: int, lex) -> tuple[int, int]:
    """The content of a prepositional cue's claim without the cue and its source: "Y, according to
    X" -> Y; "According to X, Y" and "Laut Polizei wurden …" -> what follows X; else the whole."""
    if c.kind != "prep" or c.phrase is None:
        return lo, hi
    lead = segs[c.seg].lo
    while lead < c.k and toks[lead].text.lower() in lex.src["conjunctions"]:
        lead += 1
    if lead != c.k:
        return lo, hi  # the cue stands inside its clause: "Der Umsatz sank laut X um …"
    if c.seg == len(segs) - 1 and c.seg > first:
        return lo, toks[segs[c.seg - 1].hi - 1].end
    if c.seg == first:
        if c.seg + 1 < len(segs):
            return toks[segs[c.seg + 1].lo].start, hi
        after = next((n for n in range(c.k, len(toks)) if toks[n].start >= c.phrase.end), len(toks))
        if after < len(toks) and toks[after].end < hi:
            return toks[after].start, hi
    return lo, hi
