"""Indirect attribution inside one sentence: reporting verbs and prepositional cues.

The sentence is cut into clause segments at commas, semicolons, colons and dashes outside
quotations. Each cue owns segments:

* a verb whose next segment opens with a complementizer ("dass", "ob", "wie") or stands in
  Konjunktiv ("sagte, die Lage sei ernst") or follows a colon owns what follows;
* a verb at the head of a later segment ("…, sagte auch Berger", "…, wie das Amt
  mitteilte", "…, so Berger") owns the segments before it;
* a verb with its preposition ("spricht von", "warnte vor") owns its own segment and the
  relative clauses after it;
* a denial verb or a reportive "soll … haben" owns its segment ("die Regierung hatte die
  Vorwürfe als haltlos zurückgewiesen");
* "laut X", "X zufolge", "nach Angaben von X", "seinen Angaben nach", "nach eigenen
  Angaben", "demnach" own the whole sentence — unless a verb claim of the same sentence
  has a source, in which case X is that claim's relay (``via``): "Die Ministerin soll laut
  einem Bericht der Tageszeitung gewarnt haben" -> source Ministerin, via Tageszeitung.
"""

from __future__ import annotations

from dataclasses import replace

from ..document import Token
from ..nlp.morphology import has_reported_mood
from .clauses import COORDINATED, RESTART, Cue, Seg, merge_appositions, segments, split_coordinated
from .core import Draft, strip_determiner
from .cues import find_cues, prep_follows, relay_name, source_near, verb_cue
from .english import (
    adjuncts_only,
    after_addressee,
    aux_clause,
    clause_follows,
    inline_content,
    media_addressee,
    media_name,
    opens_clause,
    that_after,
)
from .lexicon import zu_infinitive
from .sources import antecedent as relative_antecedent
from .sources import (
    kind_of,
    np_ending_before,
    person_name,
    read_np,
    subject_after,
    subject_before,
)
from .state import ClaimState


