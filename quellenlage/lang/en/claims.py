"""How English reports speech, as the claim rules need to know it.

English puts the subject first ("Meadows said he …"), with no comma before the content
clause and often no "that" ("said the bridge would reopen"); a speaker may trail the
content with only adverbials after the verb ("The talks failed, the minister told
reporters on Monday"), and a comma may introduce a quotation ('The mayor said, "…"').
The readers of :mod:`.claim_clauses` find where the content lies around the verb, using
only the word classes of ``claim_sources.toml``.
"""

from __future__ import annotations

from dataclasses import replace

from ...claims.clauses import Seg
from ...claims.core import clause_start
from ...claims.cues import cue_source_in, verb_cue
from ...claims.language import ClaimLanguage
from ...claims.quotes import word_count
from ...claims.sources import read_np
from ...claims.subjects import np_ending_before, subject_after, subject_before
from .claim_clauses import (
    adjuncts_only,
    after_addressee,
    aux_clause,
    clause_follows,
    colon_speaker,
    inline_content,
    media_addressee,
    media_name,
    opens_clause,
    that_after,
)

#: what may stand right before a source phrase that trails its content ('…," Woodard said')
BEFORE_TRAILING_SOURCE = ("", ",", "\"", "”", "“", "'")


class English(ClaimLanguage):
    """Subject first; content inline after the verb or before a trailing speaker."""

    comma_introduces_quote = True

    def restarts_sentence(self, state, toks, k: int) -> bool:
        return False

    def merge_after_inverted_subject(self, state, toks, segs, n: int):
        return None

    def source_near(self, state, toks, lo: int, k: int, hi: int):
        """The subject of the clause the verb is in ("… after the owner said", "Asked what he
        thought"), else before the verb; after it ("said engineer Rosa Klein") only right at the
        clause start."""
        lex, text = state.lex, state.text
        lo = _after_fronted_participle(toks, lo, k, lex)
        for p in range(k - 1, lo, -1):
            low = toks[p].text.lower()
            if low in lex.src["relative"] and _relative_after_noun(toks, p, k, lex):
                # "The shipping company that operates the vessel denied …": the antecedent speaks
                return subject_before(toks, lo, p, lex, text)
            if low in lex.src["subordinators"] or low in lex.complementizers:
                near = read_np(toks, p + 1, lex, text, stop=k) if p + 1 < k else None
                if near is not None and near.end >= toks[k - 1].end:
                    return near
                break
        before = subject_before(toks, lo, k, lex, text)
        if before is not None:
            return before
        if any(t.text.lower() not in lex.src["skip"] | lex.src["conjunctions"] for t in toks[lo:k]):
            return None
        return subject_after(toks, k, lex, text, stop=hi)

    def bracket_subject(self, state, toks, lo: int, k: int):
        return None  # English has no verb bracket: "about which the director said little" has its subject before the verb

    def inverted_speaker(self, state, toks, k: int):
        return None

    def colon_speaker(self, toks, lex, text: str):
        return colon_speaker(toks, lex, text)

    def may_precede_heading_verb(self, toks, lo: int, k: int, lex) -> bool:
        """Only auxiliaries: "…, has roiled Republicans who suspect" is no reporting tag."""
        return all(toks[x].text.lower() in lex.src["skip"] for x in range(lo, k))

    def trailing_speaker(self, work, c, seg):
        lex, toks, text = work.lex, work.toks, work.text
        if not (c.kind == "verb" and c.verb.clause and seg.lo < c.k and (
                c.k == seg.hi - 1 or adjuncts_only(toks, c.k + 1, seg.hi, lex)
                or (c.verb.object and adjuncts_only(toks, after_addressee(toks, c.k + 1, seg.hi, lex, text), seg.hi, lex)))):
            return None
        whole = read_np(toks, seg.lo, lex, text, stop=c.k)  # '…, officials said', '…, economist Lena Brooks said'
        tail = whole if whole is not None and whole.end >= toks[c.k - 1].end else \
            np_ending_before(toks, seg.lo, c.k, lex, text)  # '…," Woodard said, …', '…, she told Reuters.'
        tail = _coordinated_title(work, seg.lo, tail)
        if tail is None or tail.start <= work.start_of(work.owned + 1) or \
                text[tail.start - 2:tail.start].strip() not in BEFORE_TRAILING_SOURCE:
            return None
        return tail

    def heading_clause(self, work, c, seg, heading: bool, inline: bool) -> bool:
        return heading and c.k == seg.lo and inline and c.seg >= work.owned + 3 \
            and work.segs[c.seg - 1].sep == work.segs[c.seg - 2].sep == "," \
            and clause_follows(work.toks, c.k, seg.hi, work.lex, work.text)

    def participle_tag(self, work, c, seg, inline: bool) -> bool:
        return c.kind == "verb" and c.k == seg.lo and c.seg > 0 and inline \
            and work.toks[c.k].text.lower().endswith("ing")

    def sentence_subject(self, work):
        """The subject of the sentence's first clause, up to its past-tense verb ("X issued …")."""
        first = work.segs[0]
        past = next((m for m in range(first.lo + 1, first.hi) if work.toks[m].text.endswith("ed")), first.hi)
        return subject_before(work.toks, first.lo, past, work.lex, work.text)

    def is_adverb(self, word: str) -> bool:
        return word.lower().endswith("ly")

    def subject_after_relative_preposition(self, work, r) -> bool:
        c, seg, lex = r.cue, r.seg, work.lex
        return r.first in lex.src["prepositions"] and seg.lo + 2 < c.k \
            and work.word(seg.lo + 1) in lex.src["relative_openers"] and _subject_opens(work.toks[seg.lo + 2], lex) \
            and seg.hi - c.k > 2

    def apposition_before(self, work, r, phrase) -> bool:
        """A lower-case apposition after a name, not a fronted "Last month, the agency said"."""
        lex, toks, segs = work.lex, work.toks, work.segs
        return r.cue.seg == 1 and phrase is not None \
            and phrase.start == toks[r.seg.lo].start \
            and not phrase.text[:1].isupper() and not phrase.pronoun \
            and toks[segs[0].lo].text[:1].isupper() \
            and toks[segs[0].lo].text.lower() not in lex.src["conjunctions"] \
            and all(t.text[:1].isupper() for t in toks[segs[0].lo:segs[0].hi] if t.text.isalpha())

    def coordinated_verb_subject(self, work, r):
        c, seg = r.cue, r.seg
        if not work.made and c.seg > 0 and c.k == seg.lo + 1 \
                and work.word(seg.lo) in work.lex.src["coordinators"] and work.toks[c.k].text.endswith("ed"):
            return _clause_subject(work, work.segs[0])
        return None

    def subject_outside_relative(self, work, prev):
        return _clause_subject(work, work.segs[0]) if _in_relative_clause(work.toks, prev, work.lex) else None

    def content_follows_verb(self, work, c, seg) -> bool:
        lex, toks, text = work.lex, work.toks, work.text
        return c.kind == "verb" and c.verb.clause and c.k + 1 < seg.hi and (
            c.verb.bare or toks[c.k + 1].text.lower() in lex.complementizers or that_after(toks, c.k, seg.hi, lex) > 0
            or aux_clause(toks, c.k + 1, seg.hi, lex, text)
            or (c.verb.infinitive and toks[c.k + 1].text.lower() in lex.src["infinitive_markers"] and c.k + 2 < seg.hi
                and toks[c.k + 2].text[:1].islower() and toks[c.k + 2].text.lower() not in lex.src["determiners"])) \
            and toks[c.k + 1].text.lower() not in lex.src["not_content"] \
            and not (toks[c.k].text.endswith("ing") and not opens_clause(toks, c.k + 1, lex))  # "adding emphasis"

    def content_after_inline_verb(self, work, c, seg) -> tuple[int, str | None]:
        at = inline_content(work.toks, c.k, seg.hi, work.lex, c.verb, work.text)
        if at >= seg.hi:
            return at, None
        return at, media_addressee(work.toks, c.k + 1, at, work.text) if c.verb.object else None

    def content_after_verb_preposition(self, work, c, seg) -> bool:
        return bool(c.verb.prep) and c.k + 1 < seg.hi \
            and any(t.text.lower() in c.verb.prep for t in work.toks[c.k + 1:seg.hi])

    def relay_inner_speaker(self, state, d, toks) -> None:
        """The outlet is known by its head noun (``media_heads``, ``media_name_heads``) or the gazetteer."""
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
            if lex.verbs.get(toks[k].text.lower()) and verb_cue(state, toks, k, Seg(lo, inside[-1] + 1, "")):
                inner = subject_before(toks, lo, k, lex, state.text)
                if inner is None or inner.pronoun:
                    return
                named = " ".join(w for w in d.phrase.text.split() if w.lower() not in lex.src["determiners"])
                outlet = _last_capitalised_run(named) or d.name or named
                state.attribute(d, inner, toks)
                d.via = [*d.via, outlet]
                return

    def check_comma_introduction(self, state, found, lead_from: int, lead_end: int):
        """'Asked what he thought, Blocker said, "…"': the clause right before the comma."""
        if _speaker_before_verb(state, found, lead_end):
            return found
        cut = state.outside_quotes(lead_from, lead_end).rfind(",")
        if cut <= 0:
            return None
        found = cue_source_in(state, lead_from + cut + 1, lead_end, colon=True)
        return found if found is not None and _speaker_before_verb(state, found, lead_end) else None

    def quote_inside_clause(self, state, q, i: int, lead: str, lead_from: int, trailer: str) -> bool:
        return False

    def content_before_inverted_verb(self, state, toks, commas, cue, phrase):
        return None

    def quoted_name_in_clause(self, state, quote) -> bool:
        return word_count(state.text, quote) < 3 \
            and clause_start(state.text, quote.start, state.sents[state.sentence_of(quote.start)].start) < 0


