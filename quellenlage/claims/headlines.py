"""Headlines and subheadings: where a claim stands, and the claims headline grammar makes.

Headline German drops articles, auxiliaries and the content clause: "Ärztin bescheinigt
Minister gute Gesundheit", "Regierung kündigt Reform an", "Ministerin: Schulen bleiben
offen", "Kapitän soll Leck früh gemeldet haben". The sentence rules want a dass-clause or
Konjunktiv I after a reporting verb and find nothing in such lines. This module reads
heading lines (a paragraph of its own, short, without final punctuation) with three
named rules, each for a line that no other rule claimed:

- :func:`colon_headline` — "Source: content"; the source a name or noun of at most three words;
- :func:`verb_headline` — subject, reporting verb (present tense), content: "X fordert Y";
  the verb's separable particle, if it has one, must end the line ("kündigt … an");
  ``headline_verbs`` in ``claim_headlines.toml`` adds verbs that report only in headlines
  ("sieht", "hält");
- :func:`hearsay_headline` — the reportive "soll … haben" with no source: the outlet's hearsay.

:func:`position_of` tells every claim where it stands: ``title`` (the first line, when it
is the page title), ``subheading`` (any other heading line) or ``body``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lang
from ..document import Claim, Document, Source
from .lexicon import Lexicon
from .page import is_heading_line, lines, page_claim
from .stance import reportive_cue

_WORD = re.compile(r"[\w\-’']+")
_COLON = re.compile(r"^(?P<source>[A-ZÄÖÜ][\w\-’'.]*(?: [\w\-’'.]+){0,2}):\s+(?P<content>\S.*)$")


def position_of(doc: Document, start: int) -> str:
    """"title", "subheading" or "body" for a claim starting at ``start``."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", start)
    line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
    title = (doc.article.title or "").strip()
    if line_start == 0 and title and line.strip() == title:
        return "title"
    return "subheading" if is_heading_line(line) else "body"


def _headline_words(code: str) -> dict:
    try:
        return lang.load(code, "claim_headlines")
    except lang.MissingResource:
        return {}


Found = tuple[int, int, int, int, str, str]  # source start, end; content start, end; mode; source text
Rule = Callable[[str, Lexicon, dict, frozenset[str]], Found | None]
MAX_SUBJECT = 6  # words before the verb of a verb headline ("Papier der Kirche in Deutschland fordert …")


def colon_headline(line: str, lex: Lexicon, words: dict, speakers: frozenset[str]) -> Found | None:
    """"Ministerin Roth: Schulen bleiben offen". A colon line is more often a topic and its
    headline ("Olympia: Die neuen Disziplinen", "Nordkorea: Spekulationen über den Machthaber",
    "Jana Beck: Vertrag bis 2026"), a label ("Autor: …") or a contact line: on the team's
    train pages no unquoted colon heading was a claim. So the part before the colon must be a
    person, organisation or medium of the entities stage (``speakers``; a country before a colon
    is the topic), and the part after it a statement: a finite verb (``has_finite_verb``), the
    speaker not its subject again, and no address."""
    m = _COLON.match(line)
    if not m or m.group("source") not in speakers or re.search(r"https?:|www\.|@|\bTel\.", m.group("content")):
        return None
    content = m.group("content")
    if m.group("source").split()[-1] in content or not lex.phrases.has_finite_verb(content):
        return None  # "Jonas Weller: Der Sänger lächelt wieder" is about him
    return m.start("source"), m.end("source"), m.start("content"), len(line), "indirect", m.group("source")


def verb_headline(line: str, lex: Lexicon, words: dict, speakers: frozenset[str]) -> Found | None:
    """"Ärztin bescheinigt Minister gute Gesundheit": a subject of at most MAX_SUBJECT words, then the verb."""
    tokens = list(_WORD.finditer(line))
    extra = set(words.get("headline_verbs", []))
    for k, tok in enumerate(tokens[1:MAX_SUBJECT + 1], 1):
        form = tok.group(0)
        cues = lex.verbs.get(form.lower(), []) if form[:1].islower() else []
        if not cues and form not in extra:
            continue
        particles = {c.particle for c in cues if c.particle}
        last = tokens[-1].group(0) if len(tokens) > k + 1 else ""
        if particles and not any(c.particle is None for c in cues) and last not in particles:
            return None
        end = len(line[:tokens[-1].start()].rstrip()) if last in particles else len(line)
        if not line[:tokens[0].start() + 1].strip()[:1].isupper() or tok.end() >= end:
            return None
        return 0, tokens[k - 1].end(), tok.end() + 1, end, "indirect", line[:tokens[k - 1].end()]
    return None


def hearsay_headline(line: str, lex: Lexicon, words: dict, speakers: frozenset[str]) -> Found | None:
    """"Kapitän soll Leck früh gemeldet haben": the outlet's hearsay, no source."""
    found = reportive_cue(line, lex)
    return (0, 0, 0, len(line), "reportive", "") if found and found[2] else None


RULES: tuple[Rule, ...] = (hearsay_headline, colon_headline, verb_headline)


def headline_claims(doc: Document, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """Claims of heading lines that no other rule claimed."""
    words = _headline_words(lex.lang)
    taken = [(c.span.start, c.span.end) for c in claims]
    speakers = frozenset(doc.text[m.start:m.end] for e in doc.entities if e.type in ("PER", "ORG", "MEDIA")
                         for m in e.mentions)
    out: list[Claim] = []
    for offset, line in lines(doc.text):
        end = offset + len(line.rstrip())
        if not is_heading_line(line) or any(a < end and offset < b for a, b in taken):
            continue
        for rule in RULES:
            found = rule(line.rstrip(), lex, words, speakers)
            if found:
                out.append(_claim(doc, offset, found, lex))
                break
    return out


def _claim(doc: Document, offset: int, found: Found, lex: Lexicon) -> Claim:
    s0, s1, c0, c1, mode, source_text = found
    source = None
    if source_text:
        source = Source(text=source_text, start=offset + s0, end=offset + s1, name=source_text, kind="described")
    return page_claim(doc, (offset, offset + c1), (offset + c0, offset + c1), source, mode, lex)