def find_reported(state: ClaimState, i: int) -> None:
    """Claims with indirect cues in sentence ``i`` (added to the engine)."""
    s = state.sents[i]
    toks = s.tokens
    if not toks:
        return
    lex, text = state.lex, state.text
    # "Das berichtet das Magazin X." -> the previous sentence is X's claim
    if len(toks) > 2 and toks[0].text.lower() in lex.backward and i > 0 and not state.is_consumed(toks[0].start):
        vc = verb_cue(state, toks, 1, Seg(0, len(toks), ""))
        prev = state.sents[i - 1]
        if vc is not None and prev.paragraph == s.paragraph and not state.is_consumed(prev.start):
            d = Draft(prev.start, s.end, prev.start, prev.end, "indirect", cue=(toks[1].start, toks[1].end),
                      sentence=i, paragraph=s.paragraph, verb_stance=vc.stance)
            state.attribute(d, subject_after(toks, 1, lex, text), toks)
            if d.phrase is not None:
                state.add(d)
                return
    segs = split_coordinated(state, toks, merge_appositions(state, toks, segments(state, toks)))
    cues = find_cues(state, toks, segs, s.start)
    if not cues:
        return
    made: list[Draft] = []
    owned = -1  # last segment index owned by a claim
    inner = _agentless_relative(state, toks, segs, i)
    if inner is not None:  # "Ein Video, in dem behauptet wird, dass …, ist erfunden, sagte X"
        made.append(inner[0])
        owned = inner[1]
    pending_via: list[str] = []
    verb_cues = [c for c in cues if c.kind in ("verb", "so")]
    for n, c in enumerate(verb_cues):
        seg = segs[c.seg]
        if toks[seg.lo].text.lower() in lex.src["question_frames"]:
            continue  # "Asked what he thought, …": the question, not a claim
        if any(d.cstart <= toks[c.k].start < d.cend for d in made):
            continue  # "said first responders found a man": a verb inside a claim's content is part of it
        nxt_cue_seg = next((v.seg for v in verb_cues[n + 1:] if v.seg > c.seg
                            and not (v.verb is not None and v.verb.forward)  # "…, dass X reagieren würde"
                            and not _idle_coordinated(toks, segs[v.seg], v, lex)), len(segs))
        first = toks[seg.lo].text.lower()
        parenthetical = c.seg > 0 and c.k == seg.lo + 1 and first in lex.backward and not lex.subject_first
        heady = c.kind == "so" or c.k == seg.lo or first == "wie" or parenthetical or (
            (first in lex.src["skip"] or first in lex.verbs)
            # English "…, has roiled Republicans who suspect": only auxiliaries may precede a heading verb
            and not (lex.subject_first and any(toks[x].text.lower() not in lex.src["skip"] for x in range(seg.lo, c.k))))
        nxt = segs[c.seg + 1] if c.seg + 1 < len(segs) else None
        nxt_first = toks[nxt.lo].text.lower() if nxt else ""
        opens = nxt is not None and c.kind == "verb" and c.verb.clause and (
            (seg.sep == ":" and not c.verb.forward) or (nxt_first in lex.complementizers and not c.verb.forward) or zu_infinitive(toks[nxt.lo:nxt.hi], lex)
            or ((nxt_first not in lex.src["conjunctions"] or nxt_first in lex.src["skip"]) and has_reported_mood(
                [t for t in toks[nxt.lo:nxt.hi] if not state.in_quote(t.start)], lex.lang)))
        can_inline = c.kind == "verb" and lex.subject_first and c.verb.clause and c.k + 1 < seg.hi and (
            c.verb.bare or toks[c.k + 1].text.lower() in lex.complementizers or that_after(toks, c.k, seg.hi, lex) > 0
            or aux_clause(toks, c.k + 1, seg.hi, lex, text)
            or (c.verb.infinitive and toks[c.k + 1].text.lower() == "to" and c.k + 2 < seg.hi
                and toks[c.k + 2].text[:1].islower() and toks[c.k + 2].text.lower() not in lex.src["determiners"])) \
            and toks[c.k + 1].text.lower() not in lex.src["not_content"] \
            and not (toks[c.k].text.endswith("ing") and not opens_clause(toks, c.k + 1, lex))  # "adding emphasis"
        tail_cand = None
        if c.kind == "verb" and lex.subject_first and c.verb.clause and seg.lo < c.k and (
                c.k == seg.hi - 1 or adjuncts_only(toks, c.k + 1, seg.hi, lex)
                or (c.verb.object and adjuncts_only(toks, after_addressee(toks, c.k + 1, seg.hi, lex, text), seg.hi, lex))):
            whole = read_np(toks, seg.lo, lex, text, stop=c.k)  # '…, officials said', '…, economist Lena Brooks said'
            tail_cand = whole if whole is not None and whole.end >= toks[c.k - 1].end else \
                np_ending_before(toks, seg.lo, c.k, lex, text)  # '…," Woodard said, …', '…, she told Reuters.'
            tail_cand = _coordinated_title(toks, seg.lo, tail_cand, lex, text)
            if tail_cand is None or tail_cand.start <= toks[segs[owned + 1].lo].start or \
                    text[tail_cand.start - 2:tail_cand.start].strip() not in ("", ",", "\"", "”", "“", "'"):
                tail_cand = None
            else:
                can_inline = False
        heading_clause = heady and lex.subject_first and c.k == seg.lo and can_inline and c.seg >= owned + 3 \
            and segs[c.seg - 1].sep == segs[c.seg - 2].sep == "," \
            and clause_follows(toks, c.k, seg.hi, lex, text)  # "An official, who …, said the talks failed"
        participle = lex.subject_first and c.kind == "verb" and c.k == seg.lo and c.seg > 0 and can_inline \
            and toks[c.k].text.lower().endswith("ing")  # "…, the minister said, adding that …"
        if heading_clause or participle or (c.kind == "verb" and c.verb.forward):
            heady = False
        if can_inline:
            opens = False  # English "revealed her site was registered, who …": the clause follows the verb
        plain = state.outside_quotes(toks[seg.lo].start, toks[seg.hi - 1].end)
        lo_seg = hi_seg = None
        if heady and c.seg > owned + 1 and not (opens and nxt_first in lex.complementizers):
            lo_seg, hi_seg, span_lo, span_hi = owned + 1, c.seg - 1, owned + 1, c.seg
            if parenthetical and c.seg + 1 < nxt_cue_seg:  # "Alle, das betonte X, können …": both sides
                hi_seg = span_hi = nxt_cue_seg - 1
            elif c.k == seg.lo and c.kind == "verb":
                around = _parenthetical_tag(toks, segs, c.seg, owned, nxt_cue_seg, lex, text)
                if around is not None:  # "Der Plan, sagte X, werde …": the clause around the tag
                    lo_seg, hi_seg, span_lo, span_hi = around, nxt_cue_seg - 1, around, nxt_cue_seg - 1
            if first == "wie" and c.seg + 1 < len(segs) and _opens_sentence(segs, c.seg):
                lo_seg = hi_seg = None
        if lo_seg is None and first == "wie" and _opens_sentence(segs, c.seg) and c.seg + 1 < len(segs):
            # "Wie das Amt mitteilte, …"
            lo_seg, hi_seg, span_lo, span_hi = c.seg + 1, nxt_cue_seg - 1, c.seg, nxt_cue_seg - 1
        if lo_seg is None and opens:
            if nxt_cue_seg == c.seg + 1:  # "Die Zeitung berichtet, der Minister habe gesagt, dass …"
                phrase = source_near(state, toks, seg.lo, c.k, seg.hi)
                if phrase is not None:
                    pending_via.append(strip_determiner(phrase.text, lex))
                continue
            lo_seg, hi_seg, span_lo, span_hi = c.seg + 1, nxt_cue_seg - 1, c.seg, nxt_cue_seg - 1
        if lo_seg is None and c.kind == "verb" and (c.verb.content_object or c.verb.prep and (any(
                t.text.lower() in c.verb.prep for t in toks[seg.lo:seg.hi]) or prep_follows(toks, c.k, seg, c.verb, lex))):
            lo_seg, hi_seg, span_lo, span_hi = c.seg, nxt_cue_seg - 1, c.seg, nxt_cue_seg - 1
        if lo_seg is None and c.kind == "verb" and toks[c.k].text.lower() in c.verb.figure_forms \
                and any(toks[m].text.lower() in lex.src["figure_preps"] and toks[m + 1].text[:1].isdigit()
                        for m in range(c.k + 1, seg.hi - 1)):
            lo_seg, hi_seg, span_lo, span_hi = c.seg, nxt_cue_seg - 1, c.seg, nxt_cue_seg - 1  # "meldete einen Verlust von 5 Mio."
        if lo_seg is None and c.kind == "verb" and (c.verb.stance != "assert" or (
                lex.reportive_modal is not None and lex.reportive_modal.search(plain))):
            lo_seg, hi_seg, span_lo, span_hi = c.seg, c.seg, c.seg, c.seg
        inline = False
        if lo_seg is None and can_inline:
            lo_seg, hi_seg, span_lo, span_hi = c.seg, nxt_cue_seg - 1, c.seg, nxt_cue_seg - 1
            inline = True
        tail_phrase = follow = None
        if lo_seg is None and tail_cand is not None:
            tail_phrase = tail_cand
            lo_seg, hi_seg, span_lo, span_hi = owned + 1, c.seg, owned + 1, c.seg
            around = _parenthetical_tag(toks, segs, c.seg, owned, nxt_cue_seg, lex, text) \
                if tail_cand.start == toks[seg.lo].start else None
            if around is not None:  # "The plan, he said, will cost …", "…, which, he said, scared …"
                lo_seg, hi_seg, span_lo, span_hi = around, nxt_cue_seg - 1, around, nxt_cue_seg - 1
            elif c.seg + 1 < nxt_cue_seg and toks[segs[c.seg + 1].lo].text.lower() in lex.src["coordinators"]:
                quote = _quote_at(state, toks, segs[c.seg + 1].lo + 1)
                if quote is None:
                    hi_seg = span_hi = nxt_cue_seg - 1  # "…, authorities said, and meetings were set up …"
                else:  # "…, Levy said, but “I want to emphasize …”": the quote is a direct claim of its own
                    follow = Draft(quote.start, quote.end, quote.inner[0], quote.inner[1], "direct",
                                   sentence=i, paragraph=s.paragraph)
                    owned = max(owned, nxt_cue_seg - 1)
        if heading_clause or (participle and not made):
            span_lo = owned + 1
        if lo_seg is None or hi_seg < lo_seg:
            continue
        antecedent = None
        if c.kind == "verb" and seg.lo < c.k and toks[seg.lo].text.lower() in lex.src["neuter_pronouns"] \
                and all(t.text.lower() in lex.src["skip"] for t in toks[seg.lo + 1:c.k]):
            antecedent = _neuter_antecedent(state, i)  # "The agency said … . It also cited …"
            if antecedent is None:
                continue
            phrase = antecedent.phrase
        elif tail_phrase is not None:
            phrase = tail_phrase
        elif heading_clause:
            phrase = subject_before(toks, segs[owned + 1].lo, segs[owned + 1].hi, lex, text)
        elif participle:  # the subject of the claim before, else of the sentence
            past = next((m for m in range(segs[0].lo + 1, segs[0].hi) if toks[m].text.endswith("ed")), segs[0].hi)
            phrase = made[-1].phrase if made else subject_before(toks, segs[0].lo, past, lex, text)  # "X issued …"
        elif c.kind == "so":
            phrase = c.phrase
        elif first in lex.src["prepositions"] and lex.subject_first and seg.lo + 2 < c.k \
                and toks[seg.lo + 1].text.lower() in lex.src["relative_openers"] and _subject_opens(toks[seg.lo + 2], lex) \
                and seg.hi - c.k > 2:
            phrase = subject_before(toks, seg.lo + 2, c.k, lex, text)  # "…, for which Lee said he's thankful"
        elif first in lex.src["prepositions"] and first not in lex.src["conjunctions"]:
            phrase = subject_after(toks, c.k, lex, text, stop=seg.hi)
        elif c.verb is not None and c.verb.content_object:  # what follows the verb is the content, never its subject
            phrase = subject_before(toks, seg.lo, c.k, lex, text)
        else:
            phrase = source_near(state, toks, seg.lo, c.k, seg.hi)
            if c.seg > 0 and segs[c.seg - 1].sep == "," and (phrase is None and c.k == seg.lo or lex.subject_first and c.seg == 1 and phrase is not None
                                          and phrase.start == toks[seg.lo].start
                                          and not phrase.text[:1].isupper() and not phrase.pronoun
                                          and toks[segs[0].lo].text[:1].isupper()
                                          and toks[segs[0].lo].text.lower() not in lex.src["conjunctions"]
                                          # a name before the apposition, not a fronted "Last month, the agency said"
                                          and all(t.text[:1].isupper() for t in toks[segs[0].lo:segs[0].hi] if t.text.isalpha())):
                head = subject_before(toks, segs[0].lo, segs[0].hi, lex, text)  # "Gilley, author of …, argued"
                if head is not None and (phrase is None or head.end >= toks[segs[0].hi - 1].end):
                    phrase = head
        if phrase is not None and c.verb is not None and c.verb.infinitive and phrase.start > toks[c.k].start \
                and c.k + 1 < len(toks) and toks[c.k + 1].text.lower() == "to":
            phrase = None  # "…, and pledged to form a commission in Costa Rica": the infinitive has no subject
        if phrase is None and not made and lex.subject_first and c.seg > 0 and c.k == seg.lo + 1 \
                and toks[seg.lo].text.lower() in lex.src["coordinators"] and toks[c.k].text.endswith("ed"):
            phrase = _clause_subject(toks, segs[0], lex, text)  # "Mayor X thanked the nurses, and pledged to …"
        if phrase is None and made and seg.lo < c.k and all(
                t.text.lower() in lex.src["conjunctions"] | lex.src["skip"] for t in toks[seg.lo:c.k]):
            phrase = made[-1].phrase  # "She said …, but told reporters …": the subject of the first verb
            if lex.subject_first and _in_relative_clause(toks, made[-1], lex):
                # "X apologized to the workers who accused him …, and pledged to …": X, not the workers
                phrase = _clause_subject(toks, segs[0], lex, text) or phrase
        if phrase is None and c.seg > 0 and segs[c.seg - 1].sep == "," and c.k == seg.lo + 1 \
                and first in lex.src["relative_subjects"] and nxt_first not in lex.src["relative_not_before"]:
            phrase = relative_antecedent(toks, segs[c.seg - 1].lo, segs[c.seg - 1].hi, lex, text)  # "…, die sagte, dass …": the noun before it
            if inline:  # "The mayor, who said the city was broke, resigned": the clause ends at its comma
                hi_seg = span_hi = c.seg
        if phrase is None and c.seg > 0 and segs[c.seg - 1].sep == COORDINATED:
            ps = segs[c.seg - 1]  # "Der Verband kritisierte X und forderte, …": the first verb's subject
            kv = next((m for m in range(ps.lo, ps.hi) if toks[m].text.lower() in lex.verbs), None)
            phrase = source_near(state, toks, ps.lo, kv, ps.hi) if kv is not None else None
        if phrase is not None and phrase.text.split()[0].lower() in lex.src["demonstratives"] \
                and phrase.head.lower() in lex.src["statement_nouns"]:
            continue  # "Diese Aussage macht deutlich, dass …": the outlet reads a statement quoted before
        if phrase is None or (c.verb is not None and c.verb.subject and kind_of(phrase, lex, False) != c.verb.subject):
            continue  # "The museum shows paintings": only documents "show" a claim
        cstart, cend = toks[segs[lo_seg].lo].start, toks[segs[hi_seg].hi - 1].end
        if c.kind == "verb" and c.verb.content_object and lo_seg == c.seg:
            cstart = toks[c.k + 1].start  # "cited a lack of …": the object
        elif c.kind == "verb" and lex.subject_first and c.verb.prep and lo_seg == c.seg and c.k + 1 < seg.hi \
                and any(t.text.lower() in c.verb.prep for t in toks[c.k + 1:seg.hi]):
            cstart = toks[c.k + 1].start  # "the workers who accused him of …": what follows the verb, not its subject
        if inline:
            at = inline_content(toks, c.k, seg.hi, lex, c.verb, text)
            if at >= seg.hi:
                continue  # "Deyal told this newspaper.": an addressee and nothing told
            cstart = toks[at].start
            relay = media_addressee(toks, c.k + 1, at, text) if c.verb.object else None
            if relay:
                pending_via.append(relay)  # "told Reuters the plan …": Reuters passed it on
        if tail_phrase is not None and hi_seg == c.seg:
            cend = tail_phrase.start
            while cend > cstart + 1 and text[cend - 1] in " ,;:–—-\"“”'":
                cend -= 1  # "…, Wednesday, Levy said": the content ends before its comma
            cend += text[cend:cend + 1] in "\"“”'" and text[cstart - 1:cstart] in "\"“”'"
        sstart, send = toks[segs[span_lo].lo].start, toks[segs[span_hi].hi - 1].end
        d = Draft(min(sstart, cstart), max(send, cend), cstart, cend, "indirect", cue=(toks[c.k].start, toks[c.k].end),
                  sentence=i, paragraph=s.paragraph, verb_stance=c.verb.stance if c.verb else "assert")
        if antecedent is not None:
            state.inherit(d, antecedent)
            d.cue_kind = "speech"
        else:
            state.attribute(d, phrase, toks)
        d.via, pending_via = [*d.via, *pending_via], []
        if lex.subject_first:
            relay_inner_speaker(state, d, toks)  # "The newspaper X reported that the captain had warned …"
        made.append(d)
        owned = max(owned, hi_seg, span_hi)
        if follow is not None:
            follow.phrase, follow.name, follow.kind = d.phrase, d.name, d.kind
            made.append(follow)
            follow = None
    # prepositional cues: a relay of a verb claim around them, else a claim of the sentence
    for c in cues:
        if c.kind in ("verb", "so"):
            continue
        pos = toks[c.k].start
        lead_end = toks[segs[1].lo].start if len(segs) > 1 else toks[0].start  # "According to X, an official said"
        host = next((d for d in made if d.start <= pos < d.end or (d.start <= max(toks[0].start, lead_end) and d.phrase
                                                                    and c.seg == 0 and d.sentence == i
                                                                    and c.kind == "prep")), None)
        if host is not None and c.phrase is not None and c.kind == "prep":
            host.via.append(relay_name(c.phrase, state))
            continue
        if host is not None:
            continue
        free = [n for n in range(len(segs)) if n > owned]
        if not free or c.seg < free[0]:
            continue
        if _relative_clause(toks, segs, c, lex):  # "Der Vertrag, der laut X 2 Mio. kostet, wurde …": only the clause
            seg = segs[c.seg]
            lo, hi = toks[seg.lo].start, toks[seg.hi - 1].end
            rest = [t.text for t in toks[seg.lo:seg.hi] if t.start >= c.phrase.end]
            if c.seg + 1 < len(segs) and all(w[:1].isupper() or w.lower() in lex.src["prepositions"] | lex.src["determiners"]
                                             for w in rest):  # "…, die aus Sicht von X vom Y, zu wünschen übrig ließ"
                hi = toks[segs[c.seg + 1].hi - 1].end
            d = Draft(lo, hi, lo, hi, "indirect", cue=(pos, toks[max(c.k, c.end - 1)].end), sentence=i,
                      paragraph=s.paragraph, cue_kind=c.kind, inner=True)
            state.attribute(d, c.phrase, toks)
            made.append(d)
            continue
        lo, hi = toks[segs[free[0]].lo].start, toks[-1].end
        cstart, cend = _content_beside(toks, segs, free[0], c, lo, hi, lex)
        d = Draft(lo, hi, cstart, cend, "indirect", cue=(pos, toks[max(c.k, c.end - 1)].end), sentence=i,
                  paragraph=s.paragraph, cue_kind=c.kind)
        report = _relative_report(toks, segs, c, lex, text) if c.kind == "anaphoric" else None
        if report is not None:  # "…, ein Bericht der Zeitung, demzufolge …": the report before the comma
            state.attribute(d, report, toks)
        elif c.kind == "anaphoric":
            if state.last is None:
                continue
            state.inherit(d, state.last)
        else:
            state.attribute(d, c.phrase, toks)
            if c.kind == "after" and c.phrase is not None and c.phrase.text.lower() == c.phrase.head.lower() \
                    and c.phrase.head.lower() in lex.src["documents"]:
                d.phrase, d.name, d.mode, d.kind = None, None, "reportive", "unnamed"
        made.append(d)
        owned = len(segs)
    for d in made:
        state.add(d)


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