def _coordinated_title(work, lo: int, phrase):
    """ '…, President and Chief Financial Officer of Northwind Foods Jana Ortiz said': a title of
    capitalised words and "and" between the clause start and the phrase read back from the verb
    belongs to it (the phrase reader stops at "and" and after seven words), so the whole title
    with the name at its end is the subject."""
    toks, lex = work.toks, work.lex
    if phrase is None:
        return phrase
    k = next((n for n, t in enumerate(toks) if t.start >= phrase.start), None)
    if k is None or k <= lo or toks[lo].text.lower() in lex.src["coordinators"]:
        return phrase
    if not all(t.text[:1].isupper() and t.text.isalpha() or t.text.lower() in lex.src["coordinators"] for t in toks[lo:k]):
        return phrase
    start = toks[lo].start
    return replace(phrase, start=start, text=work.text[start:phrase.end])


def _subject_opens(tok, lex) -> bool:
    """``tok`` may begin a subject right after "for which": a name, an article or a pronoun
    ("for which Lee said", "for which the board said"), not a noun ("in which case")."""
    low = tok.text.lower()
    return tok.text[:1].isupper() or low in lex.src["determiners"] or low in lex.pronouns or low in lex.src["subject_pronouns"]


def _relative_after_noun(toks, p: int, k: int, lex) -> bool:
    """ "company that operates": a relative pronoun right after a noun, followed by its verb (a
    lower-case word that opens no subject), not the complementizer of "said that the …"."""
    if p + 1 >= k or p == 0:
        return False
    nxt, prev = toks[p + 1].text, toks[p - 1].text
    opens_subject = nxt[:1].isupper() or nxt.lower() in lex.src["determiners"] or nxt.lower() in lex.pronouns \
        or nxt.lower() in lex.src["subject_pronouns"]
    return not opens_subject and prev[:1].isalpha() and prev.lower() not in lex.verbs


