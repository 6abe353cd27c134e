"""The claim of one reporting verb: what it owns, who speaks, where the content lies.

:func:`verb_claim` takes one verb cue ("sagte", "warnte vor", "said", or a trailing "so X")
through four named steps:

1. :func:`.verb_reading.read_verb` and :func:`.verb_reading.ownership`: which segments the
   claim owns (the ordered list :data:`.verb_reading.OWNERSHIP`);
2. :func:`speaker`: the verb's subject, by where the verb stands (:func:`_subject_by_position`),
   else from the clause or claim around it (:func:`_subject_from_context`);
3. :func:`content_bounds`: the content inside the owned segments;
4. the draft, attributed, with the relays waiting for it; kept in ``work.made`` until every
   cue of the sentence has been read.
"""

from __future__ import annotations

from ...nlp.morphology import has_reported_mood
from ..clauses import COORDINATED, Cue
from ..core import Draft
from ..cues import object_follows, source_near
from ..sources import SourcePhrase, kind_of, person_name
from ..state import ClaimState
from ..subjects import antecedent as relative_antecedent
from ..subjects import subject_after, subject_before
from .sentence import ReportedSentence
from .verb_reading import Ownership, VerbReading, ownership, read_verb


def verb_claim(work: ReportedSentence, n: int, verb_cues: list[Cue]) -> None:
    """The claim of verb cue ``verb_cues[n]``, if it makes one (added to ``work.made``)."""
    c = verb_cues[n]
    if work.first_word(c.seg) in work.lex.src["question_frames"]:
        return  # "Asked what he thought, …": the question, not a claim
    if any(d.cstart <= work.toks[c.k].start < d.cend for d in work.made):
        return  # "said first responders found a man": a verb inside a claim's content is part of it
    r = read_verb(work, n, verb_cues)
    own = ownership(work, r)
    if own is not None and (r.heading_clause or (r.participle and not work.made)):
        own.span_lo = work.owned + 1  # the clause's subject opens the claim
    if own is None or own.empty:
        return
    found = speaker(work, r, own)
    if found is None:
        return
    phrase, antecedent = found
    bounds = content_bounds(work, r, own, phrase)
    if bounds is None:
        return
    cstart, cend = bounds
    toks = work.toks
    sstart, send = work.start_of(own.span_lo), work.end_of(own.span_hi)
    d = work.draft(min(sstart, cstart), max(send, cend), cstart, cend, cue=(toks[c.k].start, toks[c.k].end),
                   verb_stance=c.verb.stance if c.verb else "assert")
    if antecedent is not None:
        work.state.inherit(d, antecedent)
        d.cue_kind = "speech"
    else:
        work.state.attribute(d, phrase, toks)
    d.via, work.pending_via = [*d.via, *work.pending_via], []
    work.state.language.relay_inner_speaker(work.state, d, toks)  # "The newspaper X reported that the captain had warned …"
    work.made.append(d)
    work.owned = max(work.owned, own.hi, own.span_hi)
    if own.follow is not None:
        own.follow.phrase, own.follow.name, own.follow.kind = d.phrase, d.name, d.kind
        work.made.append(own.follow)


# -- who speaks ------------------------------------------------------------------------

def speaker(work: ReportedSentence, r: VerbReading, own: Ownership) -> tuple[SourcePhrase, Draft | None] | None:
    """The verb's source phrase, and the earlier claim it stands for when the subject is "it";
    None when the verb makes no claim after all (no subject, or one that cannot speak)."""
    c, lex = r.cue, work.lex
    antecedent = None
    if c.kind == "verb" and r.seg.lo < c.k and r.first in lex.src["neuter_pronouns"] \
            and all(t.text.lower() in lex.src["skip"] for t in work.toks[r.seg.lo + 1:c.k]):
        antecedent = _neuter_antecedent(work.state, work.i)  # "The agency said … . It also cited …"
        if antecedent is None:
            return None
        phrase = antecedent.phrase
    else:
        phrase = _subject_by_position(work, r, own)
    phrase = _subject_from_context(work, r, own, phrase)
    if phrase is not None and phrase.text.split()[0].lower() in lex.src["demonstratives"] \
            and phrase.head.lower() in lex.src["statement_nouns"]:
        return None  # "Diese Aussage macht deutlich, dass …": the outlet reads a statement quoted before
    if phrase is None or (c.verb is not None and not _fits_subject(phrase, c.verb.subject, lex)):
        return None  # "The museum shows paintings": only documents "show" a claim
    words = phrase.text.split()
    if len(words) > 1 and words[-1].lower() in lex.src["subject_pronouns"]:
        return None  # "Everything you think you know …": the pronoun is the subject, no phrase ending in it
    return phrase, antecedent


