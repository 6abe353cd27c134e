"""Towns and institutions named with their place: table tests, German and English.

Sentences written for these tests. Each case names the surface form that must be one mention
and the ref it resolves to; the lookalike tables name surfaces that must not be (or not be
part of) such an entity.
"""

from __future__ import annotations

import pytest

from quellenlage.entities import link_source

from .helpers import analyse, entity_at

TOWNS_DE = [
    ("Der Frachter liegt vor Warnemünde.", "Warnemünde", "city:de:warnemunde"),
    ("Strände zwischen Warnemünde und Kühlungsborn sind gesperrt.", "Kühlungsborn", "city:de:kuhlungsborn"),
    ("In Rostock wird demonstriert.", "Rostock", "city:de:rostock"),
    ("Rostock (dpa) - Ein Ölfilm treibt vor der Küste.", "Rostock", "city:de:rostock"),
    ("Die Messe in München beginnt.", "München", "city:de:munich"),
    ("München will mehr Radwege.", "München", "city:de:munich"),
    ("Der Zug nach Köln fällt aus.", "Köln", "city:de:cologne"),
    ("Der Flughafen Frankfurt am Main ist gesperrt.", "Frankfurt am Main", "city:de:frankfurt"),
    ("Die Universität Frankfurt/Oder wächst.", "Frankfurt/Oder", "city:de:frankfurt-oder"),
    ("Das Festival in Halle an der Saale fällt aus.", "Halle an der Saale", "city:de:halle"),
    ("Er zog 1990 nach Nürnberg.", "Nürnberg", "city:de:nuremberg"),
    ("Düsseldorf und Duisburg streiten.", "Duisburg", "city:de:duisburg"),
    ("Die Bürger von Mülheim an der Ruhr stimmen ab.", "Mülheim an der Ruhr", "city:de:mulheim-an-der-ruhr"),
    ("Der Hafen von Bremerhaven ist voll.", "Bremerhaven", "city:de:bremerhaven"),
    ("In Essen regnet es.", "Essen", "city:de:essen"),
    ("Sie kommt aus Hof.", "Hof", "city:de:hof"),
    ("Die Züge aus Graz sind verspätet.", "Graz", "city:at:graz"),
    ("In Innsbruck schneit es.", "Innsbruck", "city:at:innsbruck"),
    ("Zürich erhöht die Steuern.", "Zürich", "city:ch:zurich"),
    ("Die Konferenz in Genf endet.", "Genf", "city:ch:geneva"),
    ("Das Treffen findet in Luzern statt.", "Luzern", "city:ch:lucerne"),
    ("Er studierte in Mailand.", "Mailand", "city:it:milan"),
    ("Der Angriff auf Charkiw dauert an.", "Charkiw", "city:ua:kharkiv"),
    ("Die Fähre nach Danzig fährt wieder.", "Danzig", "city:pl:gdansk"),
    ("In Istanbul wird gewählt.", "Istanbul", "city:tr:istanbul"),
    ("Die Lage in Wien ist ruhig.", "Wien", "city:at:vienna"),
    ("Der Gipfel in Kopenhagen beginnt.", "Kopenhagen", "city:dk:copenhagen"),
]

TOWNS_EN = [
    ("The ship was anchored off Rostock.", "Rostock", "city:de:rostock"),
    ("Protests spread in Munich.", "Munich", "city:de:munich"),
    ("The Cologne carnival was cancelled.", "Cologne", "city:de:cologne"),
    ("She flew to Nuremberg.", "Nuremberg", "city:de:nuremberg"),
    ("Talks in Geneva broke down.", "Geneva", "city:ch:geneva"),
    ("The concert in Vienna was sold out.", "Vienna", "city:at:vienna"),
    ("Fighting continued around Kharkiv.", "Kharkiv", "city:ua:kharkiv"),
    ("The mayor of Chicago resigned.", "Chicago", "city:us:chicago"),
    ("Rents in New York City rose again.", "New York City", "city:us:new-york"),
    ("Flooding hit Houston overnight.", "Houston", "city:us:houston"),
    ("He moved to Manhattan in 2010.", "Manhattan", "city:us:manhattan"),
    ("The summit in Nairobi ended.", "Nairobi", "city:ke:nairobi"),
    ("The festival in Nice was called off.", "Nice", "city:fr:nice"),
    ("He grew up in Austin.", "Austin", "city:us:austin"),
    ("Markets in Mumbai fell.", "Mumbai", "city:in:mumbai"),
]

