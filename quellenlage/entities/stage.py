"""The entity stage: gazetteer names, composed state bodies, persons, then aliases."""

from __future__ import annotations

from .. import lang
from ..document import Document
from ..memory import bulk_allocation
from .acronyms import find_acronyms
from .extra import typed_spans
from .gazetteer import Entry, Match, as_city, compose, gazetteer
from .institutions import compose_institutions, find_heads
from .linking import apply_matches
from .mentions import add_mention
from .persons import find_persons, first_names, not_name, nouns_capitalised, role_at, words
from .registry import USER_KEY, Index, upsert, upsert_person
from .tokens import Tok, fold, slug, tokenize


def language_code(doc: Document) -> str:
    """The article's language when lang/ has entity data for it; German otherwise."""
    code = (doc.article.language or "").split("-")[0].lower()
    return code if code in lang.available_languages() and words(code) else "de"


def find_entities(doc: Document) -> Document:
    """Fill ``doc.entities`` (ids e1, e2, … in order of first mention).

    The collector is paused for the whole stage (``bulk_allocation``), not only while the tokens are
    made: the stage's tokens and matches die with it, so a collection after the stage finds them
    gone (a freed object leaves the collector's count), where one at the end of ``tokenize`` walked
    every token of the text once more."""
    with bulk_allocation():
        return _find_entities(doc)


def _find_entities(doc: Document) -> Document:
    text = doc.text
    code = language_code(doc)
    index = Index(code)
    doc.entities = []
    doc.user_data[USER_KEY] = index
    if not text:
        return doc
    gaz = gazetteer()
    toks = tokenize(text)
    matches = gaz.scan(text, toks)
    heads = find_heads(text, toks)
    near_head = {i for h in heads for i in (h.first - 1, h.last, h.last + 1)}
    strong = {m.entry.ref for m in matches if not m.weak and m.entry.kind == "name"}
    matches = [
        m for m in matches
        if not m.weak or m.entry.ref in strong or _quoted(text, m.start, m.end)
        or (_is_town(m) and (m.first in near_head or _after_place_word(text, toks, m, code)))
    ]
    matches = compose_institutions(text, toks, matches, heads, code)
    matches = compose(text, toks, matches, gaz)
    _cities(text, toks, matches, code)
    matches = [m for m in matches if not _surname_of_first_name(text, toks, m)]
    # towns give way to persons: "Nina Hagen", "Lloyd Austin" … "Austin said"
    blocked = {i for m in matches if not _is_town(m) for i in range(m.first, m.last)}
    people = find_persons(text, toks, code, blocked)
    matches = _towns_yield_to_persons(text, toks, matches, people, code)
    matches = compose_institutions(text, toks, matches, heads, code, bare=True)
    blocked = {i for m in matches for i in range(m.first, m.last)}
    people = [p for p in people if not any(i in blocked for i in range(p.first, p.last))]
    # gazetteer and persons in text order, so ids follow first mentions
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in matches]
    events += [(p.start, 1, p) for p in people]
    for _, kind, item in sorted(events, key=lambda x: (x[0], x[1])):
        if kind == 0:
            apply_matches(doc, index, gaz, [item])  # type: ignore[list-item]
            if item.entry.type == "PER" and item.first > 0:  # type: ignore[attr-defined]
                found = role_at(toks, item.first - 1, code)  # type: ignore[attr-defined]
                if found is not None and found[1] == item.first:  # type: ignore[attr-defined]
                    index.note_role(found[0].word, item.start, index.by_ref[item.entry.ref])  # type: ignore[attr-defined]
        else:
            person = upsert_person(doc, index, item.start, item.end, item.gender)  # type: ignore[attr-defined]
            if item.role:  # type: ignore[attr-defined]
                index.note_role(item.role, item.start, person)  # type: ignore[attr-defined]
    taken = blocked | {i for p in people for i in range(p.first, p.last)}
    taken |= _extra_sources(doc, index, toks, taken)
    find_acronyms(doc, index, toks, taken, code)
    _alias_mentions(doc, index, toks, taken, code)
    _renumber(doc)
    return doc


def _is_town(m: Match) -> bool:
    """A town from cities.tsv (not a capital, which stands for its country)."""
    return m.entry.ref.startswith("city:") and m.entry.kind == "name"


def _after_place_word(text: str, toks: list[Tok], m: Match, code: str) -> bool:
    """"in Essen", "aus Hof": a town whose name is also a common word, after a place preposition."""
    if m.first == 0:
        return False
    before = toks[m.first - 1]
    return before.key in words(code).get("weak_place_prepositions", []) and text[before.end : m.start] == " "


