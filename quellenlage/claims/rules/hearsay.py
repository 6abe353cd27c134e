"""Hearsay: claims with no source, and sentences that go on with one.

* **hearsay** (:func:`reportive`): a sentence marked as reported without a source ("soll …
  haben", "angeblich", "Claims were made that");
* **hearsay run** (:func:`hearsay_run`): a "soll"/"sollen"-led sentence in the paragraph of a
  relayed "soll" claim is still that claim's hearsay, not a plan of the outlet's.
"""

from __future__ import annotations

from ..core import Draft
from ..stance import reportive_cue
from ..state import ClaimState


def reportive(state: ClaimState, i: int) -> None:
    s = state.sents[i]
    plain = state.outside_quotes(s.start, s.end)
    where = reportive_cue(plain, state.lex)
    if where is None:
        return
    d = Draft(s.start, s.end, s.start, s.end, "reportive", cue=(s.start + where[0], s.start + where[1]),
              hedged=where[2], sentence=i, paragraph=s.paragraph)
    tag = state.lex.reportive_tag
    tagged = tag is not None and tag.search(plain.rstrip()) is not None  # "…, hieß es."
    voice = _voice_going_on(state, i) if tagged or not where[2] else None  # a tag, or an agentless passive
    if voice is not None:  # "…, hieß es weiter.": the voice of the sentences before
        d.mode = "indirect"
        state.inherit(d, voice)
    elif tagged and (named := _named_before_tag(state, i)) is not None:
        d.mode, d.name, d.kind = "indirect", named, "named"  # "Die Post … „… haben wir …“, heißt es."
    state.add(d)


#: How many sentences back the voice an impersonal tag continues may have spoken.
TAG_REACH = 2


def _voice_going_on(state: ClaimState, i: int) -> Draft | None:
    """The claim whose source a closing impersonal tag ("…, hieß es.") or an agentless passive
    ("Damit wurde ein Rekord gemeldet.") goes on quoting: the last claim with a source in the
    same paragraph, at most ``TAG_REACH`` sentences before."""
    prev = state.last
    s = state.sents[i]
    if prev is None or prev.paragraph != s.paragraph or i - prev.sentence > TAG_REACH or prev.sentence >= i \
            or not (prev.phrase is not None or prev.name):
        return None
    return prev


#: Entity types an impersonal tag may stand for: the body the paragraph is about (a person speaks in person).
TAG_SPEAKERS = frozenset({"ORG", "MEDIA"})


def _named_before_tag(state: ClaimState, i: int) -> str | None:
    """ "Die Post hatte viel zu tun. „… haben wir …“, heißt es.": a closing impersonal tag with no
    voice going on is the organisation or outlet the paragraph named last, outside quotations,
    in its sentence or the ``TAG_REACH`` sentences before — the annotation guide's "unless the
    article names the source nearby". With none named there it stays hearsay."""
    s = state.sents[i]
    first = i
    while first > 0 and i - first < TAG_REACH and state.sents[first - 1].paragraph == s.paragraph:
        first -= 1
    entity = state.last_named(state.sents[first].start, s.end, TAG_SPEAKERS)
    return entity.name if entity is not None else None


def hearsay_run(state: ClaimState, i: int) -> None:
    """ "Wie die Zeitung X berichtet, soll der Plan ausgesetzt werden. … Damit soll der Lockdown
    weitergehen.": a sentence led by the modal "soll"/"sollen" (a fronted word or two, then the
    modal) in the paragraph of a relayed claim that itself carries the modal is still that
    claim's hearsay, not a plan of the outlet's. Without such a claim before it in the paragraph
    ("Die Brücke soll 2030 fertig werden") the modal stays a plan."""
    gate = state.lex.reportive_gate
    s = state.sents[i]
    if gate is None or not any(t.text in state.lex.reportive_run for t in _free(state, s.tokens, 3)[1:3]) \
            or _free(state, reversed(s.tokens), 1)[0].text == "?":
        return
    for prev in reversed(state.drafts):
        if prev.paragraph != s.paragraph:
            return
        if prev.mode == "indirect" and (prev.phrase is not None or prev.name) and prev.sentence < i \
                and gate.search(state.outside_quotes(prev.cstart, prev.cend)):
            d = Draft(s.start, s.end, s.start, s.end, "indirect", sentence=i, paragraph=s.paragraph, hedged=True)
            state.inherit(d, prev)
            state.add(d)
            return


def _free(state: ClaimState, tokens, n: int) -> list:
    """The first ``n`` of ``tokens`` outside quotations: the rule looks at the sentence's first
    words and its last, so the rest is never filtered."""
    out = []
    for t in tokens:
        if not state.in_quote(t.start):
            out.append(t)
            if len(out) == n:
                break
    return out
