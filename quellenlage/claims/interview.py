"""Interviews: every answer sentence is a claim of the interviewee.

A printed interview attributes its answers by layout, not by reporting verbs: questions
("Wie finden Sie das?") alternate with answers, and the interviewee is named once, in the
title, the teaser, a label ("Lena Vogt: …") or the first question ("Frau Kowalczyk, …?",
"Jana, wie bist du …?"). The cue-first sentence rules see no cue in an answer and lose
the whole interview. This rule reads the layout instead:

1. **Turns.** A paragraph ending in "?" (not a quotation) is a question and the paragraphs after it are its
   answer; a paragraph that opens with a question and goes on after it ("Und heute? Viele
   …") holds both, the layout of interviews whose question is set in bold; so does one that
   opens with one sentence of the interviewer's and a question ("Viele Bäder schließen.
   Warum? …"). A line with the label of the one who asks is a question without a "?" too
   ("Zeitung: Erklären Sie das."), and a separator line ("* * *") ends the interview.
2. **Is it an interview?** At least ``min_pairs`` turns, and evidence that someone is
   being asked: answers carry a speaker label, a question names the interviewee, at least
   half of the questions address someone (``address``: "Sie", "du", "you"), or, in a long
   interview (``long_interview`` turns), a third do. An essay with rhetorical questions
   has none of these.
3. **Who answers?** Each answer's own label (two interviewees answer in turn; a surname
   label names the person the page writes in full, "Lea Sommer", even one the entities
   stage missed), else the
   label most answers carry, else the person a question names, else the person
   named right after an announcement in the lead ("Interview mit …"), else the person
   named most often before the first question. No person, no interview claims.
4. **The claims.** Each answer sentence that no other rule claimed and that has at least
   ``min_answer_words`` words ("Ja, absolut." claims nothing) is a ``direct`` claim of
   the interviewee; stance and hedging as for any claim. Where answers carry labels, the
   interview begins with the first labelled answer: a teaser's question before it answers
   nothing. An answer ends at the first
   heading line or link after it (a bio box, an app advert), and an answer that names the
   interviewee is a bio, not an answer.

The words are data: ``lang/<lang>/claim_interview.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lang
from ..document import Claim, Document, Source
from .lexicon import Lexicon
from .page import QUOTE_OPENERS, is_heading_line, lines, page_claim, sentences_in
from .word_shapes import QUOTE_CHARS

_LABEL = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w.\-’']*(?: [A-ZÄÖÜ][\w.\-’']*){0,3}):\s+")
_LINK = re.compile(r"https?://|www\.")
_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"^\s*(?:[*#~=_\-–—•·]\s*){3,}$")
_LEADING_QUESTION = re.compile(r"^(?:[^.!?\n]{2,300}[.!]\s+)?[^.!?\n]{2,300}\?(?=\s+[\"„“»«'‚]?[A-ZÄÖÜ0-9])")
MAX_ANNOUNCE_GAP = 60  # characters between "Interview mit" and the name


@dataclass
class Turn:
    """A question (start, end) and the stretches that answer it."""

    question: tuple[int, int]
    text: str
    answers: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Interviewee:
    name: str
    entity: str | None


def _turns(text: str) -> list[Turn]:
    """Questions and their answers, in text order; answers before the first question are the lead.

    A line that carries the label of someone who asks ("Die Zeitung: …?") is a question even
    where it ends in a request ("Die Zeitung: Erklären Sie das."); a separator line ("* * *")
    after the first question ends the interview (what follows is an excerpt, a bio, an advert)."""
    turns: list[Turn] = []
    page = [(start, line) for start, line in lines(text) if line.strip()]
    asked = {m.group("label") for _, line in page if line.rstrip().endswith("?") and (m := _LABEL.match(line))}
    for start, line in page:
        end = start + len(line)
        if turns and _SEPARATOR.match(line):
            break
        quoted = line.lstrip()[:1] in QUOTE_OPENERS  # a question someone is quoted asking, in a report
        label = _LABEL.match(line)
        if (line.rstrip().endswith("?") or label and label.group("label") in asked) and not quoted:
            turns.append(Turn((start, end), line))
        elif not quoted and (m := _LEADING_QUESTION.match(line)) and _LABEL.match(line) is None:
            turns.append(Turn((start, start + m.end()), m.group(0), [(start + m.end(), end)]))
        elif turns:
            turns[-1].answers.append((start, end))
    for turn in turns:  # what follows an answer after a heading or a link is the page's (a bio, an advert)
        stop = next((i for i, (a, b) in enumerate(turn.answers)
                     if i and (is_heading_line(text[a:b]) or _LINK.search(text[a:b]))), len(turn.answers))
        del turn.answers[stop:]
    return [t for t in turns if t.answers]


def _words(lang_code: str) -> dict:
    try:
        return lang.load(lang_code, "claim_interview")
    except lang.MissingResource:
        return {}


def _addresses(question: str, address: frozenset[str]) -> bool:
    """Does the question address someone? A capitalised word counts in lower case only as the
    first word ("Sie" opens many sentences; "Haben Sie …" is an address anyway)."""
    tokens = re.findall(r"\w+", question)
    return any(w in address for w in tokens[1:]) or bool(tokens and tokens[0].lower() in address)


def _persons(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, name, entity id) of every person mention, in text order."""
    return sorted((m.start, e.name, e.id) for e in doc.entities if e.type == "PER" for m in e.mentions)