def _fits_subject(phrase: SourcePhrase, subject: str, lex) -> bool:
    """Whether ``phrase`` can be the source of a verb that needs a certain subject (``subject`` in
    the verb's lexicon entry): "document" ("Records show …"), or "voice", a person, organisation or
    document but no thing ("Die Studie zeigt, dass …", not "Das Video zeigt, wie …", "Der Fall X
    zeigt, …"): a phrase with a determiner counts only when a noun up to its head is a document,
    statement, person or organisation noun ("Die Forscherin Lea Brandt", "OECD-Gesundheitsbericht")."""
    if not subject:
        return True
    kind = kind_of(phrase, lex, False)
    if subject != "voice":
        return kind == subject
    if kind != "described":
        return True
    words = phrase.text.split()
    core = words[:words.index(phrase.head) + 1] if phrase.head in words else words
    nouns = lex.src["documents"] | lex.src["statement_nouns"]
    return any(_voice_noun(word.strip(",.;:"), nouns, lex) for word in core[1:])


def _voice_noun(word: str, nouns: frozenset[str], lex) -> bool:
    """A document or statement noun of ``nouns`` (by its tail: "Klimabericht"), or a person or organisation noun."""
    low = word.lower()
    return any(low.endswith(noun) for noun in nouns) or lex.phrases.noun_class(word) in ("person", "organisation")


def _subject_by_position(work: ReportedSentence, r: VerbReading, own: Ownership) -> SourcePhrase | None:
    """The subject where the verb's position puts it: the trailing speaker, the subject of the
    clause a heading verb closes, after a preposition-led verb, before a content-object verb,
    else near the verb (:func:`..cues.source_near`), or before an apposition."""
    c, seg, lex, toks, text, segs = r.cue, r.seg, work.lex, work.toks, work.text, work.segs
    if own.tail is not None:
        return own.tail
    if r.heading_clause:
        free = segs[work.owned + 1]
        return subject_before(toks, free.lo, free.hi, lex, text)
    if r.participle:  # "X issued …, adding that …": the subject of the claim before, else of the sentence
        return work.made[-1].phrase if work.made else work.state.language.sentence_subject(work)
    if c.kind == "so":
        return c.phrase
    if work.state.language.subject_after_relative_preposition(work, r):
        return subject_before(toks, seg.lo + 2, c.k, lex, text)  # "…, for which Lee said he's thankful"
    if r.first in lex.src["prepositions"] and r.first not in lex.src["conjunctions"]:
        if c.seg > 0 and segs[c.seg - 1].sep == "," and work.state.language.apposition_before(work, r, None):
            # "Jonas Adler, von der Organisation X bezeichnet …": the name before the apposition
            head = subject_before(toks, segs[0].lo, segs[0].hi, lex, text)
            if head is not None and head.end >= toks[segs[0].hi - 1].end:
                return head
        # "Im Interview sagte die Ministerin", else inside the verb bracket ("Am Montag hatte die Ministerin gesagt")
        return subject_after(toks, c.k, lex, text, stop=seg.hi) or work.state.language.bracket_subject(work.state, toks, seg.lo, c.k)
    if c.verb is not None and c.verb.content_object and not _reported_before(work, own, c):
        # what follows the verb is the content, never its subject; but where reported speech came
        # before ("Das sei zu teuer, kritisierte der Minister"), the subject follows as for any verb
        if r.bracket is not None:  # "Den Ausbau hat der Verband gefordert": before the auxiliary, else inside the bracket
            return subject_before(toks, seg.lo, r.bracket, lex, text) or work.state.language.bracket_subject(work.state, toks, seg.lo, c.k)
        return subject_before(toks, seg.lo, c.k, lex, text)
    phrase = source_near(work.state, toks, seg.lo, c.k, seg.hi)
    if c.seg > 0 and segs[c.seg - 1].sep == "," and (
            phrase is None and c.k == seg.lo or work.state.language.apposition_before(work, r, phrase)):
        head = subject_before(toks, segs[0].lo, segs[0].hi, lex, text)  # "Gilley, author of …, argued"
        if head is not None and (phrase is None or head.end >= toks[segs[0].hi - 1].end):
            phrase = head
    return phrase