def _agentless_relative(state: ClaimState, toks: list[Token], segs: list[Seg], i: int):
    """A relative clause at the start of the sentence that reports without an agent ("Ein Video, in
    dem behauptet wird, dass …, um …, ist …"), with the content clauses after it: a reportive claim
    of its own, and the index of its last segment (the sentence's own cue owns what follows)."""
    lex = state.lex
    if lex.agentless_relative is None:
        return None
    n = next((n for n in range(1, min(len(segs) - 1, 4)) if segs[n - 1].sep == ","), None)
    if n is None:
        return None
    seg = segs[n]
    k = seg.lo + (toks[seg.lo].text.lower() in lex.src["prepositions"])
    if k >= seg.hi or toks[k].text.lower() not in lex.src["relative_openers"]:
        return None
    lo, hi = toks[seg.lo].start, toks[seg.hi - 1].end
    if not lex.agentless_relative.search(state.outside_quotes(lo, hi)):
        return None
    last = n
    while last + 1 < len(segs) - 1 and segs[last].sep == "," and (
            toks[segs[last + 1].lo].text.lower() in lex.complementizers | lex.src["zu_adverbial"]):
        last += 1
    if last == n:
        return None  # nothing reported: "…, in dem berichtet wird."
    end = toks[segs[last].hi - 1].end
    d = Draft(lo, end, lo, end, "reportive", sentence=i, paragraph=state.sents[i].paragraph, inner=True)
    d.kind = "unnamed"
    return d, last


