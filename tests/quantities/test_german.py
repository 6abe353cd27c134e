"""German figures as a reader of a German news text understands them (table cases)."""

from __future__ import annotations

import pytest

from quellenlage.quantities import parse_quantities

from .conftest import check

V = "value"
LO = "lower"
UP = "upper"
U = "unit"

CASES: list[tuple[str, list[dict]]] = [
    # digits with German separators
    ("Das Land lieferte 2.000 Container.", [{V: 2000, U: "Container"}]),
    ("Es geht um 1,5 Millionen Menschen.", [{V: 1_500_000, U: "Menschen", "unit_lemma": "Mensch"}]),
    ("Er zahlte 3,75 Euro.", [{V: 3.75, U: "Euro", "currency": "EUR"}]),
    ("Die Summe: 1.234.567 Euro", [{V: 1_234_567, "currency": "EUR"}]),
    ("Sie kosten 12.500,50 Euro", [{V: 12500.5, "currency": "EUR"}]),
    ("Es kamen 350 Besucher.", [{V: 350, U: "Besucher"}]),
    ("Gezählt wurden 0,5 Prozent.", [{V: 0.5, U: "Prozent"}]),
    ("Die Firma hat 40 Mitarbeiter", [{V: 40, U: "Mitarbeiter"}]),
    # an article after a number opens another noun phrase: the year counts no "Motor"
    ("Der Hersteller will 2027 einen eigenen Motor bauen.", []),
    ("Sie gab 300 den Vorzug.", [{V: 300, U: None}]),
    # a verb with an adjective's ending after a year is no adjective before a counted noun
    ("Bereits 2013 warnten andere Forscher vor dem Risiko.", []),
    ("Im Heft standen 54 weitere Beiträge.", [{V: 54, U: "Beiträge"}]),
    # a figure hyphenated into a compound with its unit
    ("Das neue 6,7-Zoll-Modell kommt.", [{V: 6.7, U: "Zoll"}]),
    ("Es gibt keine 100-prozentige Sicherheit.", [{V: 100, "unit_lemma": "Prozent"}]),
    # an article before a measure is one of it; before a time it dates ("vor einem Jahr")
    ("Die Grenze liegt bei einem Megawatt.", [{V: 1, U: "Megawatt"}]),
    ("Der Fisch war über einen Meter lang.", [{LO: 1, U: "Meter"}]),
    ("Das Werk öffnete vor einem Jahr.", []),
    ("Etwa 2 000 Menschen kamen.", [{V: 2000, "approx": True, U: "Menschen"}]),
    ("Mit 1\u00a0000 Teilnehmern", [{V: 1000, U: "Teilnehmern", "unit_lemma": "Teilnehmer"}]),
    ("Das Budget beträgt 10 Mio. Euro.", [{V: 10_000_000, U: "Euro"}]),
    ("Es fehlen 3 Mrd. Euro", [{V: 3_000_000_000, U: "Euro"}]),
    ("Der Verlust lag bei 2,4 Milliarden Euro", [{V: 2_400_000_000, "currency": "EUR"}]),
    ("Die Schulden: 1,2 Billionen Euro", [{V: 1.2e12, "currency": "EUR"}]),
    ("Rund 20 Tsd. Besucher", [{V: 20000, "approx": True, U: "Besucher"}]),
    # number words
    ("Die Steuer beträgt sieben Prozent.", [{V: 7, U: "Prozent"}]),
    ("Es geht um zehn Millionen Euro.", [{V: 10_000_000, U: "Euro", "currency": "EUR"}]),
    ("Drei Soldaten wurden verletzt.", [{V: 3, U: "Soldaten", "unit_lemma": "Soldat"}]),
    ("Sie wartete zwölf Stunden.", [{V: 12, U: "Stunden"}]),
    ("Er arbeitete dreiundzwanzig Jahre dort.", [{V: 23, U: "Jahre", "unit_lemma": "Jahr"}]),
    ("zweitausendfünfhundert Soldaten marschierten", [{V: 2500, U: "Soldaten"}]),
    ("Es waren einhundert Gäste", [{V: 100, U: "Gäste"}]),
    ("Es fehlen zwei Millionen Euro", [{V: 2_000_000}]),
    ("Nach vier Wochen war es vorbei", [{V: 4, U: "Wochen"}]),
    ("Sie zahlten fünfzehn Prozent mehr", [{V: 15, U: "Prozent"}]),
    ("Es dauerte anderthalb Jahre", [{V: 1.5, U: "Jahre"}]),
    ("zweieinhalb Stunden später", [{V: 2.5, U: "Stunden"}]),
    ("ein Dutzend Eier", [{V: 12, U: "Eier"}]),
    ("eine halbe Milliarde Euro", [{V: 500_000_000, U: "Euro"}]),
    ("eine Million Menschen", [{V: 1_000_000, U: "Menschen"}]),
    ("Die Preise stiegen um ein Prozent.", [{V: 1, U: "Prozent"}]),
    ("Das kostet einen Euro.", [{V: 1, "currency": "EUR"}]),
    ("zwischen 1500 und 2000 Menschen", [{LO: 1500, UP: 2000, U: "Menschen"}]),
    ("zwischen 1990 und 2000", []),
    ("mit einer Milliarde Dollar", [{V: 1e9, U: "Dollar", "currency": "USD"}]),
    # vague counts
    ("Hunderte Menschen demonstrierten", [{LO: 200, UP: 1000, "approx": True, U: "Menschen"}]),
    ("Tausende flohen", [{LO: 2000, V: None, "approx": True, U: None}]),
    ("Zehntausende Menschen", [{LO: 20000}]),
    ("Dutzende Häuser brannten", [{LO: 24, U: "Häuser", "unit_lemma": "Haus"}]),
    ("Millionen Menschen sind betroffen", [{LO: 2_000_000, U: "Menschen"}]),
    ("Hunderttausende Flüchtlinge", [{LO: 200_000}]),
    ("Tausende von Soldaten", [{LO: 2000, U: "Soldaten"}]),
    # lower bounds
    ("mehr als 1.000 Container", [{LO: 1000, V: None, U: "Container", "text": "mehr als 1.000 Container"}]),
    ("über 500 Verletzte", [{LO: 500, V: None}]),
    ("mindestens 30 Tote", [{LO: 30, U: "Tote"}]),
    ("knapp über 50 Prozent", [{LO: 50, "approx": True, U: "Prozent"}]),
    ("gut 300 Menschen", [{LO: 300, V: 300, "approx": True}]),
    ("weit über 1.000 Menschen", [{LO: 1000, V: None}]),
    ("1.000 und mehr Besucher", [{LO: 1000}]),
    ("wenigstens 12 Tage", [{LO: 12}]),
    # upper bounds
    ("bis zu 400 Millionen Euro pro Jahr", [{UP: 400_000_000, V: None, U: "Euro"}]),
    ("höchstens 20 Personen", [{UP: 20, V: None}]),
    ("weniger als 5 Prozent", [{UP: 5, U: "Prozent"}]),
    ("knapp 1.000 Menschen", [{UP: 1000, V: 1000, "approx": True}]),
    ("fast 90 Prozent", [{UP: 90, "approx": True}]),
    ("maximal 3 Tonnen", [{UP: 3, U: "Tonnen", "unit_lemma": "Tonne"}]),
    ("unter 5 Prozent", [{UP: 5}]),
    ("nicht mehr als 8 Stunden", [{UP: 8, LO: None}]),
    ("nahezu 100 Prozent", [{UP: 100, "approx": True}]),
    ("knapp unter 2 Prozent", [{UP: 2, "approx": True}]),
    # approximate
    ("rund 2.000 Autohäusern", [{V: 2000, "approx": True, U: "Autohäusern", "unit_lemma": "Autohaus"}]),
    ("etwa 1.000", [{V: 1000, "approx": True, U: None}]),
    ("circa 50 Kilometer", [{V: 50, "approx": True, U: "Kilometer"}]),
    ("ca. 50 km", [{V: 50, "approx": True, U: "km"}]),
    ("ungefähr 20 Minuten", [{V: 20, "approx": True}]),
    ("schätzungsweise 3.000 Tiere", [{V: 3000, "approx": True}]),
    ("zirka 40 Prozent", [{V: 40, "approx": True}]),
    ("um die 100 Leute", [{V: 100, "approx": True}]),
    # ranges
    ("zwischen 3 und 5 Prozent", [{LO: 3, UP: 5, V: None, U: "Prozent"}]),
    ("3 bis 5 Millionen Euro", [{LO: 3_000_000, UP: 5_000_000, U: "Euro"}]),
    ("3–5 Tage", [{LO: 3, UP: 5, U: "Tage"}]),
    ("20-30 Prozent", [{LO: 20, UP: 30}]),
    ("von 10 bis 20 Euro", [{LO: 10, UP: 20, "currency": "EUR", "text": "von 10 bis 20 Euro"}]),
    ("zwischen 500.000 und 1 Million Menschen", [{LO: 500_000, UP: 1_000_000}]),
    ("rund 3 bis 4 Milliarden Euro", [{LO: 3e9, UP: 4e9, "approx": True}]),
    # units and currencies
    ("Das kostet 5 €.", [{V: 5, "currency": "EUR"}]),
    ("Das kostet 5€.", [{V: 5, "currency": "EUR"}]),
    ("Preis: € 12", [{V: 12, "currency": "EUR"}]),
    ("Er bekam 300 US-Dollar", [{V: 300, "currency": "USD", U: "US-Dollar"}]),
    ("Sie zahlte 20 Dollar", [{V: 20, "currency": "USD"}]),
    ("20 Pfund", [{V: 20, "currency": "GBP"}]),
    ("100 Franken", [{V: 100, "currency": "CHF"}]),
    ("7 %", [{V: 7, U: "%"}]),
    ("7% mehr", [{V: 7, U: "%"}]),
    ("ein Plus von 2 Prozentpunkten", [{V: 2, "unit_lemma": "Prozentpunkt"}]),
    ("50 Tonnen Stahl", [{V: 50, U: "Tonnen"}]),
    ("3 km lang", [{V: 3, U: "km"}]),
    ("30 °C", [{V: 30, U: "°C"}]),
    ("100 km/h", [{V: 100, U: "km/h"}]),
    ("500 MW Leistung", [{V: 500, U: "MW"}]),
    ("10 Hektar Wald", [{V: 10, U: "Hektar"}]),
    ("5,- Euro", [{V: 5, "currency": "EUR"}]),
    ("2.000 neue Arbeitsplätze", [{V: 2000, U: "Arbeitsplätze", "unit_lemma": "Arbeitsplatz"}]),
    ("25 Jahre", [{V: 25, U: "Jahre"}]),
    ("-5 Grad", [{V: -5, U: "Grad"}]),
    # several in one sentence
    (
        "Die USA sprechen von mehr als 1.000 Containern, Südkorea von 2.000 Containern.",
        [{LO: 1000}, {V: 2000}],
    ),
    ("sieben Prozent statt 19 Prozent", [{V: 7}, {V: 19}]),
    # non-quantities
    ("seit 1994", []),
    ("im Jahr 2023", []),
    ("Ende 2019 wurde gewählt", []),
    ("Das war 2023.", []),
    ("am 3. Oktober", []),
    ("am 06.11.2023", []),
    ("am 6.11. in Berlin", []),
    ("der 3. Platz", []),
    # an ordinal coordinated with one, or after an article and an adjective
    ("Die Regel gilt für die 2. und 3. Liga.", []),
    ("Sie landeten auf dem 5. bis 7. Rang.", []),
    ("Das zieht sich durch das gesamte 20. Jahrhundert.", []),
    ("Es kamen 20. Danach kamen 30 Gäste.", [{V: 20, U: None}, {V: 30, U: "Gäste"}]),
    ("zum 5. Mal", []),
    ("um 14 Uhr", []),
    ("um 14.30 Uhr", []),
    ("um 8:15", []),
    ("der 48-Jährige sagte", []),
    ("ein 30-jähriger Mann", []),
    ("Peter Müller (48) sagte", []),
    ("Peter Müller, 48, sagte am Montag", []),
    ("Ausgabe 7/2019", []),
    ("Seite 12", []),
    ("§ 218", []),
    ("Artikel 5 des Grundgesetzes", []),
    ("Absatz 2", []),
    ("das iPhone 15", []),
    ("Windows 11", []),
    ("COVID-19", []),
    ("der Airbus A320", []),
    ("CO2-Ausstoß", []),
    ("in den 1990er Jahren", []),
    ("Tel. 030 1234567", []),
    ("+49 30 1234567", []),
    ("Das Spiel endete 2:1.", []),
    ("Nr. 5", []),
    ("auf Platz 3", []),
    ("die 5G-Technik", []),
    ("eine 3-Zimmer-Wohnung", []),
    ("Das ist ein Auto.", []),
    ("Die zwei gingen.", []),
    ("www.example.de/2019/artikel-123", []),
    ("im Sommer 2022", []),
    ("von 2019 bis 2021", []),
    ("Version 1.2.3", []),
    ("die G7 und die G20", []),
    ("Gleis 4", []),
    ("Spieltag 12", []),
    ("Der Seat Mo 125 kostet 6.699 Euro.", [{V: 6699, "currency": "EUR"}]),
    ("1. Das Hauptproblem\n2. Die Lösung", []),
    ("Er fährt mit Tempo 70 durch die Stadt", []),
    # still figures
    ("m = 3 589,92 t", [{V: 3589.92, U: "t", "unit_lemma": "Tonne"}]),
    ("Die Polizei zählte 35.", [{V: 35, U: None}]),
    ("Es waren 300. Dann kam die Polizei.", [{V: 300}]),
    ("pro Woche 3 Stunden", [{V: 3, U: "Stunden"}]),
    ("zum Teil 50 Prozent", [{V: 50, U: "Prozent"}]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_german(text: str, expected: list[dict]) -> None:
    check(parse_quantities(text, "de"), expected)


def test_offsets_point_into_the_text() -> None:
    text = "Laut Angaben wurden mehr als 1.000 Container geliefert, dazu rund 2,5 Millionen Euro."
    for q in parse_quantities(text, "de"):
        assert text[q.start : q.end] == q.text


def test_enough_cases() -> None:
    assert len(CASES) >= 100
