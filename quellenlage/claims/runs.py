"""Claims that run on without a cue of their own: hearsay and reported-speech continuations.

* reportive hearsay with no source ("soll … haben", "angeblich", "Claims were made that");
* a "soll"/"sollen"-led sentence in the paragraph of a relayed "soll" claim (still its hearsay);
* continuation: a sentence in Konjunktiv I/II (or, in German, one quoting the speaker)
  right after a claim belongs to that claim's source, across paragraph breaks and
  subheadings, bridging at most ``MAX_GAP`` sentences of the outlet's own.
"""

from __future__ import annotations

from ..nlp.morphology import has_konjunktiv1, has_reported_mood, is_konjunktiv1, is_reported_mood
from ..nlp.sentences import tokenize
from .engine import MAX_GAP, MAX_PRONOUN_GAP, Draft, Engine
from .lexicon import zu_infinitive
from .stance import reportive_cue


def reportive(eng: Engine, i: int) -> None:
    s = eng.sents[i]
    plain = eng.outside_quotes(s.start, s.end)
    where = reportive_cue(plain, eng.lex)
    if where is None:
        return
    d = Draft(s.start, s.end, s.start, s.end, "reportive", cue=(s.start + where[0], s.start + where[1]),
              hedged=where[2], sentence=i, paragraph=s.paragraph)
    eng.add(d)


def hearsay_run(eng: Engine, i: int) -> None:
    """ "Wie die Zeitung X berichtet, soll der Plan ausgesetzt werden. … Damit soll der Lockdown
    weitergehen.": a sentence led by the modal "soll"/"sollen" (a fronted word or two, then the
    modal) in the paragraph of a relayed claim that itself carries the modal is still that
    claim's hearsay, not a plan of the outlet's. Without such a claim before it in the paragraph
    ("Die Brücke soll 2030 fertig werden") the modal stays a plan."""
    gate = eng.lex.reportive_gate
    s = eng.sents[i]
    toks = [t for t in s.tokens if not eng.in_quote(t.start)]
    if gate is None or not any(t.text in eng.lex.reportive_run for t in toks[1:3]) or toks[-1].text == "?":
        return
    for prev in reversed(eng.drafts):
        if prev.paragraph != s.paragraph:
            return
        if prev.mode == "indirect" and (prev.phrase is not None or prev.name) and prev.sentence < i \
                and gate.search(eng.outside_quotes(prev.cstart, prev.cend)):
            d = Draft(s.start, s.end, s.start, s.end, "indirect", sentence=i, paragraph=s.paragraph, hedged=True)
            eng.inherit(d, prev)
            eng.add(d)
            return


def continuation(eng: Engine, i: int, inner: list[Draft] | None = None) -> None:
    """Reported speech runs on: across sentences and paragraphs (German news starts a new
    paragraph inside one speaker's indirect speech), over subheadings and teaser lines,
    as long as no sentence of the outlet's own interrupts the run. With ``inner`` (claims of
    relative clauses in the sentence), only the longest stretch outside them can continue."""
    prev = eng.last
    s = eng.sents[i]
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
        while lo < hi and eng.text[lo] in " ,;–—-":
            lo += 1
        while hi > lo and eng.text[hi - 1] in " ,;–—-":
            hi -= 1
        if hi - lo < 3:
            return
    toks = [t for t in s.tokens if not eng.in_quote(t.start) and lo <= t.start < hi]
    src = eng.lex.src
    if len(toks) > 1 and toks[0].text.lower() in src["demonstratives"] and toks[1].text.lower() in src["statement_nouns"]:
        return  # "Diese Aussage macht deutlich, dass …": the outlet about the statement, not the speaker
    limit = MAX_PRONOUN_GAP if _speaker_pronoun(eng, toks, prev) else MAX_GAP
    gap, j = 0, i - 1
    while j > prev.sentence and prev.end < eng.sents[j].start:
        if not eng.interstitial(j):
            if gap == limit:
                break
            gap += 1
        j -= 1
    if prev.end < eng.sents[j].start:
        return
    if gap and not has_konjunktiv1(toks, eng.lex.lang):
        return  # only a Konjunktiv I sentence bridges a sentence of the outlet's own
    prev = run_speaker(eng, prev) or prev
    quoted = any(eng.in_quote(t.start) and not eng.is_consumed(t.start) for t in s.tokens if lo <= t.start < hi) \
        and not gap and s.paragraph == prev.paragraph and eng.lex.lang == "de"
    mood = has_reported_mood(toks, eng.lex.lang)
    if not mood and not quoted:
        return
    if mood and not has_konjunktiv1(toks, eng.lex.lang) and not _reported(eng, prev):
        return  # Konjunktiv II alone ("Das würde bedeuten …") continues only reported speech
    if mood and not quoted and _coordinated_konjunktiv2(toks, eng):
        return  # "Das Team führt mit 2:1 und würde mit einem Sieg …": the first verb is indicative, the outlet's
    if mood and not quoted and prev.mode == "direct" and toks and toks[-1].text == "?" \
            and not has_konjunktiv1(toks, eng.lex.lang):
        return  # "„…“, sagt er. Was aber würde X erwarten?": the outlet's question between two quotes
    mode = "indirect" if mood else "direct"  # an indicative sentence quoting the speaker
    d = Draft(lo, hi, lo, hi, mode, sentence=i, paragraph=s.paragraph)
    eng.inherit(d, prev)
    eng.add(d)