def _idle_coordinated(toks: list[Token], seg: Seg, v: Cue, lex) -> bool:
    """ "…, and already more than 130 had responded positively": a reporting verb in a coordinated
    clause with nothing after it but adverbs reports nothing of its own, so it does not end the
    content of the cue before it."""
    if toks[seg.lo].text.lower() not in lex.src["coordinators"] or v.k == seg.lo + 1:
        return False
    return all(t.text.lower().endswith("ly") or t.text in ".!?" for t in toks[v.k + 1:seg.hi])


def _in_relative_clause(toks: list[Token], d: Draft, lex) -> bool:
    """The claim's cue verb follows a relative pronoun ("the workers who accused him")."""
    k = next((n for n, t in enumerate(toks) if d.cue is not None and t.start == d.cue[0]), None)
    return k is not None and k > 0 and toks[k - 1].text.lower() in lex.src["relative"]


def _clause_subject(toks: list[Token], seg: Seg, lex, text: str):
    """English: the subject that opens segment ``seg``, up to its first lower-case word that is no
    determiner ("President-elect Ana Ruiz apologized …" -> "President-elect Ana Ruiz")."""
    stop = next((n for n in range(seg.lo + 1, seg.hi) if toks[n].text[:1].islower() and (
        toks[n].text.endswith("ed") or toks[n].text.lower() in lex.verbs or toks[n].text.lower() in lex.src["stop"])), None)
    if stop is None:
        return None  # no past-tense verb ends the subject: "Green accepts …, but says …" is left alone
    if stop <= seg.lo:
        return None
    phrase = read_np(toks, seg.lo, lex, text, stop=stop)
    return None if phrase is None or phrase.pronoun else phrase


