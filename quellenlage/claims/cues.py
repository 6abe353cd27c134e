"""The cues of reported speech in one sentence: reporting verbs, prepositional cues, "so X".

:func:`find_cues` lists them in a sentence's segments (:mod:`.clauses`), each with the
source phrase it names where it names one; :func:`cue_source_in` answers the quotation rule's
question for a quotation's frame ("…“, sagte X." / "X sagte: „…“").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress
from operator import attrgetter

from ..document import Token
from ..nlp.sentences import tokenize
from .clauses import Cue, Seg, seg_of
from .givers import occasion, report_source
from .lexicon import VerbCue, source_marker_patterns
from .sources import (
    SourcePhrase,
    addressee,
    names_document,
    names_medium,
    read_np,
)
from .state import ClaimState
from .subjects import antecedent, pronoun_before_phrase, subject_after, subject_before
from .word_shapes import QUOTE_CHARS

_TEXT = attrgetter("text")


def _inside_reportive_perfect(state: ClaimState, toks: list[Token], k: int, seg: Seg) -> bool:
    """The verb is the participle of the outlet's "soll … <participle> haben" with no content
    after it: its subject is what the hearsay is about, and the hearsay rule claims the sentence."""
    lex = state.lex
    if lex.reportive_modal is None or k + 1 >= seg.hi or toks[k + 1].text.lower() not in lex.perfect_openers:
        return False  # the participle must stand right before the perfect ("gemeldet haben")
    lo, hi = toks[seg.lo].start, toks[seg.hi - 1].end
    if lex.reportive_gate is not None and not lex.reportive_gate.search(state.text, lo, hi):
        return False
    m = lex.reportive_modal.search(state.text, lo, hi)
    if m is None or not (m.start() < toks[k].start and toks[k].end <= m.end()):
        return False
    # "Der Minister soll gesagt haben, dass …" reports what the minister said: a content follows
    rest = state.text[m.end():toks[-1].end]
    return not any(ch.isalnum() for ch in rest)


def verb_cue(state: ClaimState, toks: list[Token], k: int, seg: Seg) -> VerbCue | None:
    """The reporting verb at ``toks[k]``, with its separable particle or preposition checked."""
    t = toks[k]
    if not t.text[:1].islower():
        return None
    options = state.lex.verbs.get(t.text.lower())
    if not options:
        return None
    if k > 0 and toks[k - 1].text.lower() in state.lex.src["passive"] \
            and not t.text.lower().endswith(tuple(state.lex.src["progressive_endings"])):
        return None  # "are believed to", "was reported": hearsay, not a source speaking ("are warning": one)
    if k > 0 and toks[k - 1].text.lower() in state.lex.src["noun_markers"]:
        return None  # "the accused walked", "all the pledges that …": a noun, no verb
    before = " ".join(x.text.lower() for x in toks[max(0, k - 2):k])
    if any(before == w or before.endswith(" " + w) for w in state.lex.src["negators"]):
        return None  # "cannot say how", "did not say whether", "declined to say": no claim made
    if t.text.lower() in {c.lemma for c in options} and \
            any(x.text.lower() in state.lex.src["modals"] for x in toks[seg.lo:k] if not state.in_quote(x.start)):
        return None  # "die Regierung müsse sagen, wie …": an infinitive after a modal reports nothing
    if _inside_reportive_perfect(state, toks, k, seg):
        return None  # "Kapitän soll Leck gemeldet haben": hearsay about the captain, not his report
    if _comparison_adjunct(toks, k, state.lex):
        return None  # "wurden nicht wie zunächst vermutet durch Sabotage ausgelöst": no one reports
    plain = None
    for cue in options:
        if cue.particle:
            tail = [x.text.lower() for x in toks[k + 1:seg.hi] if not state.in_quote(x.start)]
            # the particle closes its clause: at the end, or before "und"/"oder" ("streitet … ab und gibt an")
            if any(w == cue.particle and (m + 1 == len(tail) or tail[m + 1] in state.lex.src["after_particle"])
                   for m, w in enumerate(tail)):
                return cue
            continue
        if not cue.clause and cue.prep and not prep_follows(toks, k, seg, cue, state.lex):
            continue
        if cue.object and cue.prep and k + 1 < len(toks) and toks[k + 1].text.lower() in cue.prep:
            continue  # "people accused of a crime": the participle, no one accusing
        if cue.before_clause and (k + 1 >= len(toks) or toks[k + 1].text not in (",", ":")):
            continue  # "suchen oft bewusst etwas anderes": the adverb, not "ist sich bewusst, dass"
        if cue.excludes and any(x.text.lower() in cue.excludes for x in toks[k + 1:seg.hi]):
            continue  # "cited the driver for speeding", "cited him as a witness"
        if cue.content_object and not object_follows(toks, k, seg, state.lex) and not cue.clause:
            continue  # "the study cited by …", "cited him": no content follows
        plain = plain or cue
    return plain


def _comparison_adjunct(toks: list[Token], k: int, lex) -> bool:
    """ "wie vermutet", "wie zunächst angenommen", "wie bereits berichtet": the opener of a
    report clause ("wie der Sender berichtet") followed by at most two adverbs and the verb,
    with no subject in between: a comparison inside someone else's sentence, not a report."""
    for j in range(k - 1, max(k - 4, -1), -1):
        low = toks[j].text.lower()
        if low in lex.src["report_clause_openers"]:
            return True
        if not toks[j].text[:1].islower() or not toks[j].text.isalpha() or low in lex.pronouns \
                or low in lex.src["determiners"]:
            return False
    return False


