"""Claims from quotations: who said the words between the quotation marks.

The speaker is read from a trailing cue ("…", sagte Berger), a colon or comma
introduction ("Scholz: …", 'The mayor said, "…"'), or, for a quote with no cue of its own,
the source of the claim just before (same or next paragraph). An introduction that
reports something of its own before the colon gives an indirect claim beside the direct one.
"""

from __future__ import annotations

from ...nlp.morphology import has_konjunktiv1
from ...nlp.sentences import _abbreviations
from ..core import MAX_CLAIM, Draft, clause_end, clause_start
from ..cues import addressee_next, cue_source_in
from ..quotes import Quote, word_count
from ..sources import person_name
from ..state import ClaimState
from .colon_lead import colon_lead
from .continuation import run_speaker
from .person_before import person_before, person_nearby


def quotation_claims(state: ClaimState, i: int) -> None:
    """A direct claim for every quotation that opens in sentence ``i`` and is not yet taken."""
    for q in state.quotes_opening_in(i):
        if not state.is_consumed(q.start):
            quote_claim(state, q, i)


def quote_claim(state: ClaimState, q: Quote, i: int) -> None:
    """The direct claim of quotation ``q`` (opening in sentence ``i``): its speaker from a cue after
    it, else from its introduction, else the speaker just before it. A quote inside a clause, or
    too short, makes no claim of its own."""
    text = state.text
    if word_count(text, q) < 3 or q.end - q.start > MAX_CLAIM:
        return
    if clause_start(text, q.start, state.sents[i].start) != q.start:
        return  # a quoted fragment inside a sentence: part of whatever claim covers it
    a, b = q.inner
    d = Draft(q.start, q.end, a, a + len(text[a:b].rstrip()), "direct", sentence=i, paragraph=q.paragraph)
    sent_end = _end_of_quote_sentence(state, q, i)
    if _trailing_cue(state, q, d, sent_end):
        return
    lead_from, lead = _lead(state, q, i)
    if _introduction(state, q, i, d, lead_from, lead):
        return
    if colon_lead(state, q, i, d, lead_from, lead):  # "Roth dankte dem Rat: „…“" (rules/colon_lead.py)
        return
    # a quote that is part of a clause ("Die Nachfrage sei hoch, „so hoch wie nie“"): the sentence
    # is the claim (a continuation), not the fragment alone
    if state.language.quote_inside_clause(state, q, i, lead, lead_from, text[q.end:sent_end].lstrip()):
        return
    _speaker_before(state, q, i, d)
    if not state.is_consumed(q.start) and not person_before(state, q, i, d):  # "X wundert sich. „…“"
        person_nearby(state, q, i, d)  # the person named last in the paragraph or the one before


def _end_of_quote_sentence(state: ClaimState, q: Quote, i: int) -> int:
    """The end of the sentence the quote ends in (or of the quote, if it runs past it)."""
    j = state.sentence_of(max(q.end - 1, q.start), i)
    return state.sents[j].end if q.end <= state.sents[j].end else q.end


def _trailing_cue(state: ClaimState, q: Quote, d: Draft, sent_end: int) -> bool:
    """Step 1, a cue after the quote: "…", sagte er. / "…," said Della. True when it made the claim
    (the draft keeps the cue it read either way)."""
    text = state.text
    a, b = q.inner
    trailer = text[q.end:sent_end]
    tstrip = trailer.lstrip()
    if not (tstrip.startswith((",", "–", "-", "—")) or text[a:b].rstrip().rstrip("'‘’").endswith(",")
            or (tstrip[:1].islower() and q.closed)):
        return False
    stop = clause_end(text, q.end + (len(trailer) - len(tstrip)) + 1, sent_end, _abbreviations(state.lex.lang))
    found = cue_source_in(state, q.end, stop)
    if found is None:
        return False
    cue, phrase, toks, vstance = found
    d.end = max(q.end, stop)
    d.cue, d.verb_stance = cue, vstance
    state.attribute(d, phrase, toks)
    if d.phrase is None:
        return False
    state.add(d)
    return True


def _lead(state: ClaimState, q: Quote, i: int) -> tuple[int, str]:
    """Where the quote's lead begins (its sentence, or the quotation before it in the sentence)
    and the lead's text up to the quote."""
    lead_from = max(state.sents[i].start, _prev_quote_end(state, q))
    return lead_from, state.text[lead_from:q.start].rstrip()


