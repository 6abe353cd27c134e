"""The claim engine: cue-first attribution over one document.

One pass over the sentences in order. For each sentence, in this order:

1. **Quotations** that open in it (:mod:`.quotes`): the speaker is read from a trailing
   cue ("…", sagte Berger), a colon introduction ("Scholz: …", "… und greift an: …"),
   or, for a quote with no cue of its own, the source of the claim just before (same or
   next paragraph). Quoted fragments inside a sentence ('Vom "größten Projekt" sprach …')
   are left to step 2.
2. **Cues** outside quotations (:mod:`.reported`): reporting verbs with their content
   clause, "laut X", "X zufolge", "nach Angaben von X", "seinen Angaben nach",
   "nach eigenen Angaben", "demnach", "so X", "Das berichtet X".
3. **Reportive** hearsay with no source ("soll … haben", "angeblich").
4. **Continuation**: a sentence in Konjunktiv I/II right after a claim belongs to that
   claim's source ("Die Preise stiegen weiter, …" after "sagte die Ökonomin").

Every step is bounded by its sentence (or its quotation within one paragraph), so no
claim can span the article and time stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Claim, Document, Quantity, Relay, Sentence, Source
from ..nlp.morphology import has_konjunktiv1, has_reported_mood
from ..nlp.sentences import _abbreviations, tokenize
from ..nlp.sentences import sentences as split_sentences
from .lexicon import Lexicon, lexicon
from .quotes import Quote, find_quotes, word_count
from .sources import Resolver, SourcePhrase, apposition, first_names, kind_of, known_non_person, person_name
from .stance import is_hedged, reportive_cue, stance_of

MAX_CLAIM = 3000  # characters: a longer "claim" is a broken quote or a flattened table
MAX_GAP = 1  # sentences of the outlet's own a Konjunktiv I continuation may bridge


@dataclass
class Draft:
    """A claim under construction (offsets into the article text)."""

    start: int
    end: int
    cstart: int
    cend: int
    mode: str
    cue: tuple[int, int] | None = None
    phrase: SourcePhrase | None = None
    name: str | None = None
    kind: str = "unnamed"
    stance: str = "assert"
    verb_stance: str = "assert"
    hedged: bool = False
    via: list[str] = field(default_factory=list)
    sentence: int = 0
    paragraph: int = 0
    cue_kind: str = "speech"  # "prep"/"after" for "laut X", "X zufolge"; see Engine.continuation
    inner: bool = False  # "…, bei dem laut X …, …": a claim of a relative clause only, not of its sentence


class Engine:
    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc, self.lex, self.text = doc, lex, doc.text
        self.sents: list[Sentence] = doc.sentences or split_sentences(self.text, lex.lang, with_tokens=True)
        for s in self.sents:
            if not s.tokens:
                s.tokens = tokenize(self.text[s.start:s.end], s.start)
        self.quotes = find_quotes(self.text)
        self.quote_mask = bytearray(len(self.text))
        for q in self.quotes:
            self.quote_mask[q.start:q.end] = b"\x01" * (q.end - q.start)
        # The text with quotations blanked, built once: slicing it keeps outside_quotes linear.
        self.plain = "".join(" " if m else ch for ch, m in zip(self.text, self.quote_mask, strict=True))
        self.consumed = bytearray(len(self.text))
        self.drafts: list[Draft] = []
        self.resolver = Resolver(doc)
        self.last: Draft | None = None  # the last claim with a source
        self.speaker: Draft | None = None  # the last claim of someone speaking (verb, quote, "so X")

    # -- helpers ---------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        return 0 <= pos < len(self.quote_mask) and self.quote_mask[pos] == 1

    def is_consumed(self, pos: int) -> bool:
        return 0 <= pos < len(self.consumed) and self.consumed[pos] == 1

    def consume(self, start: int, end: int) -> None:
        self.consumed[start:end] = b"\x01" * (end - start)

    def outside_quotes(self, start: int, end: int) -> str:
        """The text with quotations blanked, so hedges and moods inside quotes do not count."""
        return self.plain[start:end]

    def attribute(self, draft: Draft, phrase: SourcePhrase | None, tokens) -> Draft:
        """Fill source name and kind from a phrase; pronouns and descriptors are resolved."""
        if phrase is not None and not phrase.pronoun:
            phrase = self._surname_alone(phrase)
        draft.phrase = phrase
        if phrase is None:
            return draft
        named = appo = None
        if phrase.pronoun == "pl":  # "they": the group quoted just before ("The union said … They added …")
            prev = self.last
            if prev is not None and prev.name and prev.kind != "unnamed" and \
                    self.sentence_of(phrase.start) - prev.sentence <= 1 and self.resolver.gender_of(prev.name) is None:
                draft.name, draft.kind = prev.name, prev.kind
                return draft
            group = self._group_before(phrase.start)
            if group is not None:  # "… left energy experts bewildered. They said …"
                draft.name, draft.kind = group, "anonymous"
                return draft
        if phrase.pronoun in ("m", "f"):  # "A woman … admitted that … She said …": a described person
            prev = self.last
            if prev is not None and prev.phrase is not None and prev.kind in ("described", "anonymous") and \
                    self.sentence_of(phrase.start) - prev.sentence <= 1 and \
                    self.lex.src.get("gendered", {}).get(prev.phrase.head.lower()) == phrase.pronoun:
                draft.name, draft.kind = prev.name, prev.kind
                return draft
        if phrase.pronoun or phrase.descriptor:
            prev = self.last
            speaker = None
            if prev is not None and prev.name and prev.kind == "named" and self.sentence_of(phrase.start) - prev.sentence <= 1 \
                    and self.resolver.is_person(prev.name):  # not "Amnesty International … she said"
                speaker = prev.name
            named = self.resolver.resolve(phrase.start, phrase.pronoun, speaker)
            draft.name = named or (None if phrase.pronoun else phrase.text)
        else:
            person = person_name(phrase, tokens, self.lex)
            # "der Vorsitzende der Gewerkschaft Bau, Markus Lehmann": the capitalised run inside
            # the role phrase ("Gewerkschaft Bau") is no person when it starts with no first name
            appo = apposition(phrase, tokens, self.text) \
                if person is None or person.split()[0] not in first_names() else None
            if appo is not None:  # "der Sprecher der Polizei, Max Roth"
                draft.phrase, person, named = appo, appo.head, appo.head
            draft.name = person or _strip_det(phrase.text, self.lex)
            if person and not known_non_person(person):  # "Amnesty International" is no antecedent of "she"
                self.resolver.note(phrase.start, person)
        draft.kind = kind_of(phrase, self.lex, named is not None) if appo is None else "named"
        return draft

    def _surname_alone(self, phrase: SourcePhrase) -> SourcePhrase:
        """ 'laut Hörmann der "Plan" …': a bare surname of a person named before is the whole
        source; the "der …" after it opens the clause's subject, not a genitive of the name."""
        words = phrase.text.split()
        first = words[0]
        if len(words) < 2 or words[1].lower() not in self.lex.src["attach"] or not first.isalpha() \
                or not first[:1].isupper() or first.lower() in self.lex.src["determiners"]:
            return phrase
        if not any(name.endswith(" " + first) and off < phrase.start for off, name, _g in self.resolver.candidates()):
            return phrase
        return SourcePhrase(phrase.start, phrase.start + len(first), first, first)

    def _group_before(self, pos: int) -> str | None:
        """The last plural group noun ("experts", "officials") in the sentence before ``pos``'s,
        with one modifier ("energy experts"): what a following "they" most often means."""
        j = self.sentence_of(pos)
        if j == 0 or self.sents[j - 1].paragraph != self.sents[j].paragraph:
            return None
        toks = [t for t in self.sents[j - 1].tokens if not self.in_quote(t.start)]
        groups = self.lex.src["anonymous"]
        for n in range(len(toks) - 1, -1, -1):
            low = toks[n].text.lower()
            if low in groups and low.endswith("s"):
                mod = toks[n - 1].text if n > 0 else ""
                if mod.isalpha() and mod.islower() and mod not in self.lex.src["determiners"] \
                        and mod not in self.lex.src["prepositions"] and mod not in self.lex.src["stop"]:
                    return f"{mod} {toks[n].text}"
                return toks[n].text
        return None

    def add(self, d: Draft) -> None:
        if d.end - d.start > MAX_CLAIM or d.cend <= d.cstart:
            return
        span_text = self.outside_quotes(d.start, d.end)
        if d.mode != "direct":
            d.hedged = d.hedged or is_hedged(span_text, self.lex)
        d.stance = stance_of(self.text[d.start:d.end], self.lex, d.verb_stance)
        self.drafts.append(d)
        self.consume(d.start, d.end)
        if (d.phrase is not None or d.name) and not d.inner and not self._interstitial(d.sentence):
            # a quote in a subheading ('Weikert: "…"') does not take over the run below it
            self.last = d
            if d.cue_kind == "speech":
                self.speaker = d

    # -- the pass --------------------------------------------------------------------
    def run(self) -> list[Draft]:
        from .reported import find_reported

        qi = 0
        for i, sent in enumerate(self.sents):
            before = len(self.drafts)
            while qi < len(self.quotes) and self.quotes[qi].start < sent.end:
                q = self.quotes[qi]
                qi += 1
                if q.start >= sent.start and not self.is_consumed(q.start):
                    self.quote_claim(q, i)
            if all(self.is_consumed(t.start) or self.in_quote(t.start) for t in sent.tokens):
                continue
            if self.lex.has_cue(self.text, sent):
                find_reported(self, i)
            if len(self.drafts) == before:
                self.reportive(i)
            if len(self.drafts) == before:
                self.continuation(i)
            if len(self.drafts) == before:
                self.hearsay_run(i)
            elif all(d.inner for d in self.drafts[before:]):  # the main clause around a relative clause's claim
                self.continuation(i, self.drafts[before:])
        return self.drafts

    def sentence_of(self, pos: int, hint: int = 0) -> int:
        for j in range(hint, len(self.sents)):
            if self.sents[j].start <= pos < self.sents[j].end or self.sents[j].start > pos:
                return j
        return len(self.sents) - 1

    # -- quotations ------------------------------------------------------------------
    def quote_claim(self, q: Quote, i: int) -> None:
        from .cues import cue_source_in

        text, _lex = self.text, self.lex
        a, b = q.inner
        inner = text[a:b].rstrip()
        if word_count(text, q) < 3 or q.end - q.start > MAX_CLAIM:
            return
        j = self.sentence_of(max(q.end - 1, q.start), i)
        sent_end = self.sents[j].end if q.end <= self.sents[j].end else q.end
        clause_start = _clause_start(text, q.start, self.sents[i].start)
        if clause_start != q.start:
            return  # a quoted fragment inside a sentence: part of whatever claim covers it
        d = Draft(q.start, q.end, a, a + len(inner), "direct", sentence=i, paragraph=q.paragraph)
        # 1. a trailing cue: "…", sagte er.  /  "…," said Della.
        trailer = text[q.end:sent_end]
        tstrip = trailer.lstrip()
        if tstrip.startswith((",", "–", "-", "—")) or inner.rstrip("'‘’").endswith(",") or (tstrip[:1].islower() and q.closed):
            stop = _clause_end(text, q.end + (len(trailer) - len(tstrip)) + 1, sent_end, _abbreviations(self.lex.lang))
            found = cue_source_in(self, q.end, stop)
            if found is not None:
                cue, phrase, toks, vstance = found
                d.end = max(q.end, stop)
                d.cue, d.verb_stance = cue, vstance
                self.attribute(d, phrase, toks)
                if d.phrase is not None:
                    self.add(d)
                    return
        # 2. a colon introduction, or a cue before the quote in the same sentence
        prev_end = self._prev_quote_end(q)
        lead_from = max(self.sents[i].start, prev_end)
        lead = text[lead_from:q.start].rstrip()
        # English 'The mayor said, "…"', 'X told "CBS" co-host Y, "…"': a comma introduction
        # counts only with a reporting verb in it (not 'In the end, "…"')
        said_comma = lead.endswith(",") and prev_end <= self.sents[i].start and self.lex.subject_first
        if lead.endswith(":") or (lead.endswith(",") and prev_end > self.sents[i].start) or said_comma:
            found = cue_source_in(self, lead_from, lead_from + len(lead) - 1, colon=True)
            lead_end = lead_from + len(lead) - 1
            if found is not None and said_comma and not self._speaker_before_verb(found, lead_end):
                found = None  # 'Asked what he thought, Blocker said, "…"': the clause right before the comma
                cut = self.outside_quotes(lead_from, lead_end).rfind(",")
                if cut > 0:
                    found = cue_source_in(self, lead_from + cut + 1, lead_end, colon=True)
                    if found is not None and not self._speaker_before_verb(found, lead_end):
                        found = None
            if found is not None:
                cue, phrase, toks, vstance = found
                d.start, d.cue, d.verb_stance = lead_from, cue, vstance
                self.attribute(d, phrase, toks)
                if d.phrase is not None and not (said_comma and not d.name):
                    self._lead_claim(d, toks, lead_from + len(lead) - 1, i)
                    self.add(d)
                    return
            prev = self.last
            if prev is not None and prev.sentence == i and not said_comma:
                self._inherit(d, prev)
                self.add(d)
                return
        # a German quote that is part of a clause: appended ("Die Nachfrage sei hoch, „so hoch wie
        # nie“") or its subject („…“ erlaubten dem Amt keine Pause): the sentence is the claim (a
        # continuation), not the fragment alone
        if self.lex.lang == "de" and ((lead.endswith(",") and lead_from == self.sents[i].start
                                       and cue_source_in(self, lead_from, lead_from + len(lead) - 1) is None)
                                      or (q.closed and tstrip[:1].islower())):
            return
        # 3. no cue of its own: the speaker of the claim just before
        prev = self.last and (self._run_speaker(self.last) or self.last)
        if prev is not None and (q.paragraph == prev.paragraph or (q.paragraph == prev.paragraph + 1 and q.continues)
                                 or (q.paragraph == prev.paragraph + 1 and prev.mode == "direct" and i - prev.sentence <= 2)
                                 # "X said it was possible.\n“That is a possibility …”": a quote paragraph
                                 # right after a paragraph that ends with X's reported claim
                                 or (q.paragraph == prev.paragraph + 1 and prev.mode == "indirect" and i - prev.sentence == 1
                                     and prev.phrase is not None and (q.start == 0 or text[q.start - 1] == "\n"))) \
                and i - prev.sentence <= 3:
            self._inherit(d, prev)
            self.add(d)

    def _lead_claim(self, d: Draft, toks: list, colon: int, i: int) -> None:
        """A colon introduction that reports something of its own before the quote:
        "X sagte, die Lage sei ernst: „…“" or "Die Lage ist ernst, versichert X: „…“".
        That part is an indirect claim of the quote's speaker; the quote stays a direct one."""
        cue, phrase = d.cue, d.phrase
        if cue is None or phrase is None or self.in_quote(colon - 1):
            return
        commas = [t for t in toks if t.text == "," and not self.in_quote(t.start)]
        cstart = cend = None
        after = max(cue[1], phrase.end)
        nxt = next((t for t in commas if t.start >= after), None)
        if nxt is not None:  # "sagte am Dienstag, die Hängepartie sei schlecht:"
            rest = [t for t in toks if t.start > nxt.start and not self.in_quote(t.start)]
            if rest and (rest[0].text.lower() in self.lex.complementizers
                         or has_konjunktiv1(rest, self.lex.lang)):
                cstart, cend = rest[0].start, colon
        if cstart is None and not self.lex.subject_first and phrase.start > cue[0]:
            # German inversion: "Die Lage ist ernst, versichert X:" -- the content stands before the verb
            before = [t for t in commas if t.end <= cue[0]]
            if before and self.text[before[-1].end:cue[0]].strip() == "":
                first = next((t for t in toks if not self.in_quote(t.start)), None)
                if first is not None and before[-1].start - first.start > 0:
                    cstart, cend = first.start, before[-1].start
        if cstart is None or cend is None or len(self.text[cstart:cend].split()) < 3:
            return
        lead = Draft(d.start, colon, cstart, cend, "indirect", cue=cue, sentence=i, paragraph=d.paragraph,
                     verb_stance=d.verb_stance)
        self.attribute(lead, phrase, toks)
        self.add(lead)

    def _reported(self, d: Draft) -> bool:
        """Whether a claim is a quotation or its content stands in Konjunktiv I/II."""
        if d.mode == "direct":
            return True
        toks = [t for t in tokenize(self.text[d.cstart:d.cend], d.cstart) if not self.in_quote(t.start)]
        return has_reported_mood(toks, self.lex.lang)

    def _run_speaker(self, prev: Draft) -> Draft | None:
        """The speaker whose run a "laut X" / "X zufolge" sentence interrupts, if any.

        "Der Chef sagte, … . Laut Prognosen wachse der Markt. Die Preise stiegen." -> the last
        sentence is the chief's again: a prepositional source inside someone's reported speech
        is a figure they cite, not a new speaker."""
        sp = self.speaker
        if prev.cue_kind not in ("prep", "after") or sp is None or sp is prev or sp.start >= prev.start:
            return None
        j = prev.sentence - 1
        while j > sp.sentence and self._interstitial(j):
            j -= 1
        return sp if j >= 0 and sp.end >= self.sents[j].start else None

    def _interstitial(self, j: int) -> bool:
        """Sentence ``j`` is a paragraph of its own that reads as a heading or teaser line."""
        s = self.sents[j]
        alone = (j == 0 or self.sents[j - 1].paragraph != s.paragraph) and (
            j + 1 >= len(self.sents) or self.sents[j + 1].paragraph != s.paragraph)
        return alone and _is_heading(self.text[s.start:s.end])

    def _inherit(self, d: Draft, prev: Draft) -> None:
        d.phrase, d.name, d.kind, d.via = prev.phrase, prev.name, prev.kind, list(prev.via)
        d.cue_kind = prev.cue_kind

    def _speaker_before_verb(self, found, lead_end: int) -> bool:
        """'The mayor said, "…"', 'She added, "…"': a comma introduction names its speaker right
        before the reporting verb (only adverbs between) in the clause that ends at the comma, not
        'Asked what he thought, Blocker said, "…"' or 'Back in 2009 she told Oprah, "…"'."""
        cue, phrase, _toks, _stance = found
        if phrase is None or self.text[cue[0]:cue[1]].lower() not in self.lex.verbs or phrase.end > cue[0] \
                or "," in self.outside_quotes(cue[1], lead_end):
            return False
        between = self.text[phrase.end:cue[0]].split()
        return all(w.lower() in self.lex.src["skip"] or w.lower().endswith("ly") for w in between)

    def _prev_quote_end(self, q: Quote) -> int:
        """End of the quotation before ``q`` in its paragraph, or -1. In English a quoted name or
        title of one or two words inside a clause ('told "CBS" co-host …') is part of the clause,
        not a quotation before it."""
        k = self.quotes.index(q) - 1
        while self.lex.subject_first and k >= 0 and self.quotes[k].paragraph == q.paragraph \
                and word_count(self.text, self.quotes[k]) < 3 \
                and _clause_start(self.text, self.quotes[k].start, self.sents[self.sentence_of(self.quotes[k].start)].start) < 0:
            k -= 1
        return self.quotes[k].end if k >= 0 and self.quotes[k].paragraph == q.paragraph else -1

    # -- hearsay and continuations ---------------------------------------------------
    def reportive(self, i: int) -> None:
        s = self.sents[i]
        plain = self.outside_quotes(s.start, s.end)
        where = reportive_cue(plain, self.lex)
        if where is None:
            return
        d = Draft(s.start, s.end, s.start, s.end, "reportive", cue=(s.start + where[0], s.start + where[1]),
                  hedged=where[2], sentence=i, paragraph=s.paragraph)
        self.add(d)

    def hearsay_run(self, i: int) -> None:
        """ "Wie die Zeitung X berichtet, soll der Plan ausgesetzt werden. … Damit soll der Lockdown
        weitergehen.": a sentence led by the modal "soll"/"sollen" (a fronted word or two, then the
        modal) in the paragraph of a relayed claim that itself carries the modal is still that
        claim's hearsay, not a plan of the outlet's. Without such a claim before it in the paragraph
        ("Die Brücke soll 2030 fertig werden") the modal stays a plan."""
        gate = self.lex.reportive_gate
        s = self.sents[i]
        toks = [t for t in s.tokens if not self.in_quote(t.start)]
        if gate is None or not any(t.text in self.lex.reportive_run for t in toks[1:3]) or toks[-1].text == "?":
            return
        for prev in reversed(self.drafts):
            if prev.paragraph != s.paragraph:
                return
            if prev.mode == "indirect" and (prev.phrase is not None or prev.name) and prev.sentence < i \
                    and gate.search(self.outside_quotes(prev.cstart, prev.cend)):
                d = Draft(s.start, s.end, s.start, s.end, "indirect", sentence=i, paragraph=s.paragraph, hedged=True)
                self._inherit(d, prev)
                self.add(d)
                return

    def continuation(self, i: int, inner: list[Draft] | None = None) -> None:
        """Reported speech runs on: across sentences and paragraphs (German news starts a new
        paragraph inside one speaker's indirect speech), over subheadings and teaser lines,
        as long as no sentence of the outlet's own interrupts the run. With ``inner`` (claims of
        relative clauses in the sentence), only the longest stretch outside them can continue."""
        prev = self.last
        s = self.sents[i]
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
            while lo < hi and self.text[lo] in " ,;–—-":
                lo += 1
            while hi > lo and self.text[hi - 1] in " ,;–—-":
                hi -= 1
            if hi - lo < 3:
                return
        toks = [t for t in s.tokens if not self.in_quote(t.start) and lo <= t.start < hi]
        gap, j = 0, i - 1
        while j > prev.sentence and prev.end < self.sents[j].start:
            if not self._interstitial(j):
                if gap == MAX_GAP:
                    break
                gap += 1
            j -= 1
        if prev.end < self.sents[j].start:
            return
        if gap and not has_konjunktiv1(toks, self.lex.lang):
            return  # only a Konjunktiv I sentence bridges a sentence of the outlet's own
        prev = self._run_speaker(prev) or prev
        quoted = any(self.in_quote(t.start) and not self.is_consumed(t.start) for t in s.tokens if lo <= t.start < hi) \
            and not gap and s.paragraph == prev.paragraph and self.lex.lang == "de"
        mood = has_reported_mood(toks, self.lex.lang)
        if not mood and not quoted:
            return
        if mood and not has_konjunktiv1(toks, self.lex.lang) and not self._reported(prev):
            return  # Konjunktiv II alone ("Das würde bedeuten …") continues only reported speech
        mode = "indirect" if mood else "direct"  # an indicative sentence quoting the speaker
        d = Draft(lo, hi, lo, hi, mode, sentence=i, paragraph=s.paragraph)
        self._inherit(d, prev)
        self.add(d)