def _parenthetical_tag(toks: list[Token], segs: list[Seg], n: int, owned: int, nxt_cue_seg: int, lex, text: str) -> int | None:
    """A short reporting tag set off by commas inside a clause: its subject stands before the tag
    and its predicate after it ("The plan, he said, will cost …", "Der Plan, sagte X, werde …",
    "…, which, she said, scared them off"). The segment where that clause begins, else None.

    Before the tag only a noun phrase (opening the free part of the sentence) or a lone relative
    pronoun; after it a lower-case word that is no article, pronoun, preposition, conjunction or
    adverb, i.e. the clause's verb ("will", "scared", "werde")."""
    if n < 1 or n + 1 >= nxt_cue_seg or segs[n - 1].sep != "," or segs[n].sep != "," or segs[n].hi - segs[n].lo > 6:
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
    if n - 1 != owned + 1 or toks[pre.lo].text.lower() in src["conjunctions"] | src["prepositions"]:
        return None
    phrase = read_np(toks, pre.lo, lex, text, stop=pre.hi)
    if phrase is None or phrase.end < toks[pre.hi - 1].end or phrase.pronoun:
        return None
    return n - 1


def _subject_opens(tok: Token, lex) -> bool:
    """``tok`` may begin a subject right after "for which": a name, an article or a pronoun
    ("for which Lee said", "for which the board said"), not a noun ("in which case")."""
    low = tok.text.lower()
    return tok.text[:1].isupper() or low in lex.src["determiners"] or low in lex.pronouns or low in lex.src["subject_pronouns"]


