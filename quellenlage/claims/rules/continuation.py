"""Continuation: reported speech that runs on without a cue of its own.

A sentence in Konjunktiv I/II (or, in German, one quoting the speaker) right after a
claim belongs to that claim's source, across paragraph breaks and subheadings, bridging
at most ``MAX_GAP`` sentences of the outlet's own (``MAX_PRONOUN_GAP`` when its subject is
a pronoun that fits the speaker).
"""

from __future__ import annotations

from ...nlp.morphology import has_konjunktiv1, has_reported_mood, is_konjunktiv1, is_reported_mood
from ...nlp.sentences import tokenize
from ..core import MAX_GAP, MAX_PRONOUN_GAP, Draft
from ..lexicon import zu_infinitive
from ..sources import SourcePhrase, read_np
from ..state import ClaimState


def continuation(state: ClaimState, i: int, inner: list[Draft] | None = None) -> None:
    """Reported speech runs on: across sentences and paragraphs (German news starts a new
    paragraph inside one speaker's indirect speech), over subheadings and teaser lines,
    as long as no sentence of the outlet's own interrupts the run. With ``inner`` (claims of
    relative clauses in the sentence), only the longest stretch outside them can continue."""
    prev = state.last
    s = state.sents[i]
    if prev is None or i == 0:
        return
    lo, hi = s.start, s.end
    if inner:
        cuts = sorted((d.start, d.end) for d in inner)
        pieces, at = [], s.start
        for a, b in cuts:
            pieces.append((at, a))
            at = max(at, b)
        pieces.append((at, s.end))
        lo, hi = max(pieces, key=lambda p: p[1] - p[0])
        while lo < hi and state.text[lo] in " ,;–—-":
            lo += 1
        while hi > lo and state.text[hi - 1] in " ,;–—-":
            hi -= 1
        if hi - lo < 3:
            return
    mask, size = state.quote_mask, len(state.quote_mask)  # state.in_quote, in line: every token of most sentences
    toks = [t for t in s.tokens if lo <= t.start < hi and not (0 <= t.start < size and mask[t.start] == 1)]
    src = state.lex.src
    if len(toks) > 1 and toks[0].text.lower() in src["demonstratives"] and toks[1].text.lower() in src["statement_nouns"]:
        return  # "Diese Aussage macht deutlich, dass …": the outlet about the statement, not the speaker
    fits = _speaker_pronoun(state, toks, prev)
    # a pronoun that fits the speaker bridges more; one that fits someone else only a single sentence
    limit = MAX_PRONOUN_GAP if fits else MAX_GAP if fits is None else 1
    gap, j = 0, i - 1
    while j > prev.sentence and prev.end < state.sents[j].start:
        if not state.interstitial(j):
            if gap == limit:
                break
            gap += 1
        j -= 1
    if prev.end < state.sents[j].start:
        return
    if gap and not has_konjunktiv1(toks, state.lex.lang):
        return  # only a Konjunktiv I sentence bridges a sentence of the outlet's own
    prev = run_speaker(state, prev) or prev
    quoted = any(state.in_quote(t.start) and not state.is_consumed(t.start) for t in s.tokens if lo <= t.start < hi) \
        and not gap and s.paragraph == prev.paragraph and state.language.quote_continues_speech
    mood = has_reported_mood(toks, state.lex.lang)
    if not mood and not quoted:
        return
    if mood and not has_konjunktiv1(toks, state.lex.lang) and not _reported(state, prev):
        return  # Konjunktiv II alone ("Das würde bedeuten …") continues only reported speech
    if mood and not quoted and _coordinated_konjunktiv2(toks, state):
        return  # "Das Team führt mit 2:1 und würde mit einem Sieg …": the first verb is indicative, the outlet's
    if mood and not quoted and prev.mode == "direct" and toks and toks[-1].text == "?" \
            and not has_konjunktiv1(toks, state.lex.lang):
        return  # "„…“, sagt er. Was aber würde X erwarten?": the outlet's question between two quotes
    mode = "indirect" if mood else "direct"  # an indicative sentence quoting the speaker
    d = Draft(lo, hi, lo, hi, mode, sentence=i, paragraph=s.paragraph)
    own = _named_subject(state, toks) if mood and not quoted else None
    if own is not None and not set(own.text.split()) & set((prev.name or "").split()):
        state.attribute(d, own, s.tokens)  # a voice of its own, not the run before
    else:
        state.inherit(d, prev)
    state.add(d)