def _is_heading(text: str) -> bool:
    """A short line without final punctuation: a subheading, a teaser or link line."""
    t = text.rstrip().rstrip("\"“”»«'‘’")  # a heading may end in a quoted phrase
    return bool(t) and t[-1] not in ".!?:;)" and len(t.split()) <= 12


def _strip_det(text: str, lex: Lexicon) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in lex.src["determiners"] else text


def _clause_start(text: str, pos: int, floor: int) -> int:
    """``pos`` if only a clause boundary (or nothing) precedes it in its sentence."""
    k = pos - 1
    while k >= floor and text[k] in " \t":
        k -= 1
    return pos if k < floor or text[k] in ".!?:;,\n–—-(" else -1


def _clause_end(text: str, start: int, limit: int, abbrevs: frozenset[str] = frozenset()) -> int:
    """End of the trailing clause after a quote: the next stop, colon or opening quote
    (not the dot of an abbreviation: '…," said Dr. Sobhi Skaik')."""
    for k in range(start, limit):
        if text[k] in ".;:!?„»\"“" and not (text[k] == "." and k + 1 < limit and text[k + 1].isalnum()):
            if text[k] == "." and abbrevs:
                w = k
                while w > start and text[w - 1].isalpha():
                    w -= 1
                if text[w:k] in abbrevs:
                    continue
            return k
    return limit