def _opens_sentence(segs: list[Seg], n: int) -> bool:
    """Segment ``n`` starts its sentence, or a sentence glued into it (:data:`.clauses.RESTART`)."""
    return n == 0 or segs[n - 1].sep == RESTART


def _neuter_antecedent(state: ClaimState, i: int) -> Draft | None:
    """What "it" stands for as a speaker: the source of the claim just before (this or the previous
    sentence), when that source is no person (no known gender, not a named person)."""
    prev = state.last
    if prev is None or prev.phrase is None or not prev.name or prev.kind == "unnamed" or i - prev.sentence > 1:
        return None
    if prev.phrase.pronoun or state.resolver.gender_of(prev.name) is not None or person_name(prev.phrase, [], state.lex):
        return None
    return prev




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


def _quote_at(state: ClaimState, toks: list[Token], k: int):
    """The quotation that opens at ``toks[k]``, if one does."""
    if k >= len(toks):
        return None
    return next((q for q in state.quotes if q.start == toks[k].start), None)


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


def _coordinated_title(toks: list[Token], lo: int, phrase, lex, text: str):
    """ '…, President and Chief Financial Officer of Northwind Foods Jana Ortiz said': a title of
    capitalised words and "and" between the clause start and the phrase read back from the verb
    belongs to it (the phrase reader stops at "and" and after seven words), so the whole title
    with the name at its end is the subject."""
    if phrase is None:
        return phrase
    k = next((n for n, t in enumerate(toks) if t.start >= phrase.start), None)
    if k is None or k <= lo or not lex.subject_first or toks[lo].text.lower() in lex.src["coordinators"]:
        return phrase
    if not all(t.text[:1].isupper() and t.text.isalpha() or t.text.lower() in lex.src["coordinators"] for t in toks[lo:k]):
        return phrase
    start = toks[lo].start
    return replace(phrase, start=start, text=text[start:phrase.end])


