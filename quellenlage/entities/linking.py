"""Turning matches into entities, and answering the claims engine: who is this source?

Works on the document's :class:`~.registry.Index`, so that later mentions ("das
Ministerium" after "das britische Verteidigungsministerium") and the claims engine's
source spans land on the entities the stage found.
"""

from __future__ import annotations

from ..document import Document, Entity
from .gazetteer import Entry, Gazetteer, Match, body_entity, gazetteer
from .mentions import add_mention, overlapping
from .persons import (
    apposition_nouns,
    connectors,
    first_names,
    not_name,
    nouns_capitalised,
    org_heads,
    role_at,
)
from .registry import Index, index_of, upsert, upsert_person
from .tokens import Tok, fold, hyphen_joined, slug, tokenize

# -- the claims engine's questions ----------------------------------------------------------


def persons(doc: Document) -> list[Entity]:
    """Every person of the document, in order of first mention."""
    index_of(doc)
    return [e for e in doc.entities if e.type == "PER"]


def last_person_before(doc: Document, offset: int, gender: str | None = None) -> Entity | None:
    """The person mentioned last before ``offset``, with that gender when one is asked for.

    Persons of unknown gender are a fallback when nobody of the asked gender precedes.
    """
    best: tuple[int, Entity] | None = None
    fallback: tuple[int, Entity] | None = None
    for e in persons(doc):
        ends = [m.start for m in e.mentions if m.end <= offset]
        if not ends:
            continue
        pos = max(ends)
        if gender is None or e.gender == gender:
            if best is None or pos > best[0]:
                best = (pos, e)
        elif e.gender is None and (fallback is None or pos > fallback[0]):
            fallback = (pos, e)
    return (best or fallback or (0, None))[1]


def link_source(doc: Document, start: int, end: int) -> str | None:
    """The id of the entity that the source written at ``[start, end)`` refers to, or None.

    Tries, in order: a person inside the span; the entity the span's head word names
    ("Sprecher des Kremls" -> Kremlin, "Südkoreas Präsident Yoon" -> Yoon); a described
    organisation ("Landesverband des Kfz-Gewerbes Thüringen", a new ORG entity); any entity
    mentioned inside; the gazetteer (weak names too: "Bahn"); a bare body resolved to the
    last such body ("das Ministerium"); a person-like name (a new PER entity). Pronouns and
    generic nouns ("Experten", "sources") give None.
    """
    eid = _link(doc, start, end)
    entity = doc.entity(eid)
    if entity is not None and entity.ref in gazetteer().capital_of:
        # a capital as a source speaks for its country: "Washington warnte" -> United States
        gaz = gazetteer()
        country = gaz.countries[gaz.capital_of[entity.ref]]
        m = next(m for m in entity.mentions if m.start < end and m.end > start)
        return upsert(doc, index_of(doc), country, m.start, m.end).id
    return eid