# capitals added with the towns: alone or as a source they stand for the country
CAPITALS = [
    ("Ottawa protestierte scharf.", "Ottawa", "iso3166:CA", "de"),
    ("Prag hat den Botschafter einbestellt.", "Prag", "iso3166:CZ", "de"),
    ("Ankara wies das zurück.", "Ankara", "iso3166:TR", "de"),
    ("Canberra said it would respond.", "Canberra", "iso3166:AU", "en"),
    ("Nairobi denied the report.", "Nairobi", "iso3166:KE", "en"),
    ("Der Gipfel in Ottawa beginnt.", "Ottawa", "city:ca:ottawa", "de"),
]

INSTITUTIONS_DE = [
    ("Ein Sprecher der Staatsanwaltschaft Rostock sagte das.", "Staatsanwaltschaft Rostock",
     "inst:prosecutor:de:rostock", "Public prosecutor's office Rostock"),
    ("Die Rostocker Staatsanwaltschaft ermittelt.", "Rostocker Staatsanwaltschaft",
     "inst:prosecutor:de:rostock", "Public prosecutor's office Rostock"),
    ("Die Staatsanwaltschaft in Rostock ermittelt.", "Staatsanwaltschaft in Rostock",
     "inst:prosecutor:de:rostock", "Public prosecutor's office Rostock"),
    ("Die Polizei Köln sucht Zeugen.", "Polizei Köln", "inst:police:de:cologne", "Police Cologne"),
    ("Die Kölner Polizei sucht Zeugen.", "Kölner Polizei", "inst:police:de:cologne", "Police Cologne"),
    ("Das Polizeipräsidium München teilte mit.", "Polizeipräsidium München", "inst:police:de:munich", "Police Munich"),
    ("Die Münchner Polizei teilte mit.", "Münchner Polizei", "inst:police:de:munich", "Police Munich"),
    ("Das Landgericht München I verhandelt.", "Landgericht München I",
     "inst:regional-court:de:munich-i", "Regional court Munich I"),
    ("Ein Sprecher des Landgerichts München II sagte das.", "Landgerichts München II",
     "inst:regional-court:de:munich-ii", "Regional court Munich II"),
    ("Das Amtsgericht Essen hat entschieden.", "Amtsgericht Essen", "inst:local-court:de:essen", "Local court Essen"),
    ("Das Oberlandesgericht Frankfurt am Main hob das Urteil auf.", "Oberlandesgericht Frankfurt am Main",
     "inst:higher-regional-court:de:frankfurt", "Higher regional court Frankfurt"),
    ("Das Verwaltungsgericht Berlin hat entschieden.", "Verwaltungsgericht Berlin",
     "inst:administrative-court:de:berlin", "Administrative court Berlin"),
    ("Die Berliner Polizei meldete Festnahmen.", "Berliner Polizei", "inst:police:de:berlin", "Police Berlin"),
    ("Die Feuerwehr Hamburg rückte aus.", "Feuerwehr Hamburg", "inst:fire:de:hh", "Fire brigade Hamburg"),
    ("Die Hamburger Feuerwehr rückte aus.", "Hamburger Feuerwehr", "inst:fire:de:hh", "Fire brigade Hamburg"),
    ("Die Stadtverwaltung Weimar prüft das.", "Stadtverwaltung Weimar",
     "inst:city-administration:de:weimar", "City administration Weimar"),
    ("Das Landratsamt Starnberg warnt.", "Landratsamt Starnberg", "inst:district-office:de:starnberg",
     "District office Starnberg"),
    ("Die Bezirksregierung Münster genehmigte das.", "Bezirksregierung Münster",
     "inst:district-government:de:munster", "District government Münster"),
    ("Die Bundespolizei Rostock kontrolliert.", "Bundespolizei Rostock", "inst:federal-police:de:rostock",
     "Federal Police Rostock"),
    ("Die Polizei Wien meldet einen Unfall.", "Polizei Wien", "inst:police:at:vienna", "Police Vienna"),
    ("Die Staatsanwaltschaft Zürich ermittelt.", "Staatsanwaltschaft Zürich", "inst:prosecutor:ch:zurich",
     "Public prosecutor's office Zurich"),
    ("Das Landeskriminalamt Niedersachsen warnt.", "Landeskriminalamt Niedersachsen",
     "inst:state-criminal-police:de:ni", "State criminal police office Lower Saxony"),
    ("Das Gesundheitsamt Hof meldet neue Fälle.", "Gesundheitsamt Hof", "inst:health-office:de:hof",
     "Public health office Hof"),
    # heads alone
    ("Die Wasserschutzpolizei spricht von 80 Tonnen.", "Wasserschutzpolizei", "inst:water-police", "Water police"),
    ("Das Amtsgericht hat den Antrag abgelehnt.", "Amtsgericht", "inst:local-court", "Local court"),
    ("Die Bezirksregierung hat das genehmigt.", "Bezirksregierung", "inst:district-government", "District government"),
    ("Das Landratsamt warnt vor Glätte.", "Landratsamt", "inst:district-office", "District office"),
    ("Die Feuerwehr war mit 40 Kräften im Einsatz.", "Feuerwehr", "inst:fire", "Fire brigade"),
    ("Die Polizei sucht Zeugen.", "Polizei", "inst:police", "Police"),
]