def relay_inner_speaker(state, d, toks: list[Token]) -> None:
    """ "The Kiel newspaper Kuestenpost reported that the captain had warned …": when a news
    outlet reports what someone else said, that someone is the source and the outlet the relay
    (``via``). The outlet is known by its head noun (``media_heads``) or the gazetteer."""
    lex = state.lex
    if d.phrase is None or d.mode != "indirect":
        return
    words = {w.lower() for w in d.phrase.text.split()}
    first, *rest = d.phrase.text.split()  # "The Post", "the Evening Herald"; not a person ("Officer Tom Post")
    names = {w.lower() for w in rest if w[:1].isupper()} if first.lower() in lex.src["determiners"] else set()
    if not words & lex.src["media_heads"] and not names & lex.src["media_name_heads"] \
            and media_name(d.name or d.phrase.text) is None:
        return
    inside = [n for n, t in enumerate(toks) if d.cstart <= t.start < d.cend]
    if len(inside) < 3:
        return
    lo = inside[0]
    for k in inside[1:8]:
        if state.lex.verbs.get(toks[k].text.lower()) and verb_cue(state, toks, k, Seg(lo, inside[-1] + 1, "")):
            inner = subject_before(toks, lo, k, lex, state.text)
            if inner is None or inner.pronoun:
                return
            named = " ".join(w for w in d.phrase.text.split() if w.lower() not in lex.src["determiners"])
            outlet = _last_capitalised_run(named) or d.name or named
            state.attribute(d, inner, toks)
            d.via = [*d.via, outlet]
            return




def _last_capitalised_run(text: str) -> str:
    run: list[str] = []
    best: list[str] = []
    for w in text.split():
        if w[:1].isupper():
            run.append(w)
        else:
            best, run = (run or best), []
    return " ".join(run or best)