def to_claims(doc: Document, drafts: list[Draft]) -> list[Claim]:
    """Drafts as contract claims, in text order, with entities and figures linked."""
    try:
        from ..entities import link_source
    except ImportError:
        link_source = None
    try:
        from ..quantities import quantities_within
    except ImportError:
        quantities_within = None
    out: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for d in sorted(drafts, key=lambda d: d.start):
        if (d.start, d.end) in seen:
            continue
        seen.add((d.start, d.end))
        source = None
        if d.phrase is not None:
            p = d.phrase
            entity = None
            if link_source is not None:
                try:
                    entity = link_source(doc, p.start, p.end)
                except Exception:  # entities are optional for claims
                    entity = None
            kind = d.kind
            ent = doc.entity(entity)
            if ent is not None and kind == "described" and ent.type in ("GPE", "PER", "MEDIA"):
                kind = "named"  # "die USA", "der Kreml"-like names of states, people and outlets
            source = Source(text=p.text, start=p.start, end=p.end, name=d.name or p.text, entity=entity, kind=kind)
        elif d.mode != "reportive" and d.name:
            source = Source(text=None, start=None, end=None, name=d.name, kind=d.kind)
        quantities: list[Quantity] = []
        if quantities_within is not None:
            try:
                quantities = list(quantities_within(doc, d.cstart, d.cend))
            except Exception:
                quantities = []
        out.append(Claim(
            id=f"c{len(out) + 1}",
            span=doc.span(d.start, d.end),
            content=doc.span(d.cstart, d.cend),
            cue=doc.span(*d.cue) if d.cue else None,
            source=source,
            mode=d.mode,  # type: ignore[arg-type]
            stance=d.stance,  # type: ignore[arg-type]
            hedged=d.hedged,
            via=[Relay(name=v) for v in d.via],
            quantities=quantities,
        ))
    return out


def analyze_claims(doc: Document) -> list[Claim]:
    lex = lexicon(doc.article.language or "de")
    if not lex.verbs:
        return []
    return to_claims(doc, Engine(doc, lex).run())