def object_follows(toks: list[Token], k: int, seg: Seg, lex) -> bool:
    """A noun object follows the verb in its clause ("kritisierte den Plan", "cited a lack of"),
    not a preposition, a pronoun object or the clause's end ("kritisierte, die Regeln seien …")."""
    if k + 1 >= seg.hi:
        return False
    nxt = toks[k + 1].text.lower()
    if nxt in lex.src["prepositions"]:
        return _object_after_adverbial(toks, k + 1, seg, lex)
    return nxt not in lex.src["objects"]


def bracket_object(toks: list[Token], k: int, seg: Seg, lex) -> int | None:
    """ "Der Verband hat den Ausbau gefordert", "Bislang haben 66 Staaten einen Rahmen gefordert":
    the participle ``toks[k]`` closes its clause's verb bracket and a noun object stands inside
    the bracket. The index of the finite auxiliary that opens the bracket, or None."""
    if any(t.text not in ".!?" for t in toks[k + 1:seg.hi]):
        return None
    fin = next((m for m in range(seg.lo + 1, k) if toks[m].text.lower() in lex.src["finite_auxiliaries"]), None)
    if fin is None or fin + 1 >= k:
        return None
    dets = lex.src["determiners"]
    inside = [t.text.lower() for t in toks[fin + 1:k]]
    return fin if any(w in dets and (m == 0 or inside[m - 1] not in lex.src["prepositions"])
                      for m, w in enumerate(inside)) else None


#: Prepositional phrases an object may stand behind ("forderte für die Beschäftigten eine Erhöhung").
MAX_ADVERBIALS = 2


def _object_after_adverbial(toks: list[Token], p: int, seg: Seg, lex) -> bool:
    """A noun object after one or two prepositional phrases right behind the verb: "fordern für die
    Beschäftigten eine Erhöhung", "meldete am Nachmittag den Einsturz"; not "betonte bei der Feier"
    (nothing after the phrase) nor "sprach mit der Zeitung über …" (a phrase after a phrase)."""
    dets = lex.src["determiners"]
    for _ in range(MAX_ADVERBIALS):
        if p >= seg.hi or toks[p].text.lower() not in lex.src["prepositions"]:
            return False
        p += 1
        if p < seg.hi and toks[p].text.lower() in dets:
            p += 1
        while p < seg.hi and toks[p].text[:1].islower() and toks[p].text.lower() not in dets \
                and toks[p].text.lower() not in lex.src["prepositions"]:
            p += 1  # adjectives of the phrase's noun
        if p >= seg.hi or not toks[p].text[:1].isupper():
            return False
        p += 1
        low = toks[p].text.lower() if p < seg.hi else ""
        if low in lex.src["attach"] and low in dets and p + 1 < seg.hi and toks[p + 1].text[:1].isupper():
            p += 2  # a genitive of the phrase ("für die Beschäftigten der Länder")
        if p < seg.hi and toks[p].text.lower() in dets and toks[p].text.lower() not in lex.src["objects"]:
            return True
    return False


