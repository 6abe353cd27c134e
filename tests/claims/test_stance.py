"""Stance (assert / deny / uncertain) and hedging. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import A, D, U, check

ROWS = [
    # --- deny: by the verb
    ('Der Sänger dementierte, dass er die Band verlässt.', [("Band verlässt", "Sänger", "indirect", D, False)]),
    ('Die Partei bestreitet, Spenden angenommen zu haben.', [("Spenden angenommen", "Partei", "indirect", D, False)]),
    ('Der Bürgermeister wies die Kritik zurück.', [("die Kritik", "Bürgermeister", "indirect", D, False)]),
    ('Der Hersteller widersprach der Darstellung, die Bremsen seien defekt.',
     [("Bremsen seien defekt", "Hersteller", "indirect", D, False)]),
    ('Der Trainer stritt ab, dass es Streit in der Mannschaft gebe.', [("Streit in der Mannschaft", "Trainer", "indirect", D, False)]),
    # --- deny: by the words of the claim
    ('Die Vorwürfe seien völlig haltlos, sagte der Anwalt des Sängers.', [("völlig haltlos", "Anwalt", "indirect", D, False)]),
    ('Das Ministerium erklärte, der Bericht sei falsch.', [("Bericht sei falsch", "Ministerium", "indirect", D, False)]),
    ('„Diese Behauptung ist nicht zutreffend“, sagte ein Sprecher der Bahn.', [("Behauptung ist nicht", "Sprecher", "direct", D, False)]),
    ('Die Firma wies den Bericht als Fake News zurück.', [("als Fake News", "Firma", "indirect", D, False)]),
    # --- uncertain
    ('Der Pilot bezweifelt, dass der Flughafen rechtzeitig fertig wird.', [("Flughafen rechtzeitig", "Pilot", "indirect", U, False)]),
    ('Die Polizei sagte, es sei unklar, wer den Brand gelegt habe.', [("Brand gelegt", "Polizei", "indirect", U, False)]),
    ('Die Ökonomin Eva Kranz sagte, ob die Zinsen sinken, sei noch offen.', [("Zinsen sinken", "Eva Kranz", "indirect", U, False)]),
    ('Der Veranstalter erklärte, es sei unwahrscheinlich, dass das Konzert stattfindet.',
     [("Konzert stattfindet", "Veranstalter", "indirect", U, False)]),
    ('Die Behörde teilte mit, die Ursache sei nicht bekannt.', [("Ursache sei nicht bekannt", "Behörde", "indirect", U, False)]),
    # --- assert although the words look alike
    ('Ein Sprecher des Innenministeriums sagte, die Grenze bleibe offen.', [("Grenze bleibe offen", "Sprecher", "indirect", A, False)]),
    ('Der Wirt sagte, die Küche sei bis Mitternacht offen.', [("Küche sei bis Mitternacht", "Wirt", "indirect", A, False)]),
    ('Die Lehrerin sagte, die Schüler seien unsicher gewesen.', [("Schüler seien unsicher", "Lehrerin", "indirect", A, False)]),
    # --- hedged: the outlet keeps its distance
    ('Der Spieler soll laut dem Sender einen Vertrag bis 2028 unterschrieben haben.',
     [("Vertrag bis 2028", "Sender", "indirect", A, True)]),  # no speech verb: the broadcaster's claim
    ('Der Minister hat nach Angaben der Zeitung angeblich von dem Plan gewusst.',
     [("von dem Plan gewusst", "Zeitung", "indirect", A, True)]),
    ('Der Sprecher sagte, der mutmaßliche Täter sei geflohen.', [("Täter sei geflohen", "Sprecher", "indirect", A, True)]),
    # --- not hedged: the hedge word is the source's own, inside a quote
    ('„Der angebliche Skandal ist keiner“, sagte die Landrätin Inge Hof.', [("Skandal ist keiner", "Inge Hof", "direct", A, False)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_stance(text: str, expected: list) -> None:
    check(text, expected)