def _introduction(state: ClaimState, q: Quote, i: int, d: Draft, lead_from: int, lead: str) -> bool:
    """Step 2, an introduction: a colon ("Scholz: „…“", "X sagte: „…“"), a comma after an earlier
    quote of the sentence, or in English a comma after the reporting verb ('The mayor said,
    "…"'; not 'In the end, "…"'); else, after a colon or comma, the speaker of a claim earlier
    in the same sentence. True when it made the claim."""
    after_quote = lead_from > state.sents[i].start
    said_comma = lead.endswith(",") and not after_quote and state.language.comma_introduces_quote
    if not (lead.endswith(":") or (lead.endswith(",") and after_quote) or said_comma):
        return False
    lead_end = lead_from + len(lead) - 1
    found = cue_source_in(state, lead_from, lead_end, colon=True)
    if found is not None and said_comma:  # 'Asked what he thought, Blocker said, "…"'
        found = state.language.check_comma_introduction(state, found, lead_from, lead_end)
    if found is not None:
        cue, phrase, toks, vstance = found
        d.start, d.cue, d.verb_stance = lead_from, cue, vstance
        state.attribute(d, phrase, toks)
        if d.phrase is not None and not (said_comma and not d.name):
            _lead_claim(state, d, toks, lead_end, i)
            state.add(d)
            return True
    prev = state.last
    if prev is not None and prev.sentence == i and not said_comma:
        state.inherit(d, prev)
        state.add(d)
        return True
    return False


def _speaker_before(state: ClaimState, q: Quote, i: int, d: Draft) -> None:
    """Step 3, no cue of its own: the person whose topic the sentence before reports, else the
    speaker of the claim just before, when the quote goes on with it (the same paragraph, a quote
    paragraph right after theirs, a long quote's next paragraph)."""
    if _topic_report_before(state, d, i):
        state.add(d)
        return
    prev = state.last and (run_speaker(state, state.last) or state.last)
    if prev is None:
        return
    if _quote_paragraph_goes_on(state, q, prev, i):
        state.inherit(d, prev)
        state.add(d)
        return
    # how far back the previous claim ends: a long quote spans several sentences ('"… 'Oh, he left.' …," X said.')
    gap = i - state.sentence_of(max(prev.start, prev.end - 1), prev.sentence)
    if (q.paragraph == prev.paragraph or (q.paragraph == prev.paragraph + 1 and q.continues)
            or (q.paragraph == prev.paragraph + 1 and prev.mode == "direct" and i - prev.sentence <= 2
                and not _other_person_before(state, q, prev))
            # "X said it was possible.\n“That is a possibility …”": a quote paragraph
            # right after a paragraph that ends with X's reported claim
            or (q.paragraph == prev.paragraph + 1 and prev.mode == "indirect" and i - prev.sentence == 1
                and prev.phrase is not None and (q.start == 0 or state.text[q.start - 1] == "\n"))) \
            and gap <= 3:
        state.inherit(d, prev)
        state.add(d)


def _topic_report_before(state: ClaimState, d: Draft, i: int) -> bool:
    """A quote right after a sentence in which a named person reports only a topic ("Kovač
    berichtete auch über die Proben. „…“", "Lee spoke about the fund. "…""): the quote is that
    person's. The sentence before is in the same paragraph, claims nothing itself and holds no quote."""
    if i == 0 or state.sents[i - 1].paragraph != state.sents[i].paragraph:
        return False
    before = state.sents[i - 1]
    if any(d2.sentence == i - 1 or (d2.start < before.end and d2.end > before.start) for d2 in state.drafts) \
            or any(state.in_quote(t.start) for t in before.tokens):
        return False
    found = cue_source_in(state, before.start, before.end)
    if found is None:
        return False
    cue, phrase, toks, _stance = found
    if phrase is None or phrase.pronoun or phrase.descriptor:
        return False
    state.attribute(d, phrase, toks)
    # a person: a full name ("Die Autorin Kim Roth") or the surname of one named before ("Kovač")
    return person_name(phrase, toks, state.lex) is not None or state.surname_of_named(phrase) is not None


def _other_person_before(state: ClaimState, q: Quote, prev: Draft) -> bool:
    """The quote's paragraph names another person before it ("X's lawyer, Jane Roe, had a
    shorter statement. “…”"): the quote is that person's, not the previous speaker's."""
    lo = next((s.start for s in state.sents if s.paragraph == q.paragraph), q.start)
    own = (prev.name or "").split()
    return any(lo <= off < q.start and not any(w in own for w in name.split())
               for off, name, _g in state.resolver.candidates())


