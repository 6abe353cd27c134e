"""The state of the claims engine over one document, as one explicit object.

:class:`ClaimState` holds what every rule reads (the text, its sentences and quotations,
the lexicon) and what the rules build up as they go (the drafts, which characters are
taken, the last source and the last speaker, the pronoun resolver). Rules change it only
through :meth:`ClaimState.add` (a finished draft), :meth:`ClaimState.attribute` (a draft's
source) and :meth:`ClaimState.inherit` (a source taken over from an earlier claim).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ..document import Document, Sentence
from ..entities.persons import apposition_nouns
from ..entities.tokens import fold
from ..lang.claim_cues import cue_gate, memo_of
from ..nlp.sentences import tokenize
from .core import MAX_CLAIM, Draft, blank_masked, is_heading, names_ending_in, quoted_name, strip_determiner
from .language import ClaimLanguage
from .lexicon import Lexicon, lexicon
from .name_index import known_non_person, known_noun
from .quotes import find_quotes
from .resolver import Resolver
from .roster import Roster, same_noun
from .sources import SourcePhrase, apposition, first_names, kind_of, person_name
from .stance import is_hedged, stance_of

#: "der Virologe" with no roster entry stands for a person named in its sentence or this many before.
ANTECEDENT_WINDOW = 5
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w-]*\w")


@cache
def _any_organisation_nouns(lang: str) -> frozenset[str]:
    """The folded nouns of :meth:`ClaimState._any_organisation`, made once per language."""
    return frozenset(fold(w) for w in lexicon(lang).src["any_organisation_nouns"]) | apposition_nouns(lang)


class ClaimState:
    """Everything the rules of one document share; built once per document by :mod:`.engine`."""

    def __init__(self, doc: Document, lex: Lexicon, language: ClaimLanguage) -> None:
        self.doc, self.lex, self.text = doc, lex, doc.text
        self.language = language  # what the rules ask of German or English (see .language)
        self.cue_gate = cue_gate(lex.lang)  # shared with the tagger, which asked first (lang/claim_cues.py)
        self.cue_memo = memo_of(doc.user_data)
        self.sents: list[Sentence] = doc.sentences  # the sentences stage's, never split again here
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
        self.resolver.report_words = self.lex.verbs.keys()  # a view: no set of every form per page
        self.resolver.quoted = self.in_quote  # a person named inside a quote is no descriptor's referent
        # words that carry a role phrase on to the body it speaks for ("für", "des"): sources.apposition
        self.role_joiners = lex.src["prepositions"] | lex.src["determiners"]
        self.turn_start = 0  # len(drafts) when the current sentence's turn began
        self._words_left: bool | None = None
        self._quote_starts = [q.start for q in self.quotes]
        self.last: Draft | None = None  # the last claim with a source
        self.speaker: Draft | None = None  # the last claim of someone speaking (verb, quote, "so X")
        self._figure_starts: list[int] | None = None
        self._named_index: dict[frozenset[str], tuple[list[int], list[int]]] = {}
        self._mention_spans: list[tuple[int, int]] | None = None

    def figures_between(self, start: int, end: int) -> list[int]:
        """Where the figures of the quantities stage in ``text[start:end]`` start ("meldete 300 neue
        Fälle", "verzeichnete einen Rückgang um 5 Prozent"): asked of the few verbs that report a
        figure as their object, so the index of figure starts is built on the first question."""
        if self._figure_starts is None:
            self._figure_starts = sorted(q.start for q in self.doc.quantities)
        return self._figure_starts[bisect_left(self._figure_starts, start):bisect_left(self._figure_starts, end)]

    def last_named(self, start: int, end: int, types: frozenset[str]):
        """The entity of one of ``types`` named last in ``text[start:end]`` outside quotations, as
        :func:`.speakers.last_named` finds it (of two mentions at one offset the first entity),
        from an index per type set built on the first question: the quotation rule asks it for
        every quote with no speaker, the hearsay rule for every closing "…, hieß es.", each in
        time logarithmic in the mentions."""
        index = self._named_index.get(types)
        if index is None:
            found = sorted((m.start, n) for n, e in enumerate(self.doc.entities) if e.type in types
                           for m in e.mentions if not self.in_quote(m.start))
            index = self._named_index[types] = ([f[0] for f in found], [f[1] for f in found])
        starts, entities = index
        k = bisect_left(starts, end) - 1
        if k < 0 or starts[k] < start:
            return None
        while k > 0 and starts[k - 1] == starts[k]:
            k -= 1
        return self.doc.entities[entities[k]]

    # -- the turn of one sentence ---------------------------------------------------------
    def begin_turn(self) -> None:
        """The engine starts the rules over the next sentence."""
        self.turn_start, self._words_left = len(self.drafts), None

    def turn_drafts(self) -> list[Draft]:
        """The drafts the rules have added for the current sentence so far."""
        return self.drafts[self.turn_start:]

    def words_left(self, i: int) -> bool:
        """Some token of sentence ``i`` is outside every quotation and every claim. Decided once
        per turn, when a rule first asks (right after the quotations): what later rules take
        does not change it."""
        if self._words_left is None:
            taken, quoted = self.consumed, self.quote_mask  # token starts lie inside the text
            self._words_left = not all(taken[t.start] or quoted[t.start] for t in self.sents[i].tokens)
        return self._words_left

    def quotes_opening_in(self, i: int) -> list:
        """The quotations that open inside sentence ``i``, in text order."""
        s = self.sents[i]
        return self.quotes[bisect_left(self._quote_starts, s.start):bisect_left(self._quote_starts, s.end)]

    def quote_around(self, pos: int):
        """The quotation that opened before ``pos`` and holds it, or None."""
        k = bisect_right(self._quote_starts, pos) - 1
        q = self.quotes[k] if k >= 0 else None
        return q if q is not None and q.start < pos < q.end else None

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
        if phrase.descriptor and (appo := apposition(phrase, tokens, self.text, self.role_joiners)) is not None:
            # "erklärte der Leiter, Dieter Brandt, …": the name right after the role, not the last person
            draft.phrase, draft.name, draft.kind = appo, appo.head, "named"
            self.resolver.note(appo.start, appo.head)
            return draft
        if not phrase.pronoun and phrase.text.split()[0].lower() in self.lex.src["definite"] \
                and (name := self.roster.named_role(phrase.start, strip_determiner(phrase.text, self.lex))):
            # "sagte der Sprecher der Schutzvereinigung" after "der Sprecher der Schutzvereinigung, Jan Hahn,"
            draft.name, draft.kind = name, "named"
            return draft
        if phrase.anaphoric and not phrase.pronoun and (name := self.roster.antecedent(phrase.start, phrase.head)):
            # "sagte der Virologe" after "der Virologe Jonas Brandt": the name written beside that noun
            draft.name, draft.kind = name, "named"
            return draft
        if phrase.anaphoric and not phrase.pronoun and not phrase.descriptor \
                and (name := self._antecedent_of_class(phrase)) is not None:
            draft.name, draft.kind = name, "named"  # "das Unternehmen" after "… Veltrax meldete"
            return draft
        if phrase.pronoun or phrase.descriptor:
            prev = self.last
            speaker = None
            if prev is not None and prev.name and prev.kind == "named" and self.sentence_of(phrase.start) - prev.sentence <= 1 \
                    and self.resolver.is_person(prev.name):  # not "Amnesty International … she said"
                speaker = prev.name
            gender = phrase.pronoun or self._feminine(phrase) or self.lex.phrases.adjective_noun_gender(phrase.text)
            named = self.resolver.resolve(phrase.start, gender, speaker)
            if named is not None and named == speaker:
                self.resolver.learn(named, phrase.pronoun)  # "Sparks says … . “…,” he says": Sparks is male
            draft.name = named or (None if phrase.pronoun else strip_determiner(phrase.text, self.lex))
        else:
            person = person_name(phrase, tokens, self.lex)
            # "der Vorsitzende der Gewerkschaft Bau, Markus Lehmann": the capitalised run inside
            # the role phrase ("Gewerkschaft Bau") is no person when it starts with no first name
            appo = apposition(phrase, tokens, self.text, self.role_joiners) \
                if person is None or person.split()[0] not in first_names() else None
            if appo is not None:  # "der Sprecher der Polizei, Max Roth"
                draft.phrase, person, named = appo, appo.head, appo.head
            quoted = quoted_name(phrase.start, phrase.end, self.text, self.lex) if person is None else None
            draft.name = quoted or self.lex.phrases.base_form(person or strip_determiner(phrase.text, self.lex))
            if person and not known_non_person(person):  # "Amnesty International" is no antecedent of "she"
                self.resolver.note(phrase.start, person)
            elif person is None and (full := self.surname_of_named(phrase)):  # "Okafor said" after "Tunde Okafor"
                self.resolver.note(phrase.start, full, self.resolver.gender_of(full))
        draft.kind = kind_of(phrase, self.lex, named is not None) if appo is None else "named"
        return draft

    def _feminine(self, phrase: SourcePhrase) -> str | None:
        """ "f" for a feminine role noun ("die Ministerin"): it names a woman, where a masculine
        one ("der Sprecher") is often said of anyone; None otherwise."""
        return "f" if phrase.descriptor and self.lex.phrases.person_gender(phrase.head) == "f" else None

    def _antecedent_of_class(self, phrase: SourcePhrase) -> str | None:
        """A definite person or organisation noun ("der Virologe", "die Architektin", "das
        Unternehmen") with no roster entry: the last such name in the sentences before it. A
        masculine person noun after a plural determiner ("die Forscher") is a group: none."""
        cls = self.lex.phrases.noun_class(phrase.head)
        if cls is None or self._entity_named(phrase):
            return None
        gender = self.lex.phrases.person_gender(phrase.head)  # "person" nouns only
        if gender is not None and phrase.text.split()[0].lower() not in self.lex.src["singular_determiners"][gender]:
            return None
        window_start = self.sents[max(self.sentence_of(phrase.start) - ANTECEDENT_WINDOW, 0)].start
        key = fold(phrase.head)
        fits = None if cls != "organisation" or self._any_organisation(phrase.head) else (
            lambda name: self._may_stand_for(key, name))
        spoke = self._organisation_that_spoke(phrase.start, window_start, fits) if cls == "organisation" else None
        if spoke is not None and any(same_noun(fold(w), key) for w in spoke.split()):
            return spoke  # "Der Verein Grüne Wiese kritisierte … , so der Verein"
        if any(same_noun(fold(w), key) for w in _CAPITALISED.findall(self.text, window_start, phrase.start)):
            return None  # "Das britische Verteidigungsministerium … Das Ministerium": that one, unnamed
        return self.resolver.last_of_class(phrase.start, cls, gender, ANTECEDENT_WINDOW, fits) or spoke

    def _entity_named(self, phrase: SourcePhrase) -> bool:
        """Whether the entities stage found a name that is the phrase's head word itself ("der
        EU-Kommission": the commission, not the EU named before; "das Unternehmen" is none)."""
        if self._mention_spans is None:
            self._mention_spans = sorted((m.start, m.end) for e in self.doc.entities for m in e.mentions)
        at = self.text.rfind(phrase.head, phrase.start, phrase.end)
        k = bisect_left(self._mention_spans, (at, 0))
        return at >= 0 and k < len(self._mention_spans) and self._mention_spans[k] == (at, at + len(phrase.head))

    def _organisation_that_spoke(self, offset: int, window_start: int, fits) -> str | None:
        """The last organisation that spoke in the window before ``offset`` under a name of its
        own that holds an organisation noun ("Die Stiftung Lesewelt kündigte an …"): the
        entities stage links source phrases only after the rules, so such a name is no entity yet."""
        phrases = self.lex.phrases
        for d in reversed(self.drafts):
            if d.phrase is None or d.phrase.start >= offset or not d.name:
                continue
            if d.phrase.start < window_start:
                return None
            words = [w for w in d.name.split() if w[:1].isupper()]
            classes = {phrases.noun_class(w) for w in words}
            if len(d.name.split()) > 1 and "organisation" in classes and "person" not in classes \
                    and (fits is None or fits(d.name)):
                return d.name
        return None

    def _any_organisation(self, head: str) -> bool:
        """ "die Behörde", "das Unternehmen", "der US-Konzern": a noun that stands for an
        organisation of any name (``any_organisation_nouns``, the entities stage's company nouns)."""
        key = fold(head)
        return any(same_noun(key, noun) for noun in _any_organisation_nouns(self.lex.lang))

    def _may_stand_for(self, key: str, name: str) -> bool:
        """Whether an organisation noun of its own kind (``key``, folded: "verband") may stand for
        ``name``: a name of that noun ("Deutscher Handballverband") or of no common noun ("ZVEI"),
        not one that is a common noun of another kind ("Polizei", "Bundesinnenministerium")."""
        words = [w for w in name.split() if w[:1].isupper()]
        if any(same_noun(fold(w), key) for w in words):
            return True
        if len(words) == 1 and known_noun(words[0], self.lex.lang):
            return False
        return not any(self.lex.phrases.noun_class(w) == "organisation" for w in words)

    @property
    def roster(self) -> Roster:
        """The nouns this article wrote beside its names (kept by the resolver, which reads genders from it)."""
        return self.resolver.roster

    def surname_of_named(self, phrase: SourcePhrase) -> str | None:
        """A one-word source ("Okafor said") that closes a name of two capitalised words written
        before it ("… his son, Tunde Okafor, runs …"): a person's surname, an antecedent of "he"/"er"
        later, even when the entity stage did not know the first name. The full name, else None."""
        word = phrase.text
        if not word.isalpha() or not word[:1].isupper() or word in self.lex.src["not_sources"] or known_non_person(word):
            return None
        src = self.src_closed
        for found in names_ending_in(word, self.text, phrase.start):
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
            if low in groups and self.lex.phrases.is_plural(low):
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
        return alone and is_heading(self.text[s.start:s.end])

    def inherit(self, d: Draft, prev: Draft) -> None:
        d.phrase, d.name, d.kind, d.via = prev.phrase, prev.name, prev.kind, list(prev.via)
        d.cue_kind = prev.cue_kind