INSTITUTIONS_EN = [
    ("Cologne police said two men were arrested.", "Cologne police", "inst:police:de:cologne", "Police Cologne"),
    ("Police in Cologne said two men were arrested.", "Police in Cologne", "inst:police:de:cologne",
     "Police Cologne"),
    ("The Dallas Police Department said the suspect fled.", "Dallas Police Department", "inst:police:us:dallas",
     "Police Dallas"),
    ("The Manhattan district attorney's office declined to comment.", "Manhattan district attorney's office",
     "inst:prosecutor:us:manhattan", "Public prosecutor's office Manhattan"),
    ("The Manhattan District Attorney's Office declined to comment.", "Manhattan District Attorney's Office",
     "inst:prosecutor:us:manhattan", "Public prosecutor's office Manhattan"),
    ("The Manhattan district attorney said the case was strong.", "Manhattan district attorney",
     "inst:prosecutor:us:manhattan", "Public prosecutor's office Manhattan"),
    ("The FBI field office in Boston is investigating.", "FBI field office in Boston",
     "inst:fbi-field-office:us:boston", "FBI field office Boston"),
    ("The Munich fire department said the blaze was out.", "Munich fire department", "inst:fire:de:munich",
     "Fire brigade Munich"),
    ("The Chicago City Council voted on Tuesday.", "Chicago City Council", "inst:city-council:us:chicago",
     "City council Chicago"),
    ("The Houston sheriff's office said nobody was hurt.", "Houston sheriff's office", "inst:sheriff:us:houston",
     "Sheriff's office Houston"),
    ("Berlin police cleared the square.", "Berlin police", "inst:police:de:berlin", "Police Berlin"),
    ("The Metropolitan Police said officers were called.", "Metropolitan Police", "org:metropolitan-police",
     "Metropolitan Police Service"),
    ("Scotland Yard said officers were called.", "Scotland Yard", "org:metropolitan-police",
     "Metropolitan Police Service"),
    ("The NYPD said officers were called.", "NYPD", "org:nypd", "New York City Police Department"),
    ("The fire department said the blaze was out.", "fire department", "inst:fire", "Fire brigade"),
    ("Police said the road was closed.", "Police", "inst:police", "Police"),
]