def _speaker_pronoun(eng: Engine, toks: list, prev: Draft) -> bool:
    """ "Diesen Rückhalt habe sie auch gespürt": a Konjunktiv I verb with a personal pronoun
    right before or after it (its subject) that fits the last named speaker, and no other
    person of that gender named since: the speaker's reported speech, even after a few
    sentences of the outlet's own."""
    if not prev.name or prev.kind not in ("named", "described"):
        return False
    lang = eng.lex.lang
    for n, t in enumerate(toks):
        if not t.text[:1].islower() or not is_konjunktiv1(t, lang):
            continue
        for m in (n - 1, n + 1):
            if not 0 <= m < len(toks):
                continue
            gender = eng.lex.pronouns.get(toks[m].text.lower()) if toks[m].text.lower() in eng.lex.src["personal_pronouns"] else None
            if gender not in ("m", "f"):
                continue
            known = eng.resolver.gender_of(prev.name)
            if known not in (None, gender) or (known is None and prev.kind != "named"):
                return False  # a role without a name ("der Sprecher") only with its person's gender
            named = eng.resolver.resolve(toks[m].start, gender)
            return named is None or bool(set(named.split()) & set(prev.name.split()))  # "Kovač" in "Mira Kovač"
    return False


def _coordinated_konjunktiv2(toks: list, eng: Engine) -> bool:
    """A sentence whose only reported-mood verb is a Konjunktiv II right after "und"/"oder" (a second
    predicate of the same subject, "Das Team führt … und würde …"): its first predicate is indicative,
    so the sentence is the outlet's own, not a continuation of someone's speech."""
    lang = eng.lex.lang
    if has_konjunktiv1(toks, lang):
        return False
    first = next((n for n, t in enumerate(toks) if t.text[:1].islower() and is_reported_mood(t, lang)), None)
    return first is not None and first > 0 and toks[first - 1].text.lower() in eng.lex.src["predicate_coordinators"]


def _reported(eng: Engine, d: Draft) -> bool:
    """Whether a claim is a quotation or its content stands in Konjunktiv I/II."""
    if d.mode == "direct":
        return True
    toks = [t for t in tokenize(eng.text[d.cstart:d.cend], d.cstart) if not eng.in_quote(t.start)]
    # a demand in a zu-infinitive ("pochte darauf, Betriebe auszunehmen") is reported speech too:
    # "Andernfalls würden …" after it gives the speaker's reason; not a content that only ends in
    # one ("es sei möglich, …, um Wasserstoff zu gewinnen")
    return has_reported_mood(toks, eng.lex.lang) or (zu_infinitive(toks, eng.lex) and not any(t.text == "," for t in toks))


def run_speaker(eng: Engine, prev: Draft) -> Draft | None:
    """The speaker whose run a "laut X" / "X zufolge" sentence interrupts, if any.

    "Der Chef sagte, … . Laut Prognosen wachse der Markt. Die Preise stiegen." -> the last
    sentence is the chief's again: a prepositional source inside someone's reported speech
    is a figure they cite, not a new speaker."""
    sp = eng.speaker
    if prev.cue_kind not in ("prep", "after") or sp is None or sp is prev or sp.start >= prev.start:
        return None
    j = prev.sentence - 1
    while j > sp.sentence and eng.interstitial(j):
        j -= 1
    return sp if j >= 0 and sp.end >= eng.sents[j].start else None