def prep_follows(toks: list[Token], k: int, seg: Seg, cue: VerbCue, lex=None) -> bool:
    """The verb's preposition stands in its clause, or (``prep_later``) in the clause part right
    after one or two subordinate clauses that belong to its object ("bezifferte die Chancen,
    dass es klappt, erneut auf 50:50"; "bezeichnete den Plan, den X vorgelegt hatte, als Fehler")."""
    if any(x.text.lower() in cue.prep for x in toks[seg.lo:seg.hi]):
        return True
    if not cue.prep_later or lex is None:
        return False
    m = seg.hi
    for _ in range(2):
        if m + 1 >= len(toks) or toks[m].text != ",":
            return False
        opener = toks[m + 1].text.lower()
        if opener in lex.src["prepositions"] and m + 2 < len(toks):
            opener = toks[m + 2].text.lower()
        if opener not in lex.complementizers and opener not in lex.src["relative_openers"]:
            return False
        m = next((n for n in range(m + 1, len(toks)) if toks[n].text in (",", ";", ":")), len(toks))
        rest = toks[m + 1:next((n for n in range(m + 1, len(toks)) if toks[n].text in (",", ";", ":")), len(toks))]
        if any(x.text.lower() in cue.prep for x in rest):
            return True
    return False


def source_near(state: ClaimState, toks: list[Token], lo: int, k: int, hi: int) -> SourcePhrase | None:
    """The subject of the verb ``toks[k]`` in the clause ``toks[lo:hi]``: where it stands is the
    language's answer (before the verb, after it, in a subordinate clause)."""
    return state.language.source_near(state, toks, lo, k, hi)


def cue_source_in(state: ClaimState, start: int, stop: int, colon: bool = False):
    """A cue and its source in ``text[start:stop]`` (a quote's trailer or introduction).

    Returns ``(cue span, phrase, tokens, verb stance)`` or None.
    """
    text, lex = state.text, state.lex
    if stop <= start:
        return None
    toks = [t for t in tokenize(text[start:stop], start) if not state.in_quote(t.start)]
    while toks and not colon and toks[0].text in ",;–—-":
        toks = toks[1:]
    if colon:  # only the clause right before the colon
        cut = max((n for n, t in enumerate(toks) if t.text in ".;!?"), default=-1)
        toks = toks[cut + 1:]
    if not toks:
        return None
    whole = Seg(0, len(toks), "")
    # an introduction before a colon may name its speaker at length ("Der Präsident des Verbands der
    # Chemischen Industrie (VCI), Thomas Brenner, sagte: …"): look further for its verb
    for k, t in enumerate(toks[:24 if colon else 14]):
        cue = verb_cue(state, toks, k, whole)
        if cue is None and t.text[:1].islower() and not (k > 0 and toks[k - 1].text.lower() in lex.src["negators"]):
            cue = lex.quote_verbs.get(t.text.lower())  # "X weiß: „…“", "„…“, weiß X"
        if cue is not None:
            phrase = state.language.inverted_speaker(state, toks, k)  # "Die Lage ist ernst, sagt Paul Winter: …"
            if phrase is None and k >= 2 and toks[k - 1].text.lower() in lex.src["relative_subjects"] \
                    and toks[k - 2].text == ",":  # "… von Eva Kern, die sagte: „…“"
                phrase = antecedent(toks, 0, k - 2, lex, text)
            if phrase is False:
                return None
            return (t.start, t.end), phrase or source_near(state, toks, 0, k, len(toks)), toks, cue.stance
        if k == 0 and lex.source_before is not None and (m := lex.source_before.match(text, t.start)):
            after = next((n for n, x in enumerate(toks) if x.start >= m.end()), len(toks))
            phrase = read_np(toks, after, lex, text)  # '„…“, hieß es aus dem Rathaus.'
            if phrase is not None:
                return (t.start, toks[after - 1].end), phrase, toks, "assert"
        if k == 0 and t.text.lower() in lex.trailing_so and len(toks) > 1:
            phrase = read_np(toks, 1, lex, text)
            if phrase is not None:
                return (t.start, t.end), phrase, toks, "assert"
    if colon and len(toks) <= 6:  # "Scholz: …", "Der Minister: …"
        lo = 0
        while lo < len(toks) and toks[lo].text.lower() in lex.src["conjunctions"]:
            lo += 1
        phrase = read_np(toks, lo, lex, text)
        if phrase is not None and phrase.end >= toks[-1].end:
            return None if phrase.pronoun else ((phrase.start, phrase.end), phrase, toks, "assert")
    if colon:  # 'Senator Maria Lopez put it bluntly: "…"'
        phrase = state.language.colon_speaker(toks, lex, text)
        if phrase is not None:
            return (phrase.start, phrase.end), phrase, toks, "assert"
    return None


