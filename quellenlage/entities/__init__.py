"""Entities, canonical across languages: who and what an article names.

No German NER model installs offline, so this stage is built from data that anyone can read
and extend (``quellenlage/lang``): gazetteers of countries (pycountry's ISO names in English
and German plus the short names, adjectives and demonyms papers use), capitals and seats of
government as metonyms ("Pjöngjang" = North Korea, "der Kreml" = Russian government,
"Washington" = United States, "Downing Street" = UK government), international
organisations, German federal ministries, parties, news outlets and agencies, well-known
people; state bodies composed from a country and a body noun ("das britische
Verteidigungsministerium" -> UK Ministry of Defence); persons announced by a role or title
("Präsident", "Ministerin", "spokesman", "Rep.") or a known first name; and within-article
aliasing ("Yoon Suk Yeol" … "Yoon"; "Kim Jong Un" = "Kim Jong-un").

Every :class:`~quellenlage.document.Entity` has ``type`` (GPE|PER|ORG|LOC|MEDIA),
``canonical`` (one English name), a stable ``ref`` (``iso3166:KP``, ``gov:ru``,
``ministry:gb:defence``, ``media:dpa``, ``person:yoon-suk-yeol``, …), its ``mentions``, and
``gender`` ("f"/"m") for persons when a first name or role tells.

API (used by the claims engine)::

    from quellenlage.entities import find_entities, link_source, persons, last_person_before

    find_entities(doc)                     # the stage: fills doc.entities, ids e1, e2, … by first mention
    link_source(doc, start, end)           # -> "e3" | None: the entity a source span refers to
                                           #    (overlapping mention, alias, or a new entity when the
                                           #    span is a recognisable name or a described body)
    persons(doc)                           # -> [Entity]: every person, in order of first mention
    last_person_before(doc, offset, "f")   # -> Entity | None: for resolving "sie" / "she"

Entities that ``link_source`` creates are appended (their ids continue the numbering).

In a pipeline the entity stage has run before anything links (``requires`` in
:data:`quellenlage.pipeline.STAGES`). Asked about a document it has not run on, the three
questions raise :class:`~.registry.EntitiesNotRun` naming the document: no stage runs
another, inside a pipeline or outside one.
"""

from __future__ import annotations

from .linking import last_person_before, link_source, persons
from .registry import EntitiesNotRun
from .stage import find_entities

__all__ = ["EntitiesNotRun", "find_entities", "last_person_before", "link_source", "persons"]