# sentences in which a town-like or institution-like word must not become that entity
LOOKALIKES = [
    ("Das Essen war kalt.", "Essen", "de"),
    ("Im Hof spielen Kinder.", "Hof", "de"),
    ("Die Waren kommen aus China.", "Waren", "de"),
    ("Der Zug hatte Verspätung.", "Zug", "de"),
    ("Wir singen Lieder. Singen macht froh.", "Singen", "de"),
    ("Die Halle war voll.", "Halle", "de"),
    ("Der Leer stehende Laden.", "Leer", "de"),
    ("The weather was Nice and warm.", "Nice", "en"),
    ("Die Kieler Zeitung berichtet.", "Kieler", "de"),
    ("Die Einfuhr von Waren ist verboten.", "Waren", "de"),
    ("Der Kanton Zürich baut.", "Kanton", "de"),
]

# an institution head whose neighbour is no place: not composed with it
HEAD_WITHOUT_PLACE = [
    ("Die Polizei Verstärkung schickte nicht.", "Polizei Verstärkung", "de"),
    ("Die Staatsanwaltschaft Anklage erhoben hat.", "Staatsanwaltschaft Anklage", "de"),
    ("Wir fahren in die große Stadt Aschaffenburg.", "Stadt Aschaffenburg", "de"),
    ("Police Chief Anna Miller said the road was closed.", "Police Chief", "en"),
    ("The district attorney said the case was strong.", "district attorney", "en"),
    ("The city council voted on Tuesday.", "city council", "en"),
]


@pytest.mark.parametrize("text,surface,ref", TOWNS_DE)
def test_towns_de(text: str, surface: str, ref: str) -> None:
    e = entity_at(analyse(text, "de"), surface)
    assert e is not None and (e.ref, e.type) == (ref, "LOC")


@pytest.mark.parametrize("text,surface,ref", TOWNS_EN)
def test_towns_en(text: str, surface: str, ref: str) -> None:
    e = entity_at(analyse(text, "en"), surface)
    assert e is not None and (e.ref, e.type) == (ref, "LOC")


@pytest.mark.parametrize("text,surface,ref,code", CAPITALS)
def test_capitals(text: str, surface: str, ref: str, code: str) -> None:
    e = entity_at(analyse(text, code), surface)
    assert e is not None and e.ref == ref


@pytest.mark.parametrize("text,surface,ref,canonical", INSTITUTIONS_DE)
def test_institutions_de(text: str, surface: str, ref: str, canonical: str) -> None:
    e = entity_at(analyse(text, "de"), surface)
    assert e is not None and (e.ref, e.type, e.canonical) == (ref, "ORG", canonical)


@pytest.mark.parametrize("text,surface,ref,canonical", INSTITUTIONS_EN)
def test_institutions_en(text: str, surface: str, ref: str, canonical: str) -> None:
    e = entity_at(analyse(text, "en"), surface)
    assert e is not None and (e.ref, e.type, e.canonical) == (ref, "ORG", canonical)


@pytest.mark.parametrize("text,surface,code", LOOKALIKES)
def test_lookalikes_are_no_towns(text: str, surface: str, code: str) -> None:
    doc = analyse(text, code)
    pos = text.find(surface)
    hits = [e for e in doc.entities for m in e.mentions if m.start <= pos < m.end]
    assert not [e for e in hits if (e.ref or "").startswith(("city:", "inst:"))]


@pytest.mark.parametrize("text,surface,code", HEAD_WITHOUT_PLACE)
def test_head_is_not_joined_with_a_non_place(text: str, surface: str, code: str) -> None:
    doc = analyse(text, code)
    pos = text.find(surface)
    end = pos + len(surface)
    assert not [e for e in doc.entities for m in e.mentions if m.start == pos and m.end == end]
    assert not [e for e in doc.entities if (e.ref or "").count(":") > 1 and (e.ref or "").startswith("inst:")]