def addressee_next(toks: list[Token], k: int, lex, text: str) -> bool:
    """A medium spoken to follows the verb at ``toks[k]`` ("sagte der Zeitung")."""
    phrase = read_np(toks, k + 1, lex, text) if k + 1 < len(toks) else None
    return phrase is not None and addressee(phrase, lex)


def first_clause_subject(state: ClaimState, verb_pos: int) -> SourcePhrase | None:
    """The subject of the first clause of the sentence that holds ``verb_pos``, quoted names
    included ("Nun hofft „Bär“, dass …" -> „Bär“): before its finite verb, else right after it."""
    lex, text = state.lex, state.text
    sent = state.sents[state.sentence_of(verb_pos)]
    toks = tokenize(text[sent.start:verb_pos], sent.start)
    cut = next((n for n, t in enumerate(toks) if t.text in ",;:" and not state.in_quote(t.start)), len(toks))
    toks = toks[:cut]
    verb = next((n for n, t in enumerate(toks) if t.text[:1].islower() and t.text.isalpha()
                 and t.text not in lex.src["conjunctions"] and t.text not in lex.src["skip"]), None)
    if verb is None:
        return None
    phrase = subject_before(toks, 0, verb, lex, text) or subject_after(toks, verb, lex, text)
    if phrase is not None and (phrase.text[:1] in QUOTE_CHARS or phrase.text[-1:] in QUOTE_CHARS):
        core = phrase.text.strip(QUOTE_CHARS)
        start = phrase.start + phrase.text.index(core)
        phrase = replace(phrase, start=start, end=start + len(core), text=core, head=phrase.head.strip(QUOTE_CHARS))
    return phrase


def _first_subject(state: ClaimState, toks: list[Token]) -> SourcePhrase | None:
    """The subject of a sentence for "nach eigenen Angaben": first nominative phrase outside a PP."""
    lex = state.lex
    i = 0
    while i < len(toks) and toks[i].text.lower() in lex.src["conjunctions"]:
        i += 1
    if i < len(toks) and toks[i].text.lower() not in lex.src["prepositions"]:
        p = read_np(toks, i, lex, state.text)
        if p is not None and not p.pronoun:
            return p
    for k in range(i + 1, len(toks)):
        low = toks[k].text.lower()
        if low in lex.src["nominative"] and toks[k - 1].text.lower() not in lex.src["prepositions"]:
            p = read_np(toks, k, lex, state.text)
            if p is not None:
                return p
    return None


