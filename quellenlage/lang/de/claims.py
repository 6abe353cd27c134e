"""How German reports speech, as the claim rules need to know it.

German puts the finite verb second: after a fronted content clause the verb comes first
and its subject after it ("Die Lage sei ernst, sagte Berger"; "Unterdessen sagte die
Leiterin, …"). The content stands after a comma, in Konjunktiv or after "dass", never
inline after the verb, and a speaker never trails the content with only adverbials
after the verb, so the English constructions of :class:`ClaimLanguage` do not occur.
"""

from __future__ import annotations

from ...claims.clauses import Seg, is_name
from ...claims.cues import addressee_next, cue_source_in, first_clause_subject
from ...claims.language import ClaimLanguage
from ...claims.sources import first_names
from ...claims.subjects import colon_clause_subject, subject_after, subject_before
from ...entities.persons import word_role
from ...nlp.lemmas import lemmatize

#: what stands before a capitalised complementizer that merely continues a sentence
NO_SENTENCE_START_AFTER = ":(\"„“»«‚‘"


class German(ClaimLanguage):
    """Verb second; content after a comma; quotes run on with their speaker."""

    quote_continues_speech = True  # "„Wir sind bereit“, sagt sie. „…“": a quoting sentence goes on

    def restarts_sentence(self, state, toks, k: int) -> bool:
        """A capitalised complementizer inside a sentence ("… problematisch. (c) Verlag Wie der
        Minister erklärte, …") opens a new sentence that a flattened teaser or credit line glued to
        this one; only a sentence start capitalises it (not after a colon or an opening quote)."""
        t = toks[k]
        return t.text[:1].isupper() and t.text.lower() in state.lex.complementizers \
            and toks[k - 1].text not in NO_SENTENCE_START_AFTER and not state.in_quote(t.start)

    def merge_after_inverted_subject(self, state, toks, segs, n: int):
        """ "Unterdessen pochte die Leiterin des Büros, Jana Kühn, am Montag darauf, …": the
        apposition after an inverted subject belongs to it, and so does an adjunct stretch that
        ends in the verb's correlate ("darauf", "dafür") before the content."""
        a, b, c = segs[n], segs[n + 1], segs[n + 2]
        if not (a.sep == "," and b.sep == "," and b.hi - b.lo <= 6 and is_name(toks[b.lo:b.hi])
                and _inverted_verb(state, toks, a)):
            return None
        end = b
        if c.sep == "," and toks[c.hi - 1].text.lower() in state.lex.src.get("correlates", ()) \
                and not any(t.text[:1].islower() and t.text.lower() in state.lex.verbs for t in toks[c.lo:c.hi]):
            end = c
        return segs[:n] + [Seg(a.lo, end.hi, end.sep)] + segs[segs.index(end) + 1:]

    def source_near(self, state, toks, lo: int, k: int, hi: int):
        """The subject before the verb ("Der Minister sagte"), else after the finite auxiliary
        that opens the verb bracket when an adverbial fills the place before it ("Am Montag
        hatte die Ministerin gesagt"), else right after the verb ("sagte der Minister"). A time
        phrase before the verb ("Drei Tage zuvor hat sie erklärt") is an adverbial, never the
        subject."""
        lex, text = state.lex, state.text
        before = subject_before(toks, lo, k, lex, text)
        if before is not None and before.head.lower() not in lex.src["time_nouns"]:
            if _fronted_plural_object(before, toks[k], lex) and (after := subject_after(toks, k, lex, text, stop=hi)):
                return after  # "Die Vorwürfe wies der Minister zurück": a plural before a singular verb
            if not _adverb_alone(before, lex, text):
                return before
            # "Stolz verkündete der Trainer": the subject after the verb, when there is one ("Fröhlich sagte")
            return self.bracket_subject(state, toks, lo, k) or subject_after(toks, k, lex, text, stop=hi) or before
        inside = self.bracket_subject(state, toks, lo, k)
        if inside is not None:
            return inside
        return subject_after(toks, k, lex, text, stop=hi)

    def bracket_subject(self, state, toks, lo: int, k: int):
        """The subject between the finite auxiliary and the participle ``toks[k]`` that closes
        the verb bracket: "Vor zwei Wochen hatte der Kanzler betont", "Den Plan hat die Ministerin
        verteidigt". Only with something before the auxiliary (the Vorfeld), since a clause that
        opens with the auxiliary is a question or a condition."""
        lex = state.lex
        fin = next((m for m in range(lo + 1, k) if toks[m].text.lower() in lex.src["finite_auxiliaries"]), None)
        if fin is None:
            return None
        phrase = subject_after(toks, fin, lex, state.text, stop=k)
        return None if phrase is None or phrase.head.lower() in lex.src["time_nouns"] else phrase

    def inverted_speaker(self, state, toks, k: int):
        """ "Die Lage ist ernst, sagt Paul Winter: …": after a comma the verb comes first, its subject
        after it; "X hofft, dass …, sagte der Zeitung: …": no subject of its own, the first clause's."""
        lex, text = state.lex, state.text
        if not (k > 0 and toks[k - 1].text == "," and k + 1 < len(toks) and (
                toks[k + 1].text[:1].isupper() or toks[k + 1].text.lower() in lex.src["nominative"]
                or toks[k + 1].text.lower() in lex.pronouns)):
            return None
        phrase = subject_after(toks, k, lex, text)
        if phrase is None and addressee_next(toks, k, lex, text):
            phrase = first_clause_subject(state, toks[k].start) or False
        return phrase

    def colon_speaker(self, toks, lex, text: str):
        """ "Der Bürgermeister schloss mit klaren Worten: „…“": a short clause that opens with a
        person (a name or a role noun) and its verb introduces that person's quote. Other
        subjects ("Die Lage war klar: „…“") name no speaker."""
        phrase = colon_clause_subject(toks, lex, text, 12)
        if phrase is None:
            return None
        verb = next((t for t in toks if t.start >= phrase.end), None)
        if verb is None or not verb.text[:1].islower() or verb.text in lex.src["prepositions"] \
                or any(t.text in ",-–—" for t in toks):  # the finite verb right after its subject, in one clause
            return None
        inside = [t.text for t in toks if phrase.start <= t.start and t.end <= phrase.end]
        named = any(w in first_names() and nxt[:1].isupper() for w, nxt in zip(inside, inside[1:], strict=False))
        return phrase if named or word_role(phrase.head, lex.lang) else None  # "Die Messe Nord lud ein:" is no one

    def may_precede_heading_verb(self, toks, lo: int, k: int, lex) -> bool:
        return True  # "…, betonte gestern auch X": adverbs may stand before the verb

    def trailing_speaker(self, work, c, seg):
        return None

    def heading_clause(self, work, c, seg, heading: bool, inline: bool) -> bool:
        return False

    def participle_tag(self, work, c, seg, inline: bool) -> bool:
        return False

    def sentence_subject(self, work):
        return None  # not asked: participle_tag is never true

    def is_adverb(self, word: str) -> bool:
        return False  # German adverbs have no one ending; those that open a sentence: adverb_endings

    def subject_after_relative_preposition(self, work, r) -> bool:
        return False

    def apposition_before(self, work, r, phrase) -> bool:
        """ "Jonas Adler, von der Organisation X, bezeichnet …": the clause parts between the name
        that opens the sentence and the verb are prepositional appositions ("von der …", "vom
        Verband"), so the name is the subject and a phrase after the verb is its object."""
        lex, toks, segs, c = work.lex, work.toks, work.segs, r.cue
        if c.seg < 1 or c.kind != "verb":
            return False
        preps = lex.src["prepositions"]
        between = [segs[m] for m in range(1, c.seg)] + [r.seg]
        if not all(toks[sg.lo].text.lower() in preps for sg in between if sg.lo < sg.hi) or r.seg.lo == c.k:
            return False
        return all(toks[m].text.lower() not in lex.src["nominative"] or toks[m - 1].text.lower() in preps
                   for m in range(r.seg.lo + 1, c.k))

    def coordinated_verb_subject(self, work, r):
        return None  # coordinated verbs are cut apart by clauses.split_coordinated and share the subject there

    def subject_outside_relative(self, work, prev):
        return None

    def content_follows_verb(self, work, c, seg) -> bool:
        return False  # the content follows after a comma ("sagte, die Lage sei ernst")

    def content_after_inline_verb(self, work, c, seg) -> tuple[int, str | None]:
        return c.k + 1, None  # not asked: content_follows_verb is never true

    def content_after_verb_preposition(self, work, c, seg) -> bool:
        return False

    def relay_inner_speaker(self, state, d, toks) -> None:
        return None  # German relays by Konjunktiv: "Die Zeitung berichtet, der Minister habe gesagt, …"

    def check_comma_introduction(self, state, found, lead_from: int, lead_end: int):
        return found  # not asked: German introduces a quotation with a colon

    def quote_inside_clause(self, state, q, i: int, lead: str, lead_from: int, trailer: str) -> bool:
        """A quote appended to a clause ("Die Nachfrage sei hoch, „so hoch wie nie“") or its
        subject („…“ erlaubten dem Amt keine Pause): the sentence is the claim (a continuation)."""
        return (lead.endswith(",") and lead_from == state.sents[i].start
                and cue_source_in(state, lead_from, lead_from + len(lead) - 1) is None) \
            or (q.closed and trailer[:1].islower())

    def content_before_inverted_verb(self, state, toks, commas, cue, phrase):
        """ "Die Lage ist ernst, versichert X:": the content stands before the verb."""
        if phrase.start <= cue[0]:
            return None
        before = [t for t in commas if t.end <= cue[0]]
        if before and state.text[before[-1].end:cue[0]].strip() == "":
            first = next((t for t in toks if not state.in_quote(t.start)), None)
            if first is not None and before[-1].start - first.start > 0:
                return first.start, before[-1].start
        return None

    def quoted_name_in_clause(self, state, quote) -> bool:
        return False