def _reported_before(work: ReportedSentence, own: Ownership, c) -> bool:
    """The verb's owned content stands before it and is in reported mood ("Das sei zu teuer, …"),
    or the verb and its subject close the sentence after it ("Der Plan muss kommen, forderte der
    Verband."): the inverted inquit, whatever the content's mood."""
    if own.hi >= c.seg:
        return False
    lo, hi = work.segs[own.lo].lo, work.segs[own.hi].hi
    if has_reported_mood([t for t in work.toks[lo:hi] if not work.state.in_quote(t.start)], work.lex.lang):
        return True
    return _closing_inquit(work, c)


def _closing_inquit(work: ReportedSentence, c) -> bool:
    """The verb opens the sentence's last comma-fenced segment and only its subject follows it,
    or its subject and a phrase of circumstance ("…, kritisierte der Verband am Montag.")."""
    segs, toks = work.segs, work.toks
    seg = segs[c.seg]
    if c.k != seg.lo or c.seg == 0 or c.seg != len(segs) - 1 or segs[c.seg - 1].sep != ",":
        return False
    phrase = subject_after(toks, c.k, work.lex, work.text, stop=seg.hi)
    if phrase is None:
        return False
    rest = [t for t in toks[c.k + 1:seg.hi] if t.start >= phrase.end and t.text[0].isalnum()]
    return not rest or rest[0].text.lower() in work.lex.src["prepositions"]


def _subject_from_context(work: ReportedSentence, r: VerbReading, own: Ownership,
                          phrase: SourcePhrase | None) -> SourcePhrase | None:
    """Where the verb's own position gave no subject: the first clause's subject ("Mayor X thanked
    …, and pledged"), the subject of the claim before in the sentence ("She said …, but told …"),
    the noun before a relative pronoun ("…, die sagte, dass …"), or the first of two coordinated
    verbs ("Der Verband kritisierte X und forderte, …")."""
    c, seg, lex, toks, text, segs, made = r.cue, r.seg, work.lex, work.toks, work.text, work.segs, work.made
    language = work.state.language
    if phrase is not None and c.verb is not None and c.verb.infinitive and phrase.start > toks[c.k].start \
            and c.k + 1 < len(toks) and toks[c.k + 1].text.lower() in lex.src["infinitive_markers"]:
        phrase = None  # "…, and pledged to form a commission in Costa Rica": the infinitive has no subject
    if phrase is not None and c.seg > 0 and segs[c.seg - 1].sep == COORDINATED and c.k == seg.lo + 1 \
            and phrase.start > toks[c.k].start:
        phrase = None  # "… und wies beide Anträge zurück": the verb right after "und" shares the first subject
    if phrase is None:
        phrase = language.coordinated_verb_subject(work, r)  # "Mayor X thanked the nurses, and pledged to …"
    if phrase is None and made and seg.lo < c.k and all(
            t.text.lower() in lex.src["conjunctions"] | lex.src["skip"] for t in toks[seg.lo:c.k]):
        phrase = made[-1].phrase  # "She said …, but told reporters …": the subject of the first verb
        # "X apologized to the workers who accused him …, and pledged to …": X, not the workers
        phrase = language.subject_outside_relative(work, made[-1]) or phrase
    if phrase is None and c.seg > 0 and segs[c.seg - 1].sep == "," and c.k == seg.lo + 1 \
            and r.first in lex.src["relative_subjects"] and r.next_first not in lex.src["relative_not_before"]:
        before = segs[c.seg - 1]
        phrase = relative_antecedent(toks, before.lo, before.hi, lex, text)  # "…, die sagte, dass …": the noun before it
        if own.inline:  # "The mayor, who said the city was broke, resigned": the clause ends at its comma
            own.hi = own.span_hi = c.seg
    if phrase is None and c.seg > 0 and segs[c.seg - 1].sep == COORDINATED:
        ps = segs[c.seg - 1]  # "Der Verband kritisierte X und forderte, …": the first verb's subject
        kv = next((m for m in range(ps.lo, ps.hi) if toks[m].text.lower() in lex.verbs), None)
        phrase = source_near(work.state, toks, ps.lo, kv, ps.hi) if kv is not None else None
    return phrase


