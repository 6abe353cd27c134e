"""Colon lead (rules/colon_lead.py): a quotation after a colon whose lead names a person but no
reporting verb is that person's. Invented sentences; rows with no claim where the lead names nobody
who speaks, or the quote is part of the next clause."""

from __future__ import annotations

import pytest

from .helpers import A, check

ROWS = [
    # a name and a role before the colon, no verb at all
    ('Jana Roth, Leiterin des Bauamts: „Die Brücke wird im Mai fertig.“',
     [("Brücke wird im Mai", "Jana Roth", "direct", A, False)]),
    # a verb of thanking, not of saying
    ('Bischof Paul Winter dankte der Gemeinde: „Ich freue mich über die neue Orgel.“',
     [("neue Orgel", "Paul Winter", "direct", A, False)]),
    # the person in the middle of the lead
    ('Mit dabei war auch Tobias Lenz vom Tierschutzverein: „Wir haben drei Nester gefunden.“',
     [("drei Nester", "Tobias Lenz", "direct", A, False)]),
    # a pronoun for the person named just before
    ('Anna Berg ging zur Bühne. Dort dichtete sie: „Der Winter kommt bald zurück.“',
     [("Winter kommt bald", "Anna Berg", "direct", A, False)]),
    # a quote over several sentences: one claim covers them all
    ('Landrat Otto Brenner, Vorsitzender des Verbands: „Der Fluss braucht Platz. Wir geben ihm Auen zurück.“',
     [("Fluss braucht Platz", "Otto Brenner", "direct", A, False), ("Auen zurück", "Otto Brenner", "direct", A, False)]),
    # no person in the lead: no claim; two capitalised words with no known first name are no person
    ('Schwere Stürme zogen über das Land: „Hier fährt heute kein Zug mehr ab.“', []),
    # no person in the lead: no claim
    ('Die Lage am Bahnhof ist klar: „Hier fährt heute kein Zug mehr ab.“', []),
    # the quote is the subject of the next clause, a title: no claim
    ('Von Karl Huber stammt ein Buch: „Die Wege am Fluss entlang“ ist sein Titel.', []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_colon_lead(text: str, expected: list) -> None:
    check(text, expected)


def test_a_person_inside_a_fronted_dass_clause_is_not_the_speaker() -> None:
    """ "Dass Lena kommt, freut die Trainerin: „…“": the person of the fronted clause does not speak;
    without a person in the main clause the rule makes no claim."""
    check('Dass Lena Berg wieder spielt, freut das Publikum: „Sie ist die Beste im Team.“', [])


def test_a_name_in_brackets_is_not_the_speaker() -> None:
    check('Das Ergebnis (3:0 – Tore von Max Keller) stand früh fest: „Ein starker Abend für alle im Verein.“', [])