def _towns_yield_to_persons(text: str, toks: list[Tok], matches: list[Match], people: list, code: str) -> list[Match]:
    """Drop towns inside a person's name, and one-word towns that are a named person's family
    name unless a place preposition stands before them ("Austin said", but "in Austin")."""
    inside = {i for p in people for i in range(p.first, p.last)}
    family = {fold(toks[p.last - 1].text) for p in people}
    family |= {fold(m.entry.canonical.split(" ")[-1]) for m in matches if m.entry.type == "PER"}
    return [
        m for m in matches
        if not _is_town(m)
        or not (any(i in inside for i in range(m.first, m.last))
                or (m.last - m.first == 1 and fold(toks[m.first].text) in family
                    and not _after_place_word(text, toks, m, code)))
    ]


def _surname_of_first_name(text: str, toks: list[Tok], m: Match) -> bool:
    """"Anne Spiegel", "Paul Bild": a one-word organisation or outlet after a first name is a surname."""
    if m.last - m.first != 1 or m.first == 0 or m.entry.type not in ("ORG", "MEDIA"):
        return False
    before = toks[m.first - 1]
    return before.text in first_names() and text[before.end : m.start] == " "


def _cities(text: str, toks: list[Tok], matches: list[Match], code: str) -> None:
    """A capital is the city, not the country, where the text says so.

    After a locative preposition ("in Berlin", "nach Washington", "the city of Berlin") and, in
    English, before another capitalised word ("the Berlin City Museum"). Elsewhere it stands
    for the country ("Pjöngjang warnte", "Washington reagierte").
    """
    preps = {p for c in lang.available_languages() for p in words(c).get("locative_prepositions", [])}
    taken = {m.first for m in matches}
    for m in matches:
        if not m.entry.city:
            continue
        before = toks[m.first - 1] if m.first > 0 else None
        after = toks[m.last] if m.last < len(toks) else None
        located = before is not None and before.text in preps and text[before.end : m.start] == " "
        named = (
            not nouns_capitalised(code)
            and after is not None
            and after.capitalised
            and after.text not in not_name(code)
            and m.last not in taken
            and text[m.end : after.start] == " "
        )
        if located or named:
            m.entry = as_city(m.entry)


def _extra_sources(doc: Document, index: Index, toks: list[Tok], taken: set[int]) -> set[int]:
    """Names from a configured NER (see :mod:`.extra`) where the gazetteers found nothing."""
    spans = typed_spans(doc.text, doc.article.language)
    if not spans:
        return set()
    gaz = gazetteer()
    added: set[int] = set()
    for start, end, kind in spans:
        covered = [i for i, t in enumerate(toks) if t.start < end and t.end > start]
        if not covered or any(i in taken or i in added for i in covered):
            continue
        name = doc.text[start:end]
        entry = gaz.lookup(name)
        if entry is not None and entry.kind == "name":
            upsert(doc, index, entry, start, end)
        elif kind == "PER":
            upsert_person(doc, index, start, end, first_names().get(name.split(" ")[0]))
        else:
            upsert(doc, index, Entry(f"{kind.lower()}:{slug(name)}", kind, name), start, end)
        added.update(covered)
    return added


QUOTES = "\"'„“”‚‘’»«›‹"


def _quoted(text: str, start: int, end: int) -> bool:
    """A weak name standing alone in quotation marks (des britischen "Express") is a name."""
    return start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES


def _alias_mentions(doc: Document, index: Index, toks: list[Tok], taken: set[int], code: str) -> None:
    """Family names alone ("Yoon", "Stenger", "Scheuers") become mentions of the known person."""
    if not index.person_keys:
        return  # nobody named: no family name to look for
    genitive = words(code).get("genitive_endings", [])
    for i, tok in enumerate(toks):
        if i in taken or not tok.capitalised:
            continue
        person = index.person_for(tok.text, tok.start)
        end = tok.end
        if person is None:
            for ending in genitive:
                if tok.text.endswith(ending) and len(tok.text) > len(ending) + 2:
                    person = index.person_for(tok.text[: -len(ending)], tok.start)
                    if person is not None:
                        end = tok.end - len(ending)
                        break
        if person is not None and tok.text not in not_name(code):
            add_mention(person, tok.start, end)


def _renumber(doc: Document) -> None:
    """Order entities by first mention and number them e1, e2, …"""
    doc.entities = [e for e in doc.entities if e.mentions]
    doc.entities.sort(key=lambda e: (e.mentions[0].start, e.mentions[0].end))
    for n, e in enumerate(doc.entities, 1):
        e.id = f"e{n}"
