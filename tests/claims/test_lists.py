"""Lists a source introduces (claims/lists.py): the items after a colon lead that names a
speaker and says what the list holds are that speaker's claims. Invented texts."""

from __future__ import annotations

from quellenlage.pipeline import Pipeline


def _claims(text: str) -> list[tuple[str, str | None]]:
    doc = Pipeline().analyze_text("Ein neues Papier zum Klima liegt vor\n\n" + text)  # the first line is the title
    return [(c.span.text, c.source.name if c.source else None) for c in doc.claims if c.mode != "assertion"]


def test_items_after_a_lead_that_names_a_speaker_are_its_claims() -> None:
    text = ("Greenpeace hat am Montag ein Papier vorgelegt. Die wichtigsten Forderungen:\n"
            "1. Die Kohlekraftwerke müssen bis 2030 vom Netz. Sonst wird das Klimaziel verfehlt.\n"
            "2. Der Ausbau der Windkraft braucht mehr Flächen.\n")
    claims = _claims(text)
    assert ("Die Kohlekraftwerke müssen bis 2030 vom Netz.", "Greenpeace") in claims
    assert ("Sonst wird das Klimaziel verfehlt.", "Greenpeace") in claims
    assert ("Der Ausbau der Windkraft braucht mehr Flächen.", "Greenpeace") in claims


def test_dashes_mark_items_too() -> None:
    text = ("Für den Winter gibt Greenpeace folgende Tipps:\n"
            "- Die Heizung nachts um zwei Grad senken.\n"
            "- Stoßlüften statt Fenster kippen.\n")
    assert [name for _span, name in _claims(text)] == ["Greenpeace", "Greenpeace"]


def test_a_lead_that_names_no_speaker_or_lists_things_opens_the_outlets_own_list() -> None:
    nobody = ("Für die Bestellung sind folgende Punkte wichtig:\n"
              "1. Die Adresse muss vollständig sein.\n2. Die Zahlung erfolgt vorab.\n")
    things = ("Greenpeace hat ein Schiff gekauft. Es hat zwei Decks:\n"
              "1. Das Oberdeck ist offen.\n2. Das Unterdeck ist geschlossen.\n")
    assert _claims(nobody) == []
    assert _claims(things) == []


def test_one_item_is_no_list() -> None:
    text = "Greenpeace hat ein Papier vorgelegt. Die wichtigsten Punkte:\n1. Die Kohle muss weg.\n"
    assert _claims(text) == []
