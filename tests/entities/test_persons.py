"""Persons found by role, title or first name, with gender."""

from __future__ import annotations

import pytest

from .helpers import analyse, entity_at

CASES = [
    # (language, sentence, the name that must be a person, gender or None)
    ("de", "Geschäftsführer Christian Hanisch sagte das.", "Christian Hanisch", "m"),
    # first names only the name dictionary knows (lang/common/first_names_nam_dict.tsv)
    ("de", "Am Abend sprach Zoran Lindqvist vor dem Rat.", "Zoran Lindqvist", "m"),
    ("de", "Die Läuferin Marita Sonnfeld gewann.", "Marita Sonnfeld", "f"),
    # a surname that is also a first name, after a first name of both genders
    ("de", "Der Trainer Jan Ott sagte das.", "Jan Ott", "m"),
    ("de", "Das sagte Flixbus-Manager Stenger am Montag.", "Stenger", "m"),
    ("de", "Bundesverkehrsminister Scheuer lobte den Plan.", "Scheuer", "m"),
    ("de", "Ministerin Claudia Roth sprach.", "Claudia Roth", "f"),
    ("de", "Die Ministerin Roth sprach.", "Roth", "f"),
    ("de", "Helmut Peter ist Sprecher des Verbands.", "Helmut Peter", "m"),
    ("de", "Das bestätigte Sprecherin Jana Weber.", "Jana Weber", "f"),
    ("de", "Südkorea-Präsident Moon Jae-in reiste ab.", "Moon Jae-in", "m"),
    ("de", "Kanzlerin Merkel schwieg.", "Merkel", "f"),
    ("de", "Die EU-Kommissionspräsidentin Ursula von der Leyen reiste an.", "Ursula von der Leyen", "f"),
    ("de", "Herr Schmidt war nicht zu erreichen.", "Schmidt", "m"),
    ("de", "Frau Dr. Schulze war nicht zu erreichen.", "Schulze", "f"),
    ("de", "Dietmar Hoffmann vom Landesverband ist skeptisch.", "Dietmar Hoffmann", "m"),
    ("en", "ISD spokesman Tahir Della said so.", "Tahir Della", "m"),
    ("en", "Rep. Mark Walker lost.", "Mark Walker", "m"),
    ("en", "Jeff Miller, a local Republican, said so.", "Jeff Miller", "m"),
    ("en", "President Joe Biden spoke.", "Joe Biden", "m"),
    ("en", "Debbie Meadows is friendly with her.", "Debbie Meadows", "f"),
    ("en", "Historian Bruce Gilley argued that.", "Bruce Gilley", "m"),
    ("en", "Spokeswoman Karen Smith declined.", "Karen Smith", "f"),
    ("en", "Prime Minister Keir Starmer spoke.", "Keir Starmer", "m"),
    ("de", "Bundesfamilienministerin Anne Spiegel eröffnete. Der Spiegel berichtet.", "Anne Spiegel", "f"),
    ("de", "Das sagte Mario Draghi gestern.", "Mario Draghi", "m"),
    ("de", "Nach Mario Draghis Auftakt stiegen die Kurse.", "Mario Draghis", "m"),
    ("de", "Es reagierte Elon Musk zu Gerüchten.", "Elon Musk", "m"),
    ("de", "Otto von Bismarck lud ein.", "Otto von Bismarck", "m"),
    ("de", "Karl Franz Komnick baute Wagen.", "Karl Franz Komnick", "m"),
    ("en", "Mayor Bill de Blasio spoke.", "Bill de Blasio", "m"),
    ("en", "Author John F. Kennedy wrote.", "John F. Kennedy", "m"),
    ("en", "Prof. Schulze declined.", "Schulze", None),
]

NOT_PERSONS = [
    ("de", "Der Präsident Ende Mai sprach.", "Ende Mai"),
    ("de", "Die Sprecher Der Grünen sprachen.", "Der Grünen"),
    ("en", "The Justice Department said so.", "Department"),
    ("en", "The President said on Monday.", "Monday"),
    ("de", "Die Verantwortung trägt Axel Hellmann den Geschäftsbereich Finanzen.", "Geschäftsbereich"),
    ("de", "Das maximale Gewicht: Max. Zuladung 300 kg.", "Zuladung"),
    ("en", "He was a local leader.\nRight-wing resistance grew.", "Right"),
    ("en", "It stands on Anna-Mungunda-Allee today.", "Anna"),
    ("en", "It stands on Cornelius-Fredericks-Strasse today.", "Cornelius"),
    # a first name before an organisation head is the organisation's name, no woman's
    ("en", "She was taken to Rosa Hospital and later to the Mary Clinic.", "Hospital"),
    ("en", "She was taken to Rosa Hospital and later to the Mary Clinic.", "Clinic"),
]


@pytest.mark.parametrize(("code", "text", "name", "gender"), CASES, ids=[c[2] for c in CASES])
def test_person(code: str, text: str, name: str, gender: str | None) -> None:
    entity = entity_at(analyse(text, code), name)
    assert entity is not None and entity.type == "PER", f"{name!r} not found as a person"
    assert entity.gender == gender


@pytest.mark.parametrize(("code", "text", "name"), NOT_PERSONS, ids=[c[2] for c in NOT_PERSONS])
def test_not_person(code: str, text: str, name: str) -> None:
    doc = analyse(text, code)
    pos = doc.text.find(name)
    assert not any(
        e.type == "PER" and any(m.start <= pos < m.end for m in e.mentions) for e in doc.entities
    ), f"{name!r} taken for a person"


def test_kim_jong_un_spellings_are_one_person() -> None:
    doc = analyse("Kim Jong Un besuchte Moskau. Später sagte Kim Jong-un, er sei zufrieden.")
    assert entity_at(doc, "Kim Jong Un") is entity_at(doc, "Kim Jong-un")


def test_unknown_asian_name_is_aliased_by_its_first_token() -> None:
    doc = analyse("Präsident Lee Myung Bak sprach. Lee sagte, er sei zufrieden.")
    assert entity_at(doc, "Lee") is entity_at(doc, "Lee Myung Bak")
