"""Organisations that an article defines with an acronym: "das Forum Waffenrecht (FWR)".

No list knows every association, but papers introduce one the same way in every language:
its full name, then its acronym in brackets, then the acronym alone ("Das FWR reagiert …").
The acronym's letters must occur, in order, in the name and start with its first letter
("Deutscher Jagdverband (DJV)", "Intergovernmental Panel on Climate Change (IPCC)"), so a
party after a person ("Olaf Scholz (SPD)") or an age ("Viviane K. (35)") is no definition.
The name becomes an ORG entity (ref ``org:<slug of the name>``, unless it is already one);
the acronym and its later occurrences are mentions of it.
"""

from __future__ import annotations

import re

from ..document import Document
from .gazetteer import Entry
from .mentions import add_mention
from .persons import first_names, not_name, words
from .registry import Index, upsert
from .tokens import Tok, slug

_DEFINED = re.compile(r"\s\((?P<acr>[A-ZÄÖÜ][A-ZÄÖÜa-z]{1,6})\)")
MAX_NAME_TOKENS = 8


def _letters_fit(acronym: str, name: str) -> bool:
    """"FWR" in "Forum Waffenrecht": first letters equal, the rest in order."""
    acr, low = acronym.casefold(), name.casefold()
    if not low.startswith(acr[0]):
        return False
    pos = 1
    for ch in acr[1:]:
        pos = low.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def _name_before(text: str, toks: list[Tok], end: int, code: str) -> tuple[int, int] | None:
    """Token range of the capitalised name that ends at token ``end`` (exclusive)."""
    particles = set(words(code).get("acronym_name_particles", []))
    first = end
    while first > 0 and end - first < MAX_NAME_TOKENS:
        tok = toks[first - 1]
        gap = text[tok.end : toks[first].start] if first < end else ""
        if gap and gap not in (" ", "-"):
            break
        named = tok.capitalised and tok.text not in not_name(code)
        if not (named or (tok.text in particles and first < end)):
            break
        first -= 1
    while first < end and not toks[first].capitalised:
        first += 1
    return (first, end) if first < end else None


def find_acronyms(doc: Document, index: Index, toks: list[Tok], taken: set[int], code: str) -> None:
    """Add the organisations defined with an acronym, and every later use of the acronym."""
    text = doc.text
    if "(" not in text:
        return
    found = [m for m in _DEFINED.finditer(text) if sum(c.isupper() for c in m.group("acr")) >= 2]
    if not found:
        return
    starts = {t.start: i for i, t in enumerate(toks)}
    defined: set[str] = set()  # an acronym is defined once; its later brackets are uses (and time stays linear)
    for m in found:
        acr = m.group("acr")
        if acr in defined:
            continue
        k = starts.get(m.start("acr"))
        if k is None or k == 0 or k in taken:
            continue
        span = _name_before(text, toks, k, code)
        while span is not None and not _letters_fit(acr, text[toks[span[0]].start : toks[span[1] - 1].end]):
            span = (span[0] + 1, span[1]) if span[1] - span[0] > 1 else None
        if span is None:
            continue
        if toks[span[0]].text in first_names():
            continue  # "Claudia Schulze (CSU)": a person and her party
        clashes = any(i in taken for i in range(*span)) and not _one_entity(doc, toks, span)
        if clashes and not _release_places(doc, toks[span[0]].start, toks[span[1] - 1].end):
            continue  # part of the name is another entity that is no place
        s, e = toks[span[0]].start, toks[span[1] - 1].end
        known = _one_entity(doc, toks, span)
        entity = known or upsert(doc, index, Entry(f"org:{slug(text[s:e])}", "ORG", text[s:e]), s, e)
        if entity.type not in ("ORG", "MEDIA"):
            continue  # "Miami (MIA)": an airport code is no name of the city
        defined.add(acr)
        for use in re.finditer(rf"\b{re.escape(acr)}\b", text):
            j = starts.get(use.start())
            if j is not None and j not in taken and use.start() >= m.start("acr"):
                add_mention(entity, use.start(), use.end())
                taken.add(j)
        taken.update(range(*span))


def _one_entity(doc: Document, toks: list[Tok], span: tuple[int, int]):
    """The entity whose mention covers exactly this token range, if any."""
    s, e = toks[span[0]].start, toks[span[1] - 1].end
    for ent in doc.entities:
        if any(m.start == s and m.end == e for m in ent.mentions):
            return ent
    return None


def _release_places(doc: Document, s: int, e: int) -> bool:
    """A place inside the name ("Verband Deutscher Reeder Ostsee") is part of it: when every
    entity mention inside ``[s, e)`` is a place, those mentions are dropped and True returned."""
    inside = [(ent, m) for ent in doc.entities for m in ent.mentions if m.start < e and m.end > s]
    if any(ent.type not in ("LOC", "GPE") or m.start < s or m.end > e for ent, m in inside):
        return False
    for ent, m in inside:
        ent.mentions.remove(m)
    return True