def _neuter_antecedent(state: ClaimState, i: int) -> Draft | None:
    """What "it" stands for as a speaker: the source of the claim just before (this or the previous
    sentence), when that source is no person (no known gender, not a named person)."""
    prev = state.last
    if prev is None or prev.phrase is None or not prev.name or prev.kind == "unnamed" or i - prev.sentence > 1:
        return None
    if prev.phrase.pronoun or state.resolver.gender_of(prev.name) is not None or person_name(prev.phrase, [], state.lex):
        return None
    return prev


# -- where the content lies ------------------------------------------------------------

def _before_particle(toks, seg, particle: str, cend: int) -> int:
    """The end of a split particle verb's object: before the particle that closes the clause."""
    m = next((m for m in range(seg.hi - 1, seg.lo - 1, -1) if toks[m].text not in ".!?"), None)
    if m is not None and toks[m].text.lower() == particle:
        return min(cend, toks[m - 1].end)
    return cend


def content_bounds(work: ReportedSentence, r: VerbReading, own: Ownership,
                   phrase: SourcePhrase | None = None) -> tuple[int, int] | None:
    """Start and end of the content in the owned segments: after the verb when the content is its
    object or follows it inline, before a trailing speaker; None when an inline verb has only an
    addressee ("Deyal told this newspaper.")."""
    c, seg, toks, text = r.cue, r.seg, work.toks, work.text
    cstart, cend = work.start_of(own.lo), work.end_of(own.hi)
    fin = r.bracket
    if fin is not None and own.lo == c.seg and not object_follows(toks, c.k, seg, work.lex):
        # "Bislang haben 66 Staaten einen Rahmen gefordert": inside the bracket, after a subject there
        at = next((m for m in range(fin + 1, c.k) if phrase is None or toks[m].start >= phrase.end), c.k)
        if phrase is None or phrase.start < toks[fin].start:
            at = fin + 1
        dets = work.lex.src["determiners"]
        if not any(t.text.lower() in dets for t in toks[at:c.k]) and toks[seg.lo].text.lower() in dets:
            return toks[seg.lo].start, toks[fin - 1].end  # "Den Ausbau hat der Verband gefordert": the object leads
        if at < c.k:
            return toks[at].start, toks[c.k - 1].end
    if c.kind == "verb" and c.verb.content_object and own.lo == c.seg and object_follows(toks, c.k, seg, work.lex):
        cstart = toks[c.k + 1].start  # "cited a lack of …": the object
        if c.verb.particle and own.hi == c.seg:
            cend = _before_particle(toks, seg, c.verb.particle, cend)  # "kündigte die Reform an": not "an"
    elif c.kind == "verb" and own.lo == c.seg and work.state.language.content_after_verb_preposition(work, c, seg):
        cstart = toks[c.k + 1].start  # "the workers who accused him of …": what follows the verb, not its subject
    if own.inline:
        at, relay = work.state.language.content_after_inline_verb(work, c, seg)
        if at >= seg.hi:
            return None  # "Deyal told this newspaper.": an addressee and nothing told
        cstart = toks[at].start
        if relay:
            work.pending_via.append(relay)  # "told Reuters the plan …": Reuters passed it on
    if own.tail is not None and own.hi == c.seg:
        cend = own.tail.start
        while cend > cstart + 1 and text[cend - 1] in " ,;:–—-\"“”'":
            cend -= 1  # "…, Wednesday, Levy said": the content ends before its comma
        cend += text[cend:cend + 1] in "\"“”'" and text[cstart - 1:cstart] in "\"“”'"
    return cstart, cend