def _named_subject(state: ClaimState, toks: list) -> SourcePhrase | None:
    """ "Der Schriftsteller Jonas Weller sieht darin einen Humor, der … habe": a sentence that opens
    with a named person and a verb in the indicative brings a voice of its own; the Konjunktiv after
    that verb is the person's reported speech, not the run of the speaker before. The phrase, else None."""
    if len(toks) < 3:
        return None
    phrase = read_np(toks, 0, state.lex, state.text)
    if phrase is None or phrase.pronoun:
        return None
    verb = next((t for t in toks if t.start >= phrase.end), None)
    src = state.lex.src
    if verb is None or not verb.text.isalpha() or not verb.text[:1].islower() \
            or any(verb.text in src[key] for key in ("function_words", "determiners", "skip")) \
            or is_reported_mood(verb, state.lex.lang):
        return None
    persons = (m for e in state.doc.entities if e.type == "PER" for m in e.mentions)
    return phrase if any(phrase.start <= m.start and m.end <= phrase.end for m in persons) else None


def continuation_around_relative(state: ClaimState, i: int) -> None:
    """ "Der Vertrag, der laut X 2 Mio. kostet, wurde …": when the sentence's only claims are
    those of relative clauses, the longest stretch outside them may continue the run before."""
    continuation(state, i, state.turn_drafts())


def _speaker_pronoun(state: ClaimState, toks: list, prev: Draft) -> bool | None:
    """ "Diesen Rückhalt habe sie auch gespürt": a Konjunktiv I verb with a personal pronoun
    right before or after it (its subject) that fits the last named speaker, and no other
    person of that gender named since: the speaker's reported speech, even after a few
    sentences of the outlet's own. False when the pronoun fits someone else, None when the
    sentence has no such pronoun (or the speaker no name to check it against)."""
    if not prev.name or prev.kind not in ("named", "described"):
        return None
    lang = state.lex.lang
    for n, t in enumerate(toks):
        if not t.text[:1].islower() or not is_konjunktiv1(t, lang):
            continue
        for m in (n - 1, n + 1):
            if not 0 <= m < len(toks):
                continue
            gender = state.lex.pronouns.get(toks[m].text.lower()) if toks[m].text.lower() in state.lex.src["personal_pronouns"] else None
            if gender not in ("m", "f"):
                continue
            known = state.resolver.gender_of(prev.name)
            if known not in (None, gender) or (known is None and prev.kind != "named"):
                return False  # a role without a name ("der Sprecher") only with its person's gender
            named = state.resolver.resolve(toks[m].start, gender)
            return named is None or bool(set(named.split()) & set(prev.name.split()))  # "Kovač" in "Mira Kovač"
    return None


def _coordinated_konjunktiv2(toks: list, state: ClaimState) -> bool:
    """A sentence whose only reported-mood verb is a Konjunktiv II right after "und"/"oder" (a second
    predicate of the same subject, "Das Team führt … und würde …"): its first predicate is indicative,
    so the sentence is the outlet's own, not a continuation of someone's speech."""
    lang = state.lex.lang
    if has_konjunktiv1(toks, lang):
        return False
    first = next((n for n, t in enumerate(toks) if t.text[:1].islower() and is_reported_mood(t, lang)), None)
    return first is not None and first > 0 and toks[first - 1].text.lower() in state.lex.src["predicate_coordinators"]


def _reported(state: ClaimState, d: Draft) -> bool:
    """Whether a claim is a quotation or its content stands in Konjunktiv I/II."""
    if d.mode == "direct":
        return True
    toks = [t for t in tokenize(state.text[d.cstart:d.cend], d.cstart) if not state.in_quote(t.start)]
    # a demand in a zu-infinitive ("pochte darauf, Betriebe auszunehmen") is reported speech too:
    # "Andernfalls würden …" after it gives the speaker's reason; not a content that only ends in
    # one ("es sei möglich, …, um Wasserstoff zu gewinnen")
    return has_reported_mood(toks, state.lex.lang) or (zu_infinitive(toks, state.lex) and not any(t.text == "," for t in toks))


def run_speaker(state: ClaimState, prev: Draft) -> Draft | None:
    """The speaker whose run a "laut X" / "X zufolge" sentence interrupts, if any.

    "Der Chef sagte, … . Laut Prognosen wachse der Markt. Die Preise stiegen." -> the last
    sentence is the chief's again: a prepositional source inside someone's reported speech
    is a figure they cite, not a new speaker."""
    sp = state.speaker
    if prev.cue_kind not in ("prep", "after") or sp is None or sp is prev or sp.start >= prev.start:
        return None
    j = prev.sentence - 1
    while j > sp.sentence and state.interstitial(j):
        j -= 1
    return sp if j >= 0 and sp.end >= state.sents[j].start else None
