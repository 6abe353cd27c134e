"""Descriptors that stand for a name (claims/roster.py, Resolver.last_of_class): "sagte der
Virologe" after "der Virologe Anna Berg" is Anna Berg; "das Unternehmen" after "die Lufthansa"
is the Lufthansa, "der Verband" never "die Polizei"; "die Physikerin Kim Berger" makes Kim Berger a "sie". Invented sentences; rows where the descriptor keeps its own words: a plural
("die Forscher"), a noun with an adjective that introduces someone new, a noun the article used
before for no name, and nobody of the class named before."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from quellenlage.claims.lexicon import lexicon
from quellenlage.claims.roster import same_noun

from .helpers import claims_of, names

ROOT = Path(__file__).resolve().parents[2]

ROWS = [
    # the roster: the noun the article wrote before the name …
    ("Der Virologe Jonas Bergmann warnte vor einer neuen Welle. Die Lage sei ernst, sagte der Virologe.",
     "Die Lage sei ernst", "Jonas Bergmann"),
    # … even when another woman was named in between (the last person would be Eva Stein)
    ("Die Architektin Anna Berg stellte den Plan vor. Bürgermeisterin Eva Stein lobte das Projekt. "
     "Der Bau beginne im Mai, sagte die Architektin.", "Der Bau beginne", "Anna Berg"),
    # … or behind a comma after the name
    ("Anna Berg, Architektin aus Kiel, stellte den Plan vor. Eva Stein lobte ihn. "
     "Der Bau beginne im Mai, sagte die Architektin.", "Der Bau beginne", "Anna Berg"),
    # … an organisation noun before its name, with another organisation named in between
    ("Der Konzern Siemens baut in Kiel ein Werk. Die Lufthansa streicht Flüge. "
     "Der Konzern erklärte, das Werk sei fertig.", "das Werk sei fertig", "Siemens"),
    # no roster entry: a person noun stands for the last person, an organisation noun for the last organisation
    ("Tom Hahn leitet das Training. Das Training wirke, erklärte der Sportwissenschaftler.",
     "Das Training wirke", "Tom Hahn"),
    ("Die Lufthansa meldete am Dienstag hohe Gewinne. Das Unternehmen erklärte, die Zahlen seien gut.",
     "die Zahlen seien gut", "Lufthansa"),
    # an organisation noun of its own kind stands for a name that has no common noun in it …
    ("Verdi rief am Montag zum Streik auf. Die Gewerkschaft betonte, die Löhne seien zu niedrig.",
     "die Löhne seien zu niedrig", "Verdi"),
    # … and "die Behörde(n)" for any organisation, a common noun too
    ("Die Bundesregierung verschärfte die Regeln. Die Behörden erklärten, die Lage sei ernst.",
     "die Lage sei ernst", "Bundesregierung"),
    # … and so does a noun of any_organisation_nouns that no entity name ends in ("die Einrichtung"),
    # after an organisation the entities stage knows (here by its acronym)
    ("Die Stiftung Lesewelt (SLW) eröffnet ein Haus. Die Räume seien zu klein, teilte die Einrichtung mit.",
     "Die Räume seien zu klein", "Stiftung Lesewelt"),
    ("Der Bundesverband Pflege (BVP) legte Zahlen vor. Jede Stadt brauche ein Heim, forderte die Interessenvertretung.",
     "Jede Stadt brauche ein Heim", "Bundesverband Pflege"),
    # … or after an organisation that spoke under a name with an organisation noun, which the
    # entities stage links only after the rules (the same noun too: "der Verein")
    ("Die Stiftung Lesewelt kündigte an, ein Haus zu eröffnen. Die Räume seien zu klein, teilte die Einrichtung mit.",
     "Die Räume seien zu klein", "Stiftung Lesewelt"),
    ("Der Verein Grüne Wiese kritisierte den Plan. Der Plan sei zu teuer, so der Verein.",
     "Der Plan sei zu teuer", "Verein Grüne Wiese"),
    # another compound of the one role the article gave to one person (a woman named in between)
    ("Bundesministerin Anna Berger besuchte die Schule. Die Ärztin Petra Lang kam auch. "
     "Die Kinder brauchten mehr Platz, sagte die Bildungsministerin.", "Die Kinder brauchten", "Anna Berger"),
    # … written as a compound cut short before "und"
    ("Bundesministerin Anna Berger besuchte die Schule. Die Ärztin Petra Lang kam auch. "
     "„Wir brauchen mehr Geld“, so die Familien- und Bildungsministerin.", "Wir brauchen mehr Geld", "Anna Berger"),
    ("Die Familien- und Jugendministerin Anna Berger kündigte an, es gebe mehr Geld.", "es gebe mehr Geld", "Anna Berger"),
    # a noun of one form for every gender ("das Staatsoberhaupt") stands for the last person named
    # outside quotation marks, not for one named inside the quote
    ("Präsidentin Lena Marquardt sprach in Kiel. „Der Tod von Jonas Weber hat uns erschüttert“, "
     "sagte das Staatsoberhaupt.", "Tod von Jonas Weber", "Lena Marquardt"),
    # a short noun after a hyphen ("Nordlicht-CEO") is the whole noun "CEO"
    ("Nordlicht-CEO Robert Machting ist zufrieden. Lea Sommer lobt ihn. Die Bücher seien voll, sagte der CEO.",
     "Die Bücher seien voll", "Robert Machting"),
    # … and the short noun alone, with no roster entry, stands for the last person named
    ("Robert Machting leitet die Werft seit Mai. Die Bücher seien voll, sagte der CEO.",
     "Die Bücher seien voll", "Robert Machting"),
    # two persons hold the role: the role tail tells neither, the last woman is taken
    ("Innenministerin Petra Lang blieb. Außenministerin Anna Berger reiste ab. "
     "Die Lage sei ernst, sagte die Bildungsministerin.", "Die Lage sei ernst", "Anna Berger"),
]

#: A name whose first name tells no gender ("Kim") takes the gender of the person noun beside it.
PRONOUNS = [
    ("Die Journalistin Eva Stein moderierte den Abend. Die Physikerin Kim Berger stellte das Projekt vor. "
     "Das Projekt läuft seit Mai in Kiel. Das Eis schmelze schneller, sagte sie.", "Das Eis schmelze", "Kim Berger"),
    # "der Physiker": Kim Berger is a man, so "sie" is the journalist
    ("Die Journalistin Eva Stein moderierte den Abend. Der Physiker Kim Berger stellte das Projekt vor. "
     "Das Projekt läuft seit Mai in Kiel. Das Eis schmelze schneller, sagte sie.", "Das Eis schmelze", "Eva Stein"),
]

#: An adjective used as a noun tells the gender by its article: "der 46-Jährige" is a man,
#: "die 39-Jährige" a woman, whoever was named last.
ADJECTIVE_NOUNS = [
    ("Die Sängerin Lena Roth trennte sich von Tom Berger. Tom Berger war überrascht. "
     "„Ich habe viel gelernt“, schrieb die 39-Jährige.", "viel gelernt", "Lena Roth"),
    ("Tom Berger war überrascht. Die Sängerin Lena Roth trennte sich von ihm. "
     "„Unsere Beziehung ist gescheitert“, schrieb der 46-Jährige.", "Beziehung ist gescheitert", "Tom Berger"),
    ("Die Sängerin Lena Roth trennte sich von Tom Berger. „Wir bleiben Freunde“, sagte die Vorsitzende.",
     "bleiben Freunde", "Lena Roth"),
]

KEEP_OWN_WORDS = [
    # a person who spoke for an organisation is no organisation; another organisation noun
    # ("der Verband") is not the one of that name ("Verein")
    ("Der Sprecher des Vereins Nordlicht sagte, man sei bereit. Die Lage sei gut, sagte der Verband.",
     "Die Lage sei gut", "Verband"),
    # an adjective: someone new ("das britische Ministerium"), not the one named before
    ("Tom Hahn leitet das Training. Das Training wirke, erklärte der erfahrene Sportwissenschaftler.",
     "Das Training wirke", "Sportwissenschaftler"),
    # the noun stood in the sentences before for no name: that one is meant
    ("Ein Sportwissenschaftler besuchte das Team von Tom Hahn. Das Training wirke, erklärte der Sportwissenschaftler.",
     "Das Training wirke", "Sportwissenschaftler"),
    # a masculine person noun after "die" is a plural, a group
    ("Die Ärztin Eva Stein leitet die Klinik. Die Ärzte erklärten, die Lage sei ruhig.",
     "die Lage sei ruhig", "Ärzte"),
    # an organisation noun of its own kind never stands for a common noun of another kind:
    # "der Verband" is not the police, "die Partei" not the ministry
    ("Die Polizei sagte, es habe gebrannt. Der Verband betonte, er sei nicht beteiligt gewesen.",
     "er sei nicht beteiligt", "Verband"),
    ("Das Innenministerium lehnte den Antrag ab. Die Partei erklärte, der Antrag verstoße gegen das Gesetz.",
     "der Antrag verstoße gegen", "Partei"),
    # no organisation named before
    ("Die Zahlen seien gut, erklärte das Unternehmen am Dienstag.", "Die Zahlen seien gut", "Unternehmen"),
    # a head that the entities stage knows as a name of its own is that name, not an anaphor of the
    # organisation named before it ("der EU-Kommission" is the commission, not "die EU")
    ("Die EU berät über den Beitritt. Laut der EU-Kommission würde das Land 186 Milliarden Euro erhalten.",
     "186 Milliarden Euro", "EU-Kommission"),
]


def _source_of(text: str, anchor: str) -> str:
    found = [c for c in claims_of(text) if anchor in c.span.text or anchor in c.content.text]
    assert found, f"no claim holds {anchor!r}"
    return names(found[0])


@pytest.mark.parametrize(("text", "anchor", "name"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_descriptor_stands_for_the_name(text: str, anchor: str, name: str) -> None:
    source = _source_of(text, anchor)
    assert source.split(" | ")[0].endswith(name), source


@pytest.mark.parametrize(("text", "anchor", "name"), PRONOUNS, ids=[r[0][50:90] for r in PRONOUNS])
def test_person_noun_tells_the_gender_of_a_name(text: str, anchor: str, name: str) -> None:
    assert _source_of(text, anchor).split(" | ")[0] == name


@pytest.mark.parametrize(("text", "anchor", "name"), ADJECTIVE_NOUNS, ids=[r[1] for r in ADJECTIVE_NOUNS])
def test_adjective_noun_tells_the_gender_by_its_article(text: str, anchor: str, name: str) -> None:
    assert _source_of(text, anchor).split(" | ")[0] == name


@pytest.mark.parametrize(("text", "anchor", "own"), KEEP_OWN_WORDS, ids=[r[0][:40] for r in KEEP_OWN_WORDS])
def test_descriptor_keeps_its_own_words(text: str, anchor: str, own: str) -> None:
    source = _source_of(text, anchor)
    assert source.split(" | ")[0].endswith(own), source


@pytest.mark.parametrize(("noun", "cls"), [
    ("Virologe", "person"), ("Architektin", "person"), ("Architekten", "person"),
    ("Sportwissenschaftlerin", "person"), ("Ärztin", "person"),
    ("Unternehmen", "organisation"), ("US-Konzern", "organisation"), ("Behörde", "organisation"),
    ("Einrichtung", "organisation"), ("Interessenvertretung", "organisation"), ("Gremium", "organisation"),
    ("Bericht", None), ("Sommer", None), ("virologe", None), ("2024", None),
    # a noun shorter than a compound's tail counts as a whole word, or after a hyphen
    ("CEO", "person"), ("Konzern-CEO", "person"), ("Amt", "organisation"), ("Hallo", None), ("Zeo", None),
])
def test_noun_class(noun: str, cls: str | None) -> None:
    assert lexicon("de").phrases.noun_class(noun) == cls


def test_english_knows_no_noun_class() -> None:
    assert lexicon("en").phrases.noun_class("Virologist") is None
    assert lexicon("en").phrases.person_gender("Virologist") is None


@pytest.mark.parametrize(("noun", "gender"), [
    ("Physikerin", "f"), ("Sozialwissenschaftlerin", "f"), ("Physiker", "m"), ("Virologe", "m"),
    ("Unternehmen", None), ("Bericht", None),
])
def test_person_gender(noun: str, gender: str | None) -> None:
    assert lexicon("de").phrases.person_gender(noun) == gender


@pytest.mark.parametrize(("a", "b", "same"), [
    ("architekt", "architekten", True), ("us-konzern", "konzern", True), ("konzernchef", "chef", True),
    ("architekt", "architektin", False), ("rat", "beirat", False), ("bericht", "virologe", False),
    ("alpha-ceo", "ceo", True), ("us-rat", "rat", True), ("ceo", "alpha-ceo", True), ("ceo", "geo", False),
])
def test_same_noun(a: str, b: str, same: bool) -> None:
    assert same_noun(a, b) is same


def test_person_noun_list_is_derived_from_feminines() -> None:
    """The build script keeps a masculine noun only when its feminine in -in (umlauted or not)
    is a noun of the table, and keeps that feminine too; no other noun."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_person_nouns import person_nouns

    table = ("lemma,pos,genus\nVirologe,Substantiv,m\nVirologin,Substantiv,f\nArzt,Substantiv,m\n"
             "Ärztin,Substantiv,f\nBericht,Substantiv,m\nSommer,Substantiv,m\nHamburg,\"Substantiv,Toponym\",n\n")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert person_nouns(rows) == ["Arzt", "Virologe", "Virologin", "Ärztin"]


def test_shipped_person_nouns_are_sorted_and_unique() -> None:
    words = [ln for ln in (ROOT / "quellenlage/lang/de/person_nouns.txt").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    assert words == sorted(set(words)) and len(words) > 5000


def test_a_feminine_role_noun_skips_the_man_who_spoke_last():
    """ "… Jonas Adler nannte … Die Ministerin sagte …": a feminine role noun names a woman, so it
    stands for the woman named before (Lena Roth), not for the man who spoke just before."""
    from quellenlage.pipeline import Pipeline

    text = ("Die Konferenz ist vorbei.\n\nLena Roth eröffnete die Sitzung. Jonas Adler bezeichnete die Beschlüsse als Erfolg.\n\n"
            "Im Interview sagte die Ministerin, es werde schwer.\n")
    said = {c.content.text: c.source.name for c in Pipeline().analyze_text(text).claims if c.source}
    assert said["es werde schwer"] == "Lena Roth"
