"""Organisations an article defines with an acronym in brackets; sentences written for the tests."""

from __future__ import annotations

import pytest

from quellenlage.entities import link_source

from .helpers import analyse, entity_at

DEFINED = [
    ("Mit Entsetzen hat das Forum Waffenrecht (FWR) reagiert. Das FWR fordert Aufklärung.",
     "FWR", "Forum Waffenrecht", "de"),
    ("Das meldete der Deutsche Jagdverband (DJV). Der DJV fordert Ruhe.", "DJV", "Deutsche Jagdverband", "de"),
    ("Der Verein Freie Radler Ostsee (FRO) protestiert. Die FRO sammelt Unterschriften.",
     "FRO", "Freie Radler Ostsee", "de"),
    ("The Intergovernmental Panel on Climate Change (IPCC) warned. The IPCC said more.",
     "IPCC", "Intergovernmental Panel on Climate Change", "en"),
    ("The Coastal Watch Alliance (CWA) said the spill was larger. CWA director Tom Hale agreed.",
     "CWA", "Coastal Watch Alliance", "en"),
]

NOT_DEFINED = [
    ("Olaf Scholz (SPD) schweigt.", "SPD"),
    ("Claudia Meier (FDP) schweigt.", "FDP"),
    ("Rostock (AFP) - Der Ölfilm wächst.", "AFP"),
    ("Der Frachter (IMO 9123456) liegt fest.", "IMO"),
    ("Viviane K. (35) sitzt in Haft.", "35"),
]


@pytest.mark.parametrize("text,acronym,name,code", DEFINED)
def test_acronym_is_a_mention_of_the_defined_organisation(text: str, acronym: str, name: str, code: str) -> None:
    doc = analyse(text, code)
    org = entity_at(doc, name)
    assert org is not None and org.type == "ORG"
    assert entity_at(doc, acronym) is org
    pos = text.rfind(acronym)
    assert link_source(doc, pos, pos + len(acronym)) == org.id


@pytest.mark.parametrize("text,acronym", NOT_DEFINED)
def test_no_organisation_from_a_person_a_credit_or_a_number(text: str, acronym: str) -> None:
    doc = analyse(text)
    pos = text.find(acronym)
    owners = [e for e in doc.entities for m in e.mentions if m.start <= pos < m.end]
    assert all(not (e.ref or "").startswith("org:") or e.name == acronym for e in owners)
    assert not [e for e in doc.entities if e.type == "ORG" and e.name in ("Olaf Scholz", "Claudia Meier", "Rostock")]


def test_known_organisation_keeps_its_ref() -> None:
    doc = analyse("Das Bundeskriminalamt (BKA) warnt. Das BKA rät zur Vorsicht.")
    assert entity_at(doc, "Bundeskriminalamt").ref == "org:bka"
    assert entity_at(doc, "BKA").ref == "org:bka"