def find_cues(state: ClaimState, toks: list[Token], segs: list[Seg], s_start: int) -> list[Cue]:
    lex, text = state.lex, state.text
    cues: list[Cue] = []
    verbs, trailing_so = lex.verbs, lex.trailing_so
    # A cue word is a verb form or a trailing "so" (what verb_cue and the test below look at
    # first): any other token is passed over before its segment is looked up, in C where the
    # sentence has no "so" (most).
    lows = list(map(str.lower, map(_TEXT, toks)))
    at = compress(range(len(toks)), map(verbs.__contains__, lows)) if trailing_so.isdisjoint(lows) \
        else (k for k, low in enumerate(lows) if low in verbs or low in trailing_so)
    for k in at:
        t, low = toks[k], lows[k]
        if state.in_quote(t.start) or state.is_consumed(t.start):
            continue
        si = seg_of(segs, k)
        vc = verb_cue(state, toks, k, segs[si])
        if vc is not None:
            cues.append(Cue(k, si, "verb", verb=vc, end=k + 1))
        elif low in trailing_so and si > 0 and si == len(segs) - 1 and k == segs[si].lo:
            phrase = read_np(toks, k + 1, lex, text, stop=segs[si].hi)
            if phrase is not None and not phrase.pronoun and (segs[si].hi - k <= 8 or _adverbial_after(toks, k, phrase, segs[si], lex)):
                cues.append(Cue(k, si, "so", phrase=phrase, end=k + 1))
    s_end = toks[-1].end
    gate = lex.any_source_marker  # one search instead of six where the sentence has no marker (most)
    markers = source_marker_patterns(lex) if gate is None or gate.search(text, s_start, s_end) else ()
    index = {t.start: n for n, t in enumerate(toks)} if markers else {}
    for pat, kind in markers:
        if pat is None:
            continue
        for m in pat.finditer(text, s_start, s_end):
            if state.in_quote(m.start()) or state.is_consumed(m.start()) or m.start() not in index:
                continue
            k = index[m.start()]
            after = next((n for n in range(k, len(toks)) if toks[n].start >= m.end()), len(toks))
            phrase, ckind = None, kind
            if kind == "prep":
                phrase = read_np(toks, after, lex, text)
                if phrase is None:
                    continue
                stop = next((n for n in range(after, len(toks)) if toks[n].start >= phrase.end), len(toks))
                phrase = report_source(state, toks, phrase, stop)  # "laut Angaben der Polizei": the police
                if phrase is None:
                    continue
            elif kind == "poss":
                pron = (m.groupdict().get("pron") or m.groupdict().get("pron2") or "").lower()
                phrase = SourcePhrase(m.start(), m.start() + len(m.group()), m.group(), pron, pronoun=lex.pronouns.get(pron))
            elif kind == "own":
                phrase = _first_subject(state, toks)
                if phrase is None:
                    continue
            elif kind == "after":
                phrase = _np_ending_at(state, toks, segs[seg_of(segs, k)].lo, k)
                if phrase is None:
                    continue
                phrase = report_source(state, toks, phrase, k)  # "den Behördenangaben zufolge"
                if phrase is None:
                    continue
            elif kind == "from":  # "Aus Regierungskreisen hieß es": a PP right before the marker
                lo = segs[seg_of(segs, k)].lo
                if lo + 2 < k and toks[lo].text.lower() in lex.src["conjunctions"] and not (
                        lex.reportive_marker and lex.reportive_marker.match(text, toks[lo].start)):
                    lo += 1  # "…, wie aus dem Bericht hervorgeht" (not hearsay "wie aus Kreisen verlautete")
                phrase = _np_ending_at(state, toks, lo + 1, k) if lo + 1 < k else None
                # the phrase may follow a participle's own words: "aus von der Behörde erhobenen Daten"
                prep = toks[lo].text.lower()
                if phrase is None or not toks[lo + 1].start <= phrase.start <= toks[min(lo + 4, k - 1)].start \
                        or not (prep in lex.source_from_preps and not occasion(state, phrase)
                                or prep in lex.source_in_preps
                                and (names_document(phrase, lex) or names_medium(phrase, lex))):
                    continue
                ckind = "after"
            cues.append(Cue(k, seg_of(segs, k), ckind, phrase=phrase, end=after))
    cues.sort(key=lambda c: c.k)
    return cues


def _np_ending_at(state: ClaimState, toks: list[Token], lo: int, k: int) -> SourcePhrase | None:
    for p in range(lo, k):
        if pronoun_before_phrase(toks, p, k, state.lex):
            continue
        if toks[p].text[:1].islower() and p + 1 < k and toks[p + 1].text.lower() in state.lex.src["determiners"] \
                and toks[p].text.lower() not in state.lex.src["determiners"]:
            continue  # "Das Amt kontrollierte den Angaben zufolge …": no adjective stands before an article
        phrase = read_np(toks, p, state.lex, state.text, stop=k)
        if phrase is not None and phrase.end >= toks[k - 1].end:
            return phrase
    return None

def _adverbial_after(toks: list[Token], k: int, phrase: SourcePhrase, seg: Seg, lex) -> bool:
    """ "…, so der Verband (DJV) in einer Meldung von heute.": after a long source (an article or
    a name right after "so") only a short prepositional adverbial follows, so the "so" still
    closes the sentence; not "…, so geraten Sie in die Haftung"."""
    first = toks[k + 1].text
    if not (first.lower() in lex.src["determiners"] or (first[:1].isupper() and first not in lex.src["not_sources"])):
        return False
    rest = [t for t in toks[seg.lo:seg.hi] if t.start >= phrase.end and t.text not in ".!?"]
    return not rest or (len(rest) <= 6 and rest[0].text.lower() in lex.src["prepositions"])