def _inverted_verb(state, toks, a: Seg) -> bool:
    """Segment ``a`` holds a reporting verb after a fronted word and its subject after it
    ("Unterdessen sagte die Leiterin des Büros")."""
    for k in range(a.lo + 1, a.hi - 1):
        w = toks[k].text
        if w[:1].islower() and w.lower() in state.lex.verbs:
            return toks[k + 1].text.lower() in state.lex.src["determiners"] or toks[k + 1].text[:1].isupper()
    return False


#: The German answers of the claim rules (found by :func:`quellenlage.claims.language.claim_language`).
LANGUAGE = German()


def _fronted_plural_object(phrase, verb, lex) -> bool:
    """ "Die Kosten schätzt das Ministerium auf …", "Die Vorwürfe wies der Minister zurück": a plural
    phrase ("die" before a noun whose base form differs, simplemma's lemma: "Vorwürfe" -> "Vorwurf")
    before a singular finite verb (no "-n" ending: "wies", "schätzt") is no subject but a fronted
    object; the subject follows the verb. The article's own plurals ("Die Kosten") are not seen."""
    words = phrase.text.split()
    if len(words) < 2 or words[0].lower() != "die" or verb.text.endswith("n") or not verb.text[:1].islower():
        return False
    return lemmatize(phrase.head, lex.lang) != phrase.head


def _adverb_alone(phrase, lex, text: str) -> bool:
    """ "Stolz verkündete der Trainer", "Ungefähr vor einem Jahr verkündeten X und Y": one
    capitalised word before the verb that HanTa reads, in lower case, as an adverb or adjective
    (``adverbial_tags`` in ``claim_sources.toml``) and that the article never writes capitalised inside a sentence (as it writes "sagte Kurz")
    is an adverbial in the first place of the sentence, not its subject."""
    words = phrase.text.split()
    if len(words) != 1 or words[0] in first_names():
        return False
    return lex.phrases.opens_no_phrase(words[0], text, lex, lex.src["adverbial_tags"])