def _link(doc: Document, start: int, end: int) -> str | None:
    index = index_of(doc)
    text = doc.text
    start, end = max(0, start), min(len(text), end)
    toks = [t for t in tokenize(text[start:end], start) if t.text not in not_name(index.code) or t is None]
    toks = _strip_lower(toks)
    if not toks:
        return None
    s, e = toks[0].start, toks[-1].end
    inside = overlapping(doc, index.longest, s, e)
    for m, ent in sorted(inside, key=lambda x: x[0].start):
        if ent.type == "PER" and m.start >= s:
            return ent.id
    head = _head(text, toks)
    covering = [(m, ent) for m, ent in inside if m.start <= head.start and m.end >= head.end]
    k = toks.index(head)
    if covering and covering[0][1].type in ("GPE", "LOC") and text[covering[0][0].end - 1] == "s" and k + 1 < len(toks):
        # "Thüringens Autohäuser", "Südkoreas Regierung": a genitive before the head
        genitive = covering[0][0]
        inside = [(m, ent) for m, ent in inside if m is not genitive]
        head = toks[k + 1]
        k += 1
        covering = [(m, ent) for m, ent in inside if m.start <= head.start and m.end >= head.end]
    if covering:
        return covering[0][1].id
    found = role_at(toks, k, index.code)
    if found is not None:
        after = [(m, ent) for m, ent in inside if m.start >= head.end]
        if after and _connected(text, head.end, after[0][0].start, index.code):  # "Sprecher des Kremls"
            return after[0][1].id
        # "der Südkorea-Präsident", "the spokesman": the person last introduced so
        person = index.person_with_role(found[0].word, s)
        if person is not None and len(toks) <= 3:
            add_mention(person, s, e)
            return person.id
        return None
    appositive = _name_in_apposition(text, start, toks, k, index.code)
    if appositive is not None:  # "Umweltorganisation Meeresschutz Nord", "the charity Oxfam"
        a, b = appositive
        named = [ent for m, ent in inside if m.start == a and m.end == b]
        if named:
            return named[0].id
        return _new(doc, index, Entry(f"org:{slug(text[a:b])}", "ORG", text[a:b]), a, b).id
    if _is_org_head(head.text, index.code):
        if len(toks) == 1:  # "das Ministerium", "der Verband": the last body of that kind named
            return _last_named(doc, head.text, s)
        named = [ent for m, ent in inside if m.start >= head.end and not text[head.end : m.start].strip()]
        if named:  # "Magazin Technology Review", "Nachrichtenagentur dpa": the name in apposition
            return named[0].id
        return _new(doc, index, Entry(f"org:{slug(text[s:e])}", "ORG", text[s:e]), s, e).id
    if not nouns_capitalised(index.code) and len(toks) > 1 and _is_org_head(toks[-1].text, index.code):
        # "Right Women PAC", "Asheville Tea PAC"
        return _new(doc, index, Entry(f"org:{slug(text[s:e])}", "ORG", text[s:e]), s, e).id
    if inside:
        return max(inside, key=lambda x: min(x[0].end, e) - max(x[0].start, s))[1].id
    gaz = gazetteer()
    entry = gaz.lookup(text[s:e])
    if entry is not None:
        return _resolve_entry(doc, index, gaz, entry, s, e)
    if len(toks) == 1:
        person = index.person_for(toks[0].text, s)
        if person is not None:
            add_mention(person, s, e)
            return person.id
    if _person_like(toks, text, index.code):
        return upsert_person(doc, index, s, e, first_names().get(toks[0].text)).id
    return None


def _name_in_apposition(text: str, start: int, toks: list[Tok], k: int, code: str) -> tuple[int, int] | None:
    """The offsets of an organisation's own name after a noun that only says what it is.

    German "Umweltorganisation Meeresschutz Nord" (the class noun is the head, capitalised),
    English "the environmental group Meeresschutz Nord" (the lower-case noun before the name).
    Both give the name alone, so the entity has one ref in both languages. The nouns are
    ``apposition_nouns`` in ``lang/<lang>/entity_words.toml``.
    """
    nouns = apposition_nouns(code)
    if not nouns:
        return None
    if fold(toks[k].text) in nouns and k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " ":
        rest = toks[k + 1 :]
    else:
        before = text[start : toks[0].start].split()
        if not before or fold(before[-1]) not in nouns or k != 0:
            return None
        rest = toks
    if not rest or len(rest) > 5 or not all(t.capitalised for t in rest):
        return None
    if rest[0].text in first_names():
        return None  # "the company's founder Anna Berg": a person
    return rest[0].start, rest[-1].end


def _connected(text: str, start: int, end: int, code: str) -> bool:
    """Only a genitive or "of/for" links a role to a body: "Sprecher des Kremls", not "Händler in Weimar"."""
    between = text[start:end].split()
    return not between or between[0] in connectors(code)