def _quote_paragraph_goes_on(state: ClaimState, q: Quote, prev: Draft, i: int) -> bool:
    """The news convention for a quotation over several paragraphs: each quoted paragraph
    opens with a quote mark, only the last one closes. A paragraph that opens with a quote
    right after a paragraph ending in a direct claim (a long quote, with or without its tag)
    goes on with that speaker, however many sentences the paragraph before had."""
    if prev.mode != "direct" or q.paragraph != prev.paragraph + 1 or not (q.start == 0 or state.text[q.start - 1] == "\n"):
        return False
    return i - state.sentence_of(max(prev.start, prev.end - 1), prev.sentence) == 1 \
        and state.sents[i - 1].paragraph == prev.paragraph


def _lead_claim(state: ClaimState, d: Draft, toks: list, colon: int, i: int) -> None:
    """A colon introduction that reports something of its own before the quote:
    "X sagte, die Lage sei ernst: „…“" or "Die Lage ist ernst, versichert X: „…“".
    That part is an indirect claim of the quote's speaker; the quote stays a direct one."""
    cue, phrase = d.cue, d.phrase
    if cue is None or phrase is None or state.in_quote(colon - 1):
        return
    commas = [t for t in toks if t.text == "," and not state.in_quote(t.start)]
    cstart = cend = None
    after = max(cue[1], phrase.end)
    nxt = next((t for t in commas if t.start >= after), None)
    if nxt is not None:  # "sagte am Dienstag, die Hängepartie sei schlecht:"
        rest = [t for t in toks if t.start > nxt.start and not state.in_quote(t.start)]
        if rest and (rest[0].text.lower() in state.lex.complementizers
                     or has_konjunktiv1(rest, state.lex.lang)):
            cstart, cend = rest[0].start, colon
    if cstart is None:  # "Die Lage ist ernst, versichert X:": the content before an inverted verb
        cstart, cend = state.language.content_before_inverted_verb(state, toks, commas, cue, phrase) or (None, None)
    first_tok = next((t for t in toks if not state.in_quote(t.start)), None)
    if cstart is None and first_tok is not None and (phrase.end <= first_tok.start or commas and phrase.end <= commas[0].start) \
            and phrase.end <= cue[0] and _addressee_after(state, toks, cue):
        # "X hofft, dass …, sagte der Zeitung:": the speaker is the subject of the sentence's first
        # clause, before the quote's lead; the sentence up to the verb's comma is the content
        before = [t for t in commas if t.end <= cue[0]]
        if before and state.text[before[-1].end:cue[0]].strip() == "":
            cstart, cend = state.sents[i].start, before[-1].start
    if cstart is None or cend is None or len(state.text[cstart:cend].split()) < 3:
        return
    lead = Draft(min(d.start, cstart), colon, cstart, cend, "indirect", cue=cue, sentence=i, paragraph=d.paragraph,
                 verb_stance=d.verb_stance)
    state.attribute(lead, phrase, toks)
    state.add(lead)


def _addressee_after(state: ClaimState, toks: list, cue: tuple[int, int]) -> bool:
    """The cue verb is followed by the medium spoken to, not by its subject ("…, sagte der Zeitung:")."""
    k = next((n for n, t in enumerate(toks) if t.start == cue[0]), None)
    return k is not None and addressee_next(toks, k, state.lex, state.text)


def _prev_quote_end(state: ClaimState, q: Quote) -> int:
    """End of the quotation before ``q`` in its paragraph, or -1. In English a quoted name or
    title of one or two words inside a clause ('told "CBS" co-host …') is part of the clause,
    not a quotation before it."""
    k = state.quotes.index(q) - 1
    while k >= 0 and state.quotes[k].paragraph == q.paragraph and state.language.quoted_name_in_clause(state, state.quotes[k]):
        k -= 1
    return state.quotes[k].end if k >= 0 and state.quotes[k].paragraph == q.paragraph else -1


def quote_run_on(state: ClaimState, i: int) -> None:
    """ "Es gehe darum, „Strukturen zu schützen. Um der Menschen willen, die …“": a quotation that
    opens inside a claimed sentence and runs on into the next ones. Each sentence it runs into
    is a direct claim of the claim that holds the quotation's opening; the quotation rule sees
    only quotes that open their sentence."""
    s = state.sents[i]
    q = state.quote_around(s.start)
    if q is None or state.is_consumed(s.start):
        return
    holder = next((d for d in reversed(state.drafts) if d.start <= q.start < d.end and (d.phrase is not None or d.name)), None)
    if holder is None:
        return
    a, b = s.start, min(s.end, q.inner[1])
    while b > a and state.text[b - 1] in " \n":
        b -= 1
    if len(state.text[a:b].split()) < 3:
        return
    d = Draft(a, min(s.end, q.end), a, b, "direct", sentence=i, paragraph=s.paragraph)
    state.inherit(d, holder)
    state.add(d)