def _person_named(word: str, persons: list[tuple[int, str, str]], position: int) -> Interviewee | None:
    """The person whose surname (position -1) or first name (position 0) is ``word``; the
    longer of the two names, with the entity."""
    for _, name, ident in persons:
        parts = name.split()
        if name == word or (len(parts) > 1 or position == -1) and parts[position] == word.split()[position]:
            return Interviewee(max(name, word, key=len), ident)
    return None


def _asking_labels(turns: list[Turn]) -> set[str]:
    """Labels that open questions: the interviewer's or the outlet's ("Zeitung: …?")."""
    return {m.group("label") for t in turns if (m := _LABEL.match(t.text))}


def _labelled(label: str, persons: list[tuple[int, str, str]], text: str, titles: frozenset[str]) -> Interviewee | None:
    """The person an answer's label names ("Sommer" for Lea Sommer, "Jan Kraft"), also one the
    entities stage missed but the page names in full ("sprach mit Lea Sommer, …"); a one-word
    label that names no person ("Antwort") names no one."""
    found = _person_named(label, persons, -1)
    if found is not None or len(label.split()) > 1:
        return found or Interviewee(label, None)
    full = _full_name(label, text, -1, titles)
    return Interviewee(full, None) if full != label else None


def _answer_label(text: str, turns: list[Turn]) -> str | None:
    """The label most answers carry ("Lena Vogt" in "Lena Vogt: …"), if any; a label
    that also opens questions is the interviewer's or the outlet's."""
    asked = _asking_labels(turns)
    labels = [m.group("label") for t in turns for a, b in t.answers if (m := _LABEL.match(text[a:b]))]
    labels = [lb for lb in labels if lb not in asked]
    return max(sorted(set(labels)), key=labels.count) if labels else None


def _full_name(word: str, head: str, position: int, titles: frozenset[str]) -> str:
    """"Marta Kowalczyk" for "Kowalczyk" (or for "Marta") when the lead writes the full name;
    "Frau Kowalczyk" is a title, no first name (``address_titles``)."""
    name = r"[A-ZÄÖÜ][\w\-]+"
    pattern = rf"\b{name} {re.escape(word)}\b" if position == -1 else rf"\b{re.escape(word)}(?: [A-Z]\.)? {name}\b"
    m = re.search(pattern, head)
    return m.group(0) if m and m.group(0).split()[0] not in titles else word


def _named_in_question(text: str, turns: list[Turn], words: dict, persons, head: str,
                       titles: frozenset[str]) -> Interviewee | None:
    """"Frau Kowalczyk, …?" (a surname) or "Jana, wie bist du …?" (a first name)."""
    for turn in turns:
        if m := re.search(words.get("honorific", r"(?!)"), turn.text):
            surname = m.group("surname")
            full = _full_name(surname, head, -1, titles)
            return _person_named(full, persons, -1) or Interviewee(full, None)
        m = re.match(words.get("vocative", r"(?!)"), turn.text)
        if m and (full := _full_name(m.group("name"), head, 0, titles)) != m.group("name"):
            return _person_named(full, persons, -1) or Interviewee(full, None)
    return None