def test_same_institution_across_languages_and_spellings() -> None:
    refs = {
        entity_at(analyse("Die Polizei Köln ermittelt.", "de"), "Polizei Köln").ref,
        entity_at(analyse("Die Kölner Polizei ermittelt.", "de"), "Kölner Polizei").ref,
        entity_at(analyse("Die Polizei in Köln ermittelt.", "de"), "Polizei in Köln").ref,
        entity_at(analyse("Cologne police are investigating.", "en"), "Cologne police").ref,
    }
    assert refs == {"inst:police:de:cologne"}


def test_bare_head_joins_the_named_institution() -> None:
    doc = analyse("Die Staatsanwaltschaft Rostock ermittelt. Die Staatsanwaltschaft prüft den Fall.")
    assert entity_at(doc, "Staatsanwaltschaft") is entity_at(doc, "Staatsanwaltschaft Rostock")


def test_head_before_an_unknown_name_is_not_the_last_one_of_its_kind() -> None:
    doc = analyse("Die Berufsfeuerwehr Leipzig half. Später kam die Berufsfeuerwehr Elbing dazu.")
    assert entity_at(doc, "Berufsfeuerwehr") is None


def test_airport_code_is_no_name_of_the_city() -> None:
    doc = analyse("Der Flughafen von Miami (MIA) ist voll.")
    assert entity_at(doc, "MIA") is None


def test_two_towns_two_police_forces() -> None:
    doc = analyse("Die Polizei Köln und die Polizei Bonn ermitteln gemeinsam.")
    assert entity_at(doc, "Polizei Köln").ref != entity_at(doc, "Polizei Bonn").ref


def test_town_name_of_a_named_person_is_the_person() -> None:
    doc = analyse("Lloyd Austin visited Kyiv. Austin said more aid would follow.", "en")
    assert entity_at(doc, "Austin").ref == "person:lloyd-austin"
    doc = analyse("Nina Hagen sang. Hagen lachte.", "de")
    assert entity_at(doc, "Hagen").type == "PER"


def test_british_police_stays_a_state_body() -> None:
    doc = analyse("Die britische Polizei ermittelt.")
    assert entity_at(doc, "britische Polizei").ref == "police:gb"
    doc = analyse("The British police are investigating.", "en")
    assert entity_at(doc, "British police").ref == "police:gb"


def test_known_name_wins_over_a_bare_head() -> None:
    doc = analyse("Die Bundespolizei kontrolliert die Grenze.")
    assert entity_at(doc, "Bundespolizei").ref == "org:bundespolizei"


LINKED = [
    ("Ein Sprecher der Staatsanwaltschaft Rostock sagte, es sei offen.", "ein Sprecher der Staatsanwaltschaft Rostock",
     "inst:prosecutor:de:rostock", "de"),
    ("Die Wasserschutzpolizei spricht von 80 Tonnen.", "Die Wasserschutzpolizei", "inst:water-police", "de"),
    ("Die Kölner Polizei teilte mit, es gebe keine Spur.", "Die Kölner Polizei", "inst:police:de:cologne", "de"),
    ("Rostock teilte mit, der Strand bleibe gesperrt.", "Rostock", "city:de:rostock", "de"),
    ("Berlin teilte mit, man prüfe das.", "Berlin", "iso3166:DE", "de"),
    ("A spokesman for the Manhattan district attorney's office said the case was closed.",
     "A spokesman for the Manhattan district attorney's office", "inst:prosecutor:us:manhattan", "en"),
    ("Cologne police said two men were arrested.", "Cologne police", "inst:police:de:cologne", "en"),
]


@pytest.mark.parametrize("text,source,ref,code", LINKED)
def test_link_source_to_places_and_institutions(text: str, source: str, ref: str, code: str) -> None:
    doc = analyse(text, code)
    pos = text.lower().find(source.lower())
    assert pos >= 0
    eid = link_source(doc, pos, pos + len(source))
    assert eid is not None and doc.entity(eid).ref == ref
