"""Interviews: every answer sentence is a claim of the interviewee.

A printed interview attributes its answers by layout, not by reporting verbs: question
paragraphs ("Wie finden Sie das?") alternate with answer paragraphs, and the interviewee is
named once, in the title, the teaser or a label ("Felix Stalder: …"). The cue-first
engine sees no cue in an answer and loses the whole interview, which in the team's gold
batches is about a third of all missed claims. This rule reads the layout instead:

1. **Is it an interview?** At least ``min_pairs`` question paragraphs that are followed by
   a non-question paragraph, and most questions address someone (``address`` words:
   "Sie", "du", "you"), so an essay with rhetorical questions is not one.
2. **Who answers?** A label before answers ("Name: …"), else the person named right after
   an announcement in the lead ("Interview mit …", "im Gespräch mit …"), else the person
   named most often before the first question. No person, no interview claims.
3. **The claims.** Each sentence of an answer paragraph that no other rule claimed is a
   ``direct`` claim of the interviewee; stance and hedging as for any claim.

The words are data: ``lang/<lang>/claim_interview.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from ..document import Claim, Document, Source
from ..quantities import quantities_within
from .headlines import is_heading_line
from .lexicon import Lexicon
from .stance import is_hedged, stance_of

_LABEL = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w.\-’']*(?: [A-ZÄÖÜ][\w.\-’']*){0,3}):\s+")
_LINK = re.compile(r"https?://|www\.")
_CLOSERS = "\"“”»«'‘’) "


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(_CLOSERS).endswith("?")


@dataclass(frozen=True)
class Interviewee:
    name: str
    entity: str | None


def _paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Paragraph(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _words(lang_code: str) -> dict:
    try:
        return lang.load(lang_code, "claim_interview")
    except lang.MissingResource:
        return {}


def _answer_blocks(paras: list[Paragraph]) -> list[tuple[Paragraph, list[Paragraph]]]:
    """(question, its answer paragraphs) for every question followed by an answer.

    The last answer ends at the first heading line or link after it: what follows the
    interview (a bio box, "Mehr zum Thema", an app advert) is the page's, not the answer's."""
    blocks: list[tuple[Paragraph, list[Paragraph]]] = []
    for para in paras:
        if para.is_question:
            blocks.append((para, []))
        elif blocks:
            blocks[-1][1].append(para)
    if blocks:
        last = blocks[-1][1]
        stop = next((i for i, p in enumerate(last) if i and (is_heading_line(p.text) or _LINK.search(p.text))), len(last))
        del last[stop:]
    return [(q, answers) for q, answers in blocks if answers]


def _addresses(question: str, address: frozenset[str]) -> bool:
    body = question.split(" ", 1)[1] if " " in question else question  # "Sie" opens many sentences
    return any(w in address for w in re.findall(r"\w+", body)) or any(
        w.lower() in address for w in re.findall(r"\w+", question)[:1] if w.lower() != w)


def _persons(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, name, entity id) of every person mention, in text order."""
    found = [(m.start, e.name, e.id) for e in doc.entities if e.type == "PER" for m in e.mentions]
    return sorted(found)


def _person_for_label(label: str, persons: list[tuple[int, str, str]]) -> Interviewee | None:
    """The person a label or surname stands for: the longer of the two names, with the entity."""
    for _, name, ident in persons:
        if name == label or name.split()[-1] == label.split()[-1]:
            return Interviewee(max(name, label, key=len), ident)
    return Interviewee(label, None) if len(label.split()) >= 2 else None


def _answer_label(paras: list[Paragraph]) -> str | None:
    """The label most answers carry ("Felix Stalder" in "Felix Stalder: …"), if any; a label
    that also opens questions is the interviewer's or the outlet's."""
    asked = {m.group("label") for p in paras if p.is_question and (m := _LABEL.match(p.text))}
    labels = [m.group("label") for p in paras if not p.is_question and (m := _LABEL.match(p.text))]
    labels = [lb for lb in labels if lb not in asked]
    return max(sorted(set(labels)), key=labels.count) if labels else None


