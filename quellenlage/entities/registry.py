"""The per-document entity index, and adding entities and mentions through it.

One :class:`Index` per document (kept in ``doc.user_data["entities"]``) remembers which
entity each ref, person key and body stands for, so that later mentions ("Yoon" after
"Yoon Suk Yeol") and later questions (:mod:`.linking`) land on the same entity.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..document import Document, Entity
from .gazetteer import Entry
from .mentions import add_mention
from .persons import first_names
from .tokens import fold, slug, tokenize

USER_KEY = "entities"


@dataclass
class Index:
    """What the entity stage knows about one document, for linking after it ran."""

    code: str
    by_ref: dict[str, Entity] = field(default_factory=dict)
    person_keys: dict[str, list[Entity]] = field(default_factory=dict)  # folded name token -> persons
    body_of: dict[str, str] = field(default_factory=dict)  # entity ref -> body stem ("gov")
    roles: dict[str, list[tuple[int, Entity]]] = field(default_factory=dict)  # role word -> (offset, person)
    longest: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(entity) -> (mention count, longest)

    def note_role(self, role: str, offset: int, person: Entity) -> None:
        self.roles.setdefault(fold(role), []).append((offset, person))

    def person_with_role(self, role: str, before: int) -> Entity | None:
        """The last person introduced with this role before ``before`` ("der Präsident" -> Yoon)."""
        seen = [(pos, p) for pos, p in self.roles.get(fold(role), []) if pos < before]
        return max(seen, key=lambda x: x[0])[1] if seen else None

    def person_for(self, key: str, before: int | None = None) -> Entity | None:
        """The person this name token stands for; with two (Bill and Dan Lipinski), the one
        mentioned last before ``before``."""
        found = self.person_keys.get(fold(key), [])
        if len(found) <= 1 or before is None:
            return found[0] if found else None

        def last(e: Entity) -> int:  # mentions are sorted by start (add_mention)
            i = bisect_left(e.mentions, before, key=lambda m: m.start)
            return e.mentions[i - 1].start if i else -1

        return max(found, key=last)


def new_id(doc: Document) -> str:
    used = {e.id for e in doc.entities}
    n = len(doc.entities) + 1
    while f"e{n}" in used:
        n += 1
    return f"e{n}"


def person_tokens(name: str) -> list[str]:
    return [t.text for t in tokenize(name)]


def register_person(index: Index, entity: Entity) -> None:
    """Make the family name (and a leading non-first-name: "Yoon", "Kim") point at ``entity``."""
    toks = person_tokens(entity.canonical or entity.name)
    if not toks:
        return
    keys = {toks[-1]}
    if len(toks) > 1 and first_names().get(toks[0]) is None:
        keys.add(toks[0])
    for k in keys:
        if k[:1].isupper():
            known = index.person_keys.setdefault(fold(k), [])
            if entity not in known:
                known.append(entity)


def find_person(index: Index, name: str) -> Entity | None:
    """An entity already known for this person name: same family name, or same leading name."""
    toks = person_tokens(name)
    if not toks:
        return None
    full = slug(name)
    for e in index.by_ref.values():
        if e.type == "PER" and e.ref == f"person:{full}":
            return e
    hit = index.person_for(toks[-1])
    if hit is None and len(toks) > 1 and first_names().get(toks[0]) is None:
        hit = index.person_for(toks[0])
    if hit is None:
        return None
    known = person_tokens(hit.canonical or hit.name)
    # "Peter Müller" is not "Helmut Müller": differing first names keep them apart
    if (
        len(toks) > 1
        and len(known) > 1
        and toks[0] in first_names()
        and known[0] in first_names()
        and fold(toks[0]) != fold(known[0])
    ):
        return None
    return hit


def upsert(doc: Document, index: Index, entry: Entry, start: int, end: int) -> Entity:
    entity = index.by_ref.get(entry.ref)
    if entity is None and entry.type == "PER":
        entity = find_person(index, entry.canonical)
        if entity is not None:  # a listed person first met by role or first name: adopt the list's names
            index.by_ref.pop(entity.ref or "", None)
            entity.ref, entity.canonical = entry.ref, entry.canonical
            entity.gender = entry.gender or entity.gender
            index.by_ref[entry.ref] = entity
    if entity is None:
        entity = Entity(
            new_id(doc), doc.text[start:end], entry.type, entry.canonical, entry.ref, gender=entry.gender
        )
        doc.entities.append(entity)
        index.by_ref[entry.ref] = entity
        if entry.type == "PER":
            register_person(index, entity)
    add_mention(entity, start, end)
    return entity


def upsert_person(doc: Document, index: Index, start: int, end: int, gender: str | None) -> Entity:
    """A person found by role or first name: join the known one or start a new one."""
    name = doc.text[start:end]
    entity = find_person(index, name)
    if entity is None:
        entity = Entity(new_id(doc), name, "PER", name, f"person:{slug(name)}", gender=gender)
        doc.entities.append(entity)
        index.by_ref[entity.ref] = entity
    elif len(person_tokens(name)) > len(person_tokens(entity.canonical or "")):
        # the fuller name wins: "Scheuer" first, "Andreas Scheuer" later
        if (
            not (entity.ref or "").startswith("person:")
            or entity.ref == f"person:{slug(entity.canonical or '')}"
        ):
            index.by_ref.pop(entity.ref or "", None)
            entity.canonical = name
            entity.ref = f"person:{slug(name)}"
            index.by_ref[entity.ref] = entity
        entity.name = name
    if entity.gender is None:
        entity.gender = gender
    register_person(index, entity)
    add_mention(entity, start, end)
    return entity


class EntitiesNotRun(LookupError):
    """Linking asked about a document the entity stage has not run on.

    The index is the entity stage's output, so it cannot be made here without running that
    stage from below it (which tied this module and the stage into an import cycle, and let
    a later stage run an earlier one unseen). The pipeline runs ``entities`` before any stage
    that links; a direct caller builds its document with a Pipeline, or runs
    :func:`~quellenlage.entities.find_entities` first.
    """


def has_index(doc: Document) -> bool:
    """Whether the entity stage has run on ``doc``."""
    return isinstance(doc.user_data.get(USER_KEY), Index)


def index_of(doc: Document) -> Index:
    """The document's entity index, as the entity stage left it."""
    index = doc.user_data.get(USER_KEY)
    if not isinstance(index, Index):
        raise EntitiesNotRun(
            f"{doc.raw.name}: the entities stage has not run on this document "
            "(run quellenlage.entities:find_entities before linking sources)"
        )
    return index
