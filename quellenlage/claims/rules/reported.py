"""The reporting-cue rule: claims of reporting verbs and source markers in one sentence.

The sentence is cut into clause segments at commas, semicolons, colons and dashes outside
quotations (:mod:`..clauses`), and its cues are listed (:mod:`..cues`). Then, in order:

1. **report after the fact**: "Das berichtet das Magazin X." makes the sentence before X's
   claim (and nothing else is read);
2. **agentless relative clause**: "Ein Video, in dem behauptet wird, dass …, ist …" is a
   reportive claim of its own;
3. **verb cues**, one after another (:mod:`.verbs`): each owns clause segments and names
   its speaker;
4. **marker cues** (:mod:`.markers`): "laut X", "X zufolge", … relay a verb claim around
   them or own the rest of the sentence.

The claims are added to the state only after every cue has been read.
"""

from __future__ import annotations

from ..clauses import Seg, merge_appositions, segments, split_coordinated
from ..core import Draft
from ..cues import find_cues, verb_cue
from ..state import ClaimState
from ..subjects import subject_after
from .markers import marker_claim
from .sentence import ReportedSentence
from .verbs import verb_claim


def reported_claims(state: ClaimState, i: int) -> None:
    """Claims with indirect cues in sentence ``i`` (added to the state)."""
    toks = state.sents[i].tokens
    if not toks or report_after_the_fact(state, i):
        return
    segs = split_coordinated(state, toks, merge_appositions(state, toks, segments(state, toks)))
    cues = find_cues(state, toks, segs, state.sents[i].start)
    if not cues:
        return
    work = ReportedSentence(state, i, toks, segs, cues)
    agentless_relative(work)
    verb_cues = [c for c in cues if c.kind in ("verb", "so")]
    for n in range(len(verb_cues)):
        verb_claim(work, n, verb_cues)
    for c in cues:
        if c.kind not in ("verb", "so"):
            marker_claim(work, c)
    for d in work.made:
        state.add(d)


def report_after_the_fact(state: ClaimState, i: int) -> bool:
    """ "Das berichtet das Magazin X.": the sentence before (same paragraph, not yet taken) is X's
    claim. True when that claim was made."""
    s, lex, text = state.sents[i], state.lex, state.text
    toks = s.tokens
    if len(toks) <= 2 or toks[0].text.lower() not in lex.backward or i == 0 or state.is_consumed(toks[0].start):
        return False
    vc = verb_cue(state, toks, 1, Seg(0, len(toks), ""))
    prev = state.sents[i - 1]
    if vc is None or prev.paragraph != s.paragraph or state.is_consumed(prev.start):
        return False
    d = Draft(prev.start, s.end, prev.start, prev.end, "indirect", cue=(toks[1].start, toks[1].end),
              sentence=i, paragraph=s.paragraph, verb_stance=vc.stance)
    state.attribute(d, subject_after(toks, 1, lex, text), toks)
    if d.phrase is None:
        return False
    state.add(d)
    return True


def agentless_relative(work: ReportedSentence) -> None:
    """A relative clause at the start of the sentence that reports without an agent ("Ein Video, in
    dem behauptet wird, dass …, um …, ist …"), with the content clauses after it: a reportive claim
    of its own, which owns up to its last segment (the sentence's own cue owns what follows)."""
    state, toks, segs, lex = work.state, work.toks, work.segs, work.lex
    if lex.agentless_relative is None:
        return
    n = next((n for n in range(1, min(len(segs) - 1, 4)) if segs[n - 1].sep == ","), None)
    if n is None:
        return
    seg = segs[n]
    k = seg.lo + (toks[seg.lo].text.lower() in lex.src["prepositions"])
    if k >= seg.hi or toks[k].text.lower() not in lex.src["relative_openers"]:
        return
    lo, hi = toks[seg.lo].start, toks[seg.hi - 1].end
    if not lex.agentless_relative.search(state.outside_quotes(lo, hi)):
        return
    last = n
    while last + 1 < len(segs) - 1 and segs[last].sep == "," and (
            toks[segs[last + 1].lo].text.lower() in lex.complementizers | lex.src["zu_adverbial"]):
        last += 1
    if last == n:
        return  # nothing reported: "…, in dem berichtet wird."
    end = toks[segs[last].hi - 1].end
    d = work.draft(lo, end, lo, end, "reportive", inner=True)
    d.kind = "unnamed"
    work.made.append(d)
    work.owned = last
