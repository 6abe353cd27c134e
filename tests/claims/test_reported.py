"""Indirect speech, prepositional cues, continuations, reportive hearsay and relays.
Sentences written for these tests; one construction each."""

from __future__ import annotations

import pytest

from .helpers import A, check

ROWS = [
    # --- reporting verb + dass / Konjunktiv I / Konjunktiv II
    ('Die Richterin sagte, dass das Urteil rechtskräftig sei.', [("Urteil rechtskräftig", "Richterin", "indirect", A, False)]),
    ('Der Bauer berichtete, die Ernte sei vollständig verloren.', [("Ernte sei vollständig", "Bauer", "indirect", A, False)]),
    ('Die Schulleiterin erklärte, man habe alle Eltern informiert.', [("alle Eltern informiert", "Schulleiterin", "indirect", A, False)]),
    ('Die Händlerin Jutta Klee sagte, die Kunden hätten kaum Geld.', [("Kunden hätten kaum Geld", "Jutta Klee", "indirect", A, False)]),
    ('Der Polizeisprecher sagte, es gebe keine Hinweise auf einen Anschlag.', [("keine Hinweise", "Polizeisprecher", "indirect", A, False)]),
    ('Am Montag versicherte der Landrat Ralf Greve, die Versorgung sei gesichert.',
     [("Versorgung sei gesichert", "Ralf Greve", "indirect", A, False)]),
    ('Die Behörde bestätigte, dass zwei Brücken gesperrt werden.', [("zwei Brücken gesperrt", "Behörde", "indirect", A, False)]),
    ('Der Verband kritisierte, die Regeln seien viel zu streng.', [("Regeln seien viel zu streng", "Verband", "indirect", A, False)]),
    ('Der Wirtschaftsminister Ole Brandt räumte ein, dass die Ziele verfehlt wurden.',
     [("Ziele verfehlt", "Ole Brandt", "indirect", A, False)]),
    ('Die Firma gab an, der Schaden betrage rund eine Million Euro.', [("Schaden betrage", "Firma", "indirect", A, False)]),
    ('Der Stadtkämmerer wies darauf hin, dass die Rücklagen aufgebraucht seien.',
     [("Rücklagen aufgebraucht", "Stadtkämmerer", "indirect", A, False)]),
    ('Die Ärztekammer erinnerte daran, dass die Praxen am Feiertag geschlossen sind.',
     [("Praxen am Feiertag", "Ärztekammer", "indirect", A, False)]),
    ('Die Aufsicht stellte fest, dass die Bank zu wenig Kapital hatte.',
     [("zu wenig Kapital", "Aufsicht", "indirect", A, False)]),
    ('Die Kanzlerin machte deutlich, dass es keine neuen Schulden geben werde.',
     [("keine neuen Schulden", "Kanzlerin", "indirect", A, False)]),
    ('Die Kommission schlug vor, die Grenzwerte zu senken.', [("Grenzwerte zu senken", "Kommission", "indirect", A, False)]),
    ('Der Minister bezeichnete die Reform als großen Erfolg.', [("Reform als großen Erfolg", "Minister", "indirect", A, False)]),
    # --- verb after the content
    ('Die Fähre falle bis Sonntag aus, teilte die Reederei mit.', [("Fähre falle bis Sonntag", "Reederei", "indirect", A, False)]),
    ('Die Mieten würden weiter steigen, erwartet der Mieterbund.', [("Mieten würden weiter", "Mieterbund", "indirect", A, False)]),
    ('Der Zugverkehr sei wieder normal, sagte eine Sprecherin der Bahngesellschaft am Abend.',
     [("Zugverkehr sei wieder normal", "Sprecherin der Bahngesellschaft", "indirect", A, False)]),
    # --- "wie X mitteilte", "so X"
    ('Wie die Stadt mitteilte, wird der Markt verlegt.', [("Markt verlegt", "Stadt", "indirect", A, False)]),
    ('Das Museum bleibt geschlossen, wie der Direktor mitteilte.', [("Museum bleibt geschlossen", "Direktor", "indirect", A, False)]),
    ('Der Umbau koste mehr als geplant, so Architekt Timo Lenz.', [("Umbau koste mehr", "Timo Lenz", "indirect", A, False)]),
    # --- laut / zufolge / nach Angaben / aus Sicht
    ('Laut dem Wetterdienst wird es am Wochenende stürmisch.', [("am Wochenende stürmisch", "Wetterdienst", "indirect", A, False)]),
    ('Laut Statistischem Bundesamt stiegen die Preise im Mai.', [("Preise im Mai", "Statistischem Bundesamt", "indirect", A, False)]),
    ('Dem Ministerium zufolge sind 300 Stellen unbesetzt.', [("300 Stellen unbesetzt", "Ministerium", "indirect", A, False)]),
    ('Nach Angaben des Veranstalters kamen 5000 Besucher.', [("5000 Besucher", "Veranstalters", "indirect", A, False)]),
    ('Nach Schätzungen der Gewerkschaft fehlen 2000 Lehrkräfte.', [("2000 Lehrkräfte", "Gewerkschaft", "indirect", A, False)]),
    ('Aus Sicht des Handelsverbands ist die Reform gescheitert.', [("Reform gescheitert", "Handelsverbands", "indirect", A, False)]),
    ('Ihren Worten zufolge ist die Lage ruhig.', [("Lage ruhig", None, "indirect", A, False)]),  # nobody to resolve to
    ('Die Bürgermeisterin Karin Elst besuchte die Schule. Ihren Worten zufolge ist das Gebäude sicher.',
     [("Gebäude sicher", "Karin Elst", "indirect", A, False)]),
    ('Der Verein hat nach eigenen Angaben 800 Mitglieder.', [("800 Mitglieder", "Verein", "indirect", A, False)]),
    # --- "X spricht von", "X warnte vor", "X geht davon aus"
    ('Der Verbraucherschutz spricht von einer Abzocke.', [("Abzocke", "Verbraucherschutz", "indirect", A, False)]),
    ('Die Feuerwehr warnte vor Glätte auf den Straßen.', [("Glätte auf den Straßen", "Feuerwehr", "indirect", A, False)]),
    ('Die Bank geht davon aus, dass die Zinsen sinken.', [("Zinsen sinken", "Bank", "indirect", A, False)]),
    # --- continuations: Konjunktiv after a claim belongs to its source
    ('Der Hausarzt Bernd Kuhn sagte, die Grippewelle sei vorbei. Die Praxen seien wieder leer. Man könne aufatmen.',
     [("Grippewelle sei vorbei", "Bernd Kuhn", "indirect", A, False), ("Praxen seien wieder leer", "Bernd Kuhn", "indirect", A, False),
      ("Man könne aufatmen", "Bernd Kuhn", "indirect", A, False)]),
    ('Die Pilotin Vera Holm sagte, der Flug sei ruhig gewesen. Das Flugzeug landete um neun Uhr.',
     [("Flug sei ruhig", "Vera Holm", "indirect", A, False)]),  # the indicative sentence is the outlet's own
    # --- reportive hearsay without a source
    ('Der Verdächtige soll das Geld in bar bezahlt haben.', [("Geld in bar", None, "reportive", A, True)]),
    ('Die Bande soll mehrere Autos gestohlen haben.', [("mehrere Autos", None, "reportive", A, True)]),
    ('Angeblich plant der Konzern einen Umzug nach Berlin.', [("Umzug nach Berlin", None, "reportive", A, True)]),
    ('Die mutmaßlichen Einbrecher wurden in der Nacht gefasst.', [("in der Nacht gefasst", None, "reportive", A, True)]),
    ('Berichten zufolge wurde der Vertrag bereits unterschrieben.', [("Vertrag bereits", None, "reportive", A, True)]),
    ('Der Trainer steht vor der Entlassung, hieß es am Abend.', [("vor der Entlassung", None, "reportive", A, True)]),
    ('Die Fusion ist gescheitert, verlautete am Freitag.', [("Fusion ist gescheitert", None, "reportive", A, True)]),
    # --- relays
    ('Die Zeitung berichtet, der Minister habe gewarnt, dass die Kassen leer seien.',
     [("Kassen leer", "Minister", "indirect", A, False)]),
    ('Die Zeitung berichtet, der Minister habe seinen Rücktritt angeboten.',  # no speech inside: the paper's claim
     [("Rücktritt angeboten", "Zeitung", "indirect", A, False)]),
    # --- no claims: plans, feelings, the outlet's facts, sollen as duty or plan
    ('Die Schule soll im Sommer renoviert werden.', []),
    ('Die Bürger sollen ihre Fenster geschlossen halten.', []),
    ('Die Eltern hoffen auf schnelle Hilfe.', []),
    ('Der Minister besuchte am Montag die Baustelle.', []),
    ('Die Firma stellte ein neues Modell vor.', []),
    ('Er nannte keine Details.', []),
    ('Die Preise steigen seit Monaten.', []),
    ('Das Rathaus ist am Freitag geschlossen.', []),
    ('Laut ist es in der Innenstadt vor allem nachts.', []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_reported(text: str, expected: list) -> None:
    check(text, expected)