def _interviewee(doc: Document, turns: list[Turn], words: dict, persons: list[tuple[int, str, str]],
                 label: str | None, titles: frozenset[str]) -> tuple[Interviewee | None, bool]:
    """The interviewee, and whether the page names them as one (``label``, the one most answers
    carry, or a question)."""
    head = doc.text[:turns[0].question[0]]
    if label:  # a label that names no person ("Hinweis: …") says nothing of an interview
        who = _labelled(label, persons, doc.text, titles)
        return who, who is not None
    who = _named_in_question(doc.text, turns, words, persons, head, titles)
    if who is not None:
        return who, True
    lead = [(o, n, i) for o, n, i in persons if o < turns[0].question[0]]
    for pattern in words.get("announce", []):
        for m in re.finditer(pattern, head):
            after = [(o, n, i) for o, n, i in lead if m.end() <= o <= m.end() + MAX_ANNOUNCE_GAP]
            if after:
                return Interviewee(after[0][1], after[0][2]), False
    if not lead:
        return None, False
    counts: dict[str, int] = {}
    for _, name, _ in lead:
        counts[name] = counts.get(name, 0) + 1
    best = max(counts, key=lambda n: (counts[n], -next(o for o, nm, _ in lead if nm == n)))
    return Interviewee(best, next(i for _, nm, i in lead if nm == best)), False


def _is_interview(turns: list[Turn], named: bool, words: dict) -> bool:
    if len(turns) < words.get("min_pairs", 3):
        return False
    address = frozenset(words.get("address", []))
    addressing = sum(_addresses(t.text, address) for t in turns)
    long_one = len(turns) >= words.get("long_interview", 6) and addressing * 3 >= len(turns)
    return named or addressing * 2 >= len(turns) or long_one


def _asks(sentence: str) -> bool:
    """A question inside an answer ("Warum wird denn nicht mehr getan?") claims nothing: the
    interviewee asks it, as an author's own questions are no claims either."""
    return sentence.rstrip().rstrip(QUOTE_CHARS).endswith("?")


def interview_claims(doc: Document, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Claims of the interviewee for answer sentences that ``claims`` leaves unclaimed."""
    words = _words(lex.lang)
    turns = _turns(doc.text) if words and doc.text else []
    if len(turns) < words.get("min_pairs", 3):
        return []
    persons, label = _persons(doc), _answer_label(doc.text, turns)
    titles = frozenset(words.get("address_titles", []))
    who, named = _interviewee(doc, turns, words, persons, label, titles)
    if who is None or not _is_interview(turns, named, words):
        return []
    taken = sorted((c.span.start, c.span.end) for c in claims)
    asked = _asking_labels(turns)
    waiting_for_label = label is not None
    min_words = words.get("min_answer_words", 1)
    out: list[Claim] = []
    for turn in turns:
        speaker = who
        for a, b in turn.answers:
            label = _LABEL.match(doc.text[a:b])
            if label and label.group("label") not in asked:
                speaker = _labelled(label.group("label"), persons, doc.text, titles) or speaker
                waiting_for_label = False  # from the first labelled answer on, unlabelled paragraphs answer too
            elif waiting_for_label:
                continue  # a labelled interview has not begun: a title or teaser asks ("Was bringt …?")
            a += label.end() if label else 0
            bio = re.compile(rf"(?<!\w){re.escape(speaker.name.split()[-1])}(?!\w)")
            if is_heading_line(doc.text[a:b]) or bio.search(doc.text, a, b):
                continue
            source = Source(text=None, start=None, end=None, name=speaker.name, entity=speaker.entity, kind="named")
            for s in sentences_in(doc, a, b):
                start, end = max(s.start, a), min(s.end, b)
                if len(_WORD.findall(doc.text, start, end)) >= min_words and not _asks(doc.text[start:end]) \
                        and not any(x < end and start < y for x, y in taken):
                    out.append(page_claim(doc, (start, end), (start, end), source, "direct", lex))
    return out