def _in_relative_clause(toks, d, lex) -> bool:
    """The claim's cue verb follows a relative pronoun ("the workers who accused him")."""
    k = next((n for n, t in enumerate(toks) if d.cue is not None and t.start == d.cue[0]), None)
    return k is not None and k > 0 and toks[k - 1].text.lower() in lex.src["relative"]


def _clause_subject(work, seg: Seg):
    """The subject that opens segment ``seg``, up to its first lower-case word that is no
    determiner ("President-elect Ana Ruiz apologized …" -> "President-elect Ana Ruiz")."""
    toks, lex = work.toks, work.lex
    stop = next((n for n in range(seg.lo + 1, seg.hi) if toks[n].text[:1].islower() and (
        toks[n].text.endswith("ed") or toks[n].text.lower() in lex.verbs or toks[n].text.lower() in lex.src["stop"])), None)
    if stop is None:
        return None  # no past-tense verb ends the subject: "Green accepts …, but says …" is left alone
    if stop <= seg.lo:
        return None
    phrase = read_np(toks, seg.lo, lex, work.text, stop=stop)
    return None if phrase is None or phrase.pronoun else phrase


def _speaker_before_verb(state, found, lead_end: int) -> bool:
    """'The mayor said, "…"', 'She added, "…"': a comma introduction names its speaker right
    before the reporting verb (only adverbs between) in the clause that ends at the comma, not
    'Asked what he thought, Blocker said, "…"' or 'Back in 2009 she told Oprah, "…"'."""
    cue, phrase, _toks, _stance = found
    if phrase is None or state.text[cue[0]:cue[1]].lower() not in state.lex.verbs or phrase.end > cue[0] \
            or "," in state.outside_quotes(cue[1], lead_end):
        return False
    between = state.text[phrase.end:cue[0]].split()
    return all(w.lower() in state.lex.src["skip"] or state.language.is_adverb(w) for w in between)


def _last_capitalised_run(text: str) -> str:
    run: list[str] = []
    best: list[str] = []
    for w in text.split():
        if w[:1].isupper():
            run.append(w)
        else:
            best, run = (run or best), []
    return " ".join(run or best)


#: The English answers of the claim rules (found by :func:`quellenlage.claims.language.claim_language`).
LANGUAGE = English()


def _after_fronted_participle(toks, lo: int, k: int, lex) -> int:
    """ "Speaking in the Commons, the MP said", "Writing on Twitter, she said": a clause opened by
    a participle ("Speaking": ``progressive_endings``) and closed by a comma before the verb is
    no subject; the subject follows the comma."""
    first = toks[lo].text if lo < k else ""
    if not (first[:1].isupper() and first.lower().endswith(tuple(lex.src["progressive_endings"]))):
        return lo
    comma = next((m for m in range(lo + 1, k) if toks[m].text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < k else lo
