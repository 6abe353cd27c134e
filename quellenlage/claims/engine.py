"""The claim engine: cue-first attribution over one document.

One pass over the sentences in order. For each sentence, in this order:

1. **Quotations** that open in it (:mod:`.quotes`, :mod:`.quote_claims`): the speaker is read from a trailing
   cue ("…", sagte Berger), a colon introduction ("Scholz: …", "… und greift an: …"),
   or, for a quote with no cue of its own, the source of the claim just before (same or
   next paragraph). Quoted fragments inside a sentence ('Vom "größten Projekt" sprach …')
   are left to step 2.
2. **Cues** outside quotations (:mod:`.reported`): reporting verbs with their content
   clause, "laut X", "X zufolge", "nach Angaben von X", "seinen Angaben nach",
   "nach eigenen Angaben", "demnach", "so X", "Das berichtet X".
3. **Reportive** hearsay with no source ("soll … haben", "angeblich") (:mod:`.runs`).
4. **Continuation** (:mod:`.runs`): a sentence in Konjunktiv I/II right after a claim belongs to that
   claim's source ("Die Preise stiegen weiter, …" after "sagte die Ökonomin").

Every step is bounded by its sentence (or its quotation within one paragraph), so no
claim can span the article and time stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Claim, Document, Quantity, Relay, Sentence, Source
from ..nlp.sentences import sentences as split_sentences
from ..nlp.sentences import tokenize
from .lexicon import Lexicon, lexicon
from .quotes import find_quotes
from .resolver import Resolver, known_non_person
from .sources import SourcePhrase, apposition, first_names, kind_of, person_name
from .stance import is_hedged, stance_of

MAX_CLAIM = 3000  # characters: a longer "claim" is a broken quote or a flattened table
MAX_GAP = 1  # sentences of the outlet's own a Konjunktiv I continuation may bridge
MAX_PRONOUN_GAP = 3  # ... when its subject is a pronoun that fits the speaker ("Das habe er gespürt")


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
    cue_kind: str = "speech"  # "prep"/"after" for "laut X", "X zufolge"; see runs.continuation
    inner: bool = False  # "…, bei dem laut X …, …": a claim of a relative clause only, not of its sentence


_MASKED_RUN = re.compile(rb"\x01+")


def blank_masked(text: str, mask: bytearray) -> str:
    """``text`` with every character whose ``mask`` byte is 1 replaced by a space (run by run)."""
    parts, pos = [], 0
    for m in _MASKED_RUN.finditer(mask):
        parts += (text[pos:m.start()], " " * (m.end() - m.start()))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


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
        self.plain = blank_masked(self.text, self.quote_mask)
        self.consumed = bytearray(len(self.text))
        self.drafts: list[Draft] = []
        self.resolver = Resolver(doc)
        self.resolver.closed = self.src_closed
        self.resolver.report_words = frozenset(self.lex.verbs)
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
        if phrase.descriptor and (appo := apposition(phrase, tokens, self.text)) is not None:
            # "erklärte der Leiter, Dieter Brandt, …": the name right after the role, not the last person
            draft.phrase, draft.name, draft.kind = appo, appo.head, "named"
            self.resolver.note(appo.start, appo.head)
            return draft
        if phrase.pronoun or phrase.descriptor:
            prev = self.last
            speaker = None
            if prev is not None and prev.name and prev.kind == "named" and self.sentence_of(phrase.start) - prev.sentence <= 1 \
                    and self.resolver.is_person(prev.name):  # not "Amnesty International … she said"
                speaker = prev.name
            named = self.resolver.resolve(phrase.start, phrase.pronoun, speaker)
            if named is not None and named == speaker:
                self.resolver.learn(named, phrase.pronoun)  # "Sparks says … . “…,” he says": Sparks is male
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
            elif person is None and (full := self._surname_of_named(phrase)):  # "Okafor said" after "Tunde Okafor"
                self.resolver.note(phrase.start, full, self.resolver.gender_of(full))
        draft.kind = kind_of(phrase, self.lex, named is not None) if appo is None else "named"
        return draft

    def _surname_of_named(self, phrase: SourcePhrase) -> str | None:
        """A one-word source ("Okafor said") that closes a name of two capitalised words written
        before it ("… his son, Tunde Okafor, runs …"): a person's surname, an antecedent of "he"/"er"
        later, even when the entity stage did not know the first name. The full name, else None."""
        word = phrase.text
        if not word.isalpha() or not word[:1].isupper() or word in self.lex.src["not_sources"] or known_non_person(word):
            return None
        src = self.src_closed
        for found in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+) {re.escape(word)}\b", self.text[:phrase.start]):
            if found.group(1).lower() not in src and found.group(1) not in self.lex.src["not_sources"]:
                return found.group(0)  # "Tunde Okafor", not "Laut Okafor" or "The Okafor"
        return None

    @property
    def src_closed(self) -> frozenset[str]:
        """Function words that open no name ("Laut", "The", "Mit")."""
        s = self.lex.src
        return s["determiners"] | s["prepositions"] | s["conjunctions"] | s["skip"]

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
        if (d.phrase is not None or d.name) and not d.inner and not self.interstitial(d.sentence):
            # a quote in a subheading ('Brandt: "…"') does not take over the run below it
            self.last = d
            if d.cue_kind == "speech":
                self.speaker = d

    # -- the pass --------------------------------------------------------------------
    def run(self) -> list[Draft]:
        from .quote_claims import quote_claim
        from .reported import find_reported
        from .runs import continuation, hearsay_run, reportive

        qi = 0
        for i, sent in enumerate(self.sents):
            before = len(self.drafts)
            while qi < len(self.quotes) and self.quotes[qi].start < sent.end:
                q = self.quotes[qi]
                qi += 1
                if q.start >= sent.start and not self.is_consumed(q.start):
                    quote_claim(self, q, i)
            if all(self.is_consumed(t.start) or self.in_quote(t.start) for t in sent.tokens):
                continue
            if self.lex.has_cue(self.text, sent):
                find_reported(self, i)
            if len(self.drafts) == before:
                reportive(self, i)
            if len(self.drafts) == before:
                continuation(self, i)
            if len(self.drafts) == before:
                hearsay_run(self, i)
            elif all(d.inner for d in self.drafts[before:]):  # the main clause around a relative clause's claim
                continuation(self, i, self.drafts[before:])
        return self.drafts

    def sentence_of(self, pos: int, hint: int = 0) -> int:
        for j in range(hint, len(self.sents)):
            if self.sents[j].start <= pos < self.sents[j].end or self.sents[j].start > pos:
                return j
        return len(self.sents) - 1

    def interstitial(self, j: int) -> bool:
        """Sentence ``j`` is a paragraph of its own that reads as a heading or teaser line."""
        s = self.sents[j]
        alone = (j == 0 or self.sents[j - 1].paragraph != s.paragraph) and (
            j + 1 >= len(self.sents) or self.sents[j + 1].paragraph != s.paragraph)
        return alone and _is_heading(self.text[s.start:s.end])

    def inherit(self, d: Draft, prev: Draft) -> None:
        d.phrase, d.name, d.kind, d.via = prev.phrase, prev.name, prev.kind, list(prev.via)
        d.cue_kind = prev.cue_kind

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