def _resolve_entry(doc: Document, index: Index, gaz: Gazetteer, entry: Entry, s: int, e: int) -> str | None:
    if entry.kind == "name":
        return upsert(doc, index, entry, s, e).id
    if entry.kind == "body":
        stem = entry.body or entry.ref
        for ent in reversed(doc.entities):
            if index.body_of.get(ent.ref or "") == stem:
                add_mention(ent, s, e)
                return ent.id
    return None


def _last_named(doc: Document, head: str, before: int) -> str | None:
    key = fold(head)
    best: tuple[int, Entity] | None = None
    for ent in doc.entities:
        if ent.type in ("ORG", "MEDIA") and key in fold(ent.name):
            pos = max((m.start for m in ent.mentions if m.start < before), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, ent)
    return best[1].id if best else None


def _new(doc: Document, index: Index, entry: Entry, s: int, e: int) -> Entity:
    return upsert(doc, index, entry, s, e)


def _strip_lower(toks: list[Tok]) -> list[Tok]:
    """Drop leading and trailing lower-case words ("der", "laut", "some"), keep the named core."""
    lo, hi = 0, len(toks)
    while lo < hi and not toks[lo].capitalised:
        lo += 1
    while hi > lo and not toks[hi - 1].capitalised:
        hi -= 1
    return toks[lo:hi] if lo < hi else []


def _head(text: str, toks: list[Tok]) -> Tok:
    """The span's head word: the first word, or the last part of a leading hyphen compound."""
    k = 0
    while k + 1 < len(toks) and hyphen_joined(text, toks[k], toks[k + 1]):
        k += 1
    return toks[k]


def _is_org_head(word: str, code: str) -> bool:
    heads = org_heads(code)
    return word in heads or any(
        word.endswith(h.lower()) and len(word) > len(h) + 2 for h in heads if len(h) > 4
    )


def _person_like(toks: list[Tok], text: str, code: str) -> bool:
    if not 2 <= len(toks) <= 4 or not all(t.capitalised for t in toks):
        return False
    if toks[0].text in first_names():
        return True
    return not nouns_capitalised(code) and all(t.text not in org_heads(code) for t in toks)


def apply_matches(doc: Document, index: Index, gaz: Gazetteer, matches: list[Match]) -> None:
    """Gazetteer matches -> entities; bare body nouns join the last body of the same kind."""
    for m in matches:
        entry = m.entry
        if entry.kind == "body":
            stem = entry.body or entry.ref
            if not stem.startswith(("ministry", "inst:")):
                continue
            target = next(
                (ent for ent in reversed(doc.entities) if index.body_of.get(ent.ref or "") == stem), None
            )
            if target is None:
                target = upsert(doc, index, Entry(stem, "ORG", entry.canonical), m.start, m.end)
                index.body_of[target.ref or ""] = stem
            add_mention(target, m.start, m.end)
            continue
        entity = upsert(doc, index, entry, m.start, m.end)
        body = _body_stem(entity.ref or "")
        if body:
            index.body_of.setdefault(entity.ref or "", body)


def _body_stem(ref: str) -> str | None:
    """ "ministry:gb:defence" -> "ministry:defence"; "gov:ru" -> "gov"; "inst:police:de:cologne" -> "inst:police"; others None."""
    parts = ref.split(":")
    if parts[0] == "inst" and len(parts) >= 2:  # "inst:police:de:cologne" -> "inst:police"
        return f"inst:{parts[1]}"
    if (
        parts[0]
        in (
            "gov",
            "mil",
            "intel",
            "state-media",
            "embassy",
            "police",
            "authorities",
            "parliament",
            "central-bank",
        )
        and len(parts) == 2
    ):
        return parts[0]
    if parts[0] == "ministry" and len(parts) == 3:
        return f"ministry:{parts[2]}"
    return None


__all__ = [
    "Index",
    "apply_matches",
    "body_entity",
    "index_of",
    "last_person_before",
    "link_source",
    "persons",
]