def _full_name(surname: str, head: str) -> str:
    """"Marta Kowalczyk" for "Kowalczyk" when the lead writes the full name, else the surname."""
    m = re.search(rf"\b([A-ZÄÖÜ][\w\-]+ ){re.escape(surname)}\b", head)
    return m.group(0) if m and m.group(1).strip() not in ("Frau", "Herr", "Mr", "Ms", "Mrs") else surname


def _interviewee(doc: Document, paras: list[Paragraph], first_q: Paragraph, words: dict) -> Interviewee | None:
    persons = _persons(doc)
    head = doc.text[:first_q.start]
    label = _answer_label(paras)
    if label:  # a label that names no person ("Hinweis: …", "Update: …") says nothing of an interview
        return _person_for_label(label, persons)
    for para in paras:  # "Frau Kowalczyk, warum …?": the interviewer addresses the interviewee by name
        m = para.is_question and re.search(words.get("honorific", r"(?!)"), para.text)
        if m:
            return _person_for_label(_full_name(m.group("surname"), head), persons)
    lead = [(o, n, i) for o, n, i in persons if o < first_q.start]
    for pattern in words.get("announce", []):
        for m in re.finditer(pattern, head):
            after = [(o, n, i) for o, n, i in lead if m.end() <= o <= m.end() + 60]
            if after:
                return Interviewee(after[0][1], after[0][2])
    if not lead:
        return None
    counts: dict[str, int] = {}
    for _, name, _ in lead:
        counts[name] = counts.get(name, 0) + 1
    best = max(counts, key=lambda n: (counts[n], -next(o for o, nm, _ in lead if nm == n)))
    return Interviewee(best, next(i for _, nm, i in lead if nm == best))


def _label(para: Paragraph) -> str:
    """The speaker label that opens a paragraph ("Felix Stalder: "), or ""."""
    m = _LABEL.match(para.text)
    return m.group(0) if m else ""


def interview_claims(doc: Document, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Claims of the interviewee for answer sentences that ``claims`` leaves unclaimed."""
    words = _words(lex.lang)
    if not words or not doc.text:
        return []
    paras = _paragraphs(doc.text)
    blocks = _answer_blocks(paras)
    address = frozenset(words.get("address", []))
    addressing = sum(_addresses(q.text, address) for q, _ in blocks)
    who = _interviewee(doc, paras, blocks[0][0], words) if len(blocks) >= words.get("min_pairs", 3) else None
    labelled = who is not None and _answer_label(paras) is not None
    if who is None or (addressing * 2 < len(blocks) and not labelled):
        return []
    taken = sorted((c.span.start, c.span.end) for c in claims)
    surname = who.name.split()[-1]
    out: list[Claim] = []
    for _, answers in blocks:
        for para in answers:
            # a heading or caption, or a paragraph naming the interviewee (a bio: "X ist Professor …")
            if is_heading_line(para.text) or re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", para.text[len(_label(para)):]):
                continue
            skip_to = para.start + len(_label(para))
            for s in doc.sentences:
                if s.end <= para.start or s.start >= para.end:
                    continue
                start, end = max(s.start, skip_to), min(s.end, para.end)
                if end - start < 3 or any(a < end and start < b for a, b in taken):
                    continue
                out.append(_claim(doc, start, end, who, lex))
    return out


def _claim(doc: Document, start: int, end: int, who: Interviewee, lex: Lexicon) -> Claim:
    text = doc.text[start:end]
    return Claim(
        id="",
        span=doc.span(start, end),
        content=doc.span(start, end),
        cue=None,
        source=Source(text=None, start=None, end=None, name=who.name, entity=who.entity, kind="named"),
        mode="direct",
        stance=stance_of(text, lex),  # type: ignore[arg-type]
        hedged=is_hedged(text, lex),
        quantities=list(quantities_within(doc, start, end)),
    )
