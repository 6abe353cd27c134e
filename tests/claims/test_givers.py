"""Who gave what a prepositional cue reports: compounds that name their giver ("nach
Polizeiangaben"), adjectives before the report noun, and citing relays ("unter Berufung auf").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import claims_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.", "Polizei"),
        ("Nach UN-Angaben flohen seit dem Frühjahr 5000 Menschen.", "UN"),
        ("Laut WHO-Angaben starben in der Region 300 Menschen.", "WHO"),
        ("Nach Regierungsangaben sank die Zahl der Arbeitslosen leicht.", "Regierung"),  # linking "s"
        ("Nach Unternehmensangaben sank der Umsatz um 3 Prozent.", "Unternehmen"),
        ("Den Behördenangaben zufolge blieb die Brücke bis Freitag gesperrt.", "Behörden"),
        ("Laut Herstellerangaben hält der Akku zehn Stunden.", "Hersteller"),
        ("Nach Bundeswehrangaben landeten 40 Soldaten am Flughafen.", "Bundeswehr"),
        # an adjective before the report noun, and a giver after "aus"
        ("Nach ersten Erkenntnissen der Ermittler war der Fahrer zu schnell.", "Ermittler"),
        ("Nach vorläufigen Angaben des Landratsamts brannten zwei Scheunen.", "Landratsamt"),
        ("Nach Angaben aus Regierungskreisen soll das Gesetz im Mai kommen.", "Regierungskreisen"),  # as written
        # "laut" before a report noun: the giver after it, not "Angaben der Polizei"
        ("Laut Angaben der Feuerwehr brannte die Scheune völlig aus.", "Feuerwehr"),
        ("Laut Schätzungen von Experten kostet der Umbau drei Millionen Euro.", "Experten"),
    ],
)
def test_the_giver_of_a_report_is_the_source(text: str, source: str) -> None:
    (claim,) = claims_of(text)
    assert claim.mode == "indirect"
    assert claim.source.name == source


def test_a_compound_giver_points_at_its_part_of_the_word() -> None:
    text = "Nach Polizeiangaben wurde niemand verletzt."
    (claim,) = claims_of(text)
    assert text[claim.source.start:claim.source.end] == "Polizei"


@pytest.mark.parametrize(
    "text",
    [
        "Nach Preisangaben kostet das Brot in der Stadt drei Euro.",  # a price speaks not
        "Die Angaben im Formular waren unvollständig.",  # the noun alone, no cue
        "Nach den Mengenangaben im Rezept reicht der Teig für zwei Bleche.",
    ],
)
def test_no_claim_without_a_giver_that_can_speak(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "origin", "relay"),
    [
        ("Die Agentur meldete unter Berufung auf die Armee, dass zwölf Soldaten starben.", "Armee", "Agentur"),
        ("Der Sender Radio Nord berichtete unter Berufung auf einen Regierungsbeamten, es gebe neue Hinweise.",
         "Regierungsbeamte", "Radio Nord"),
        ("Wie die Zeitung unter Berufung auf Insider berichtet, soll die Fähre im Mai eingestellt werden.",
         "Insider", "Zeitung"),
    ],
)
def test_a_citing_relay_gives_the_origin_as_source_and_the_relay_as_via(text: str, origin: str, relay: str) -> None:
    (claim,) = claims_of(text)
    assert claim.source.name.startswith(origin)
    assert len(claim.via) == 1 and claim.via[0].name.endswith(relay)


def test_citing_something_that_cannot_speak_keeps_the_speaker() -> None:
    text = "Der Mann sagte, er habe die Stelle unter Berufung auf den weiten Weg abgelehnt."
    (claim,) = claims_of(text)
    assert claim.source.name == "Mann"
    assert claim.via == [] or all(v.name != "Mann" for v in claim.via)


def test_a_prepositional_relay_without_citing_keeps_the_speaker() -> None:
    """ "laut einem Bericht" inside a verb claim relays; it does not replace the speaker."""
    text = 'Der Minister soll laut einem Bericht der "Abendpost" gewarnt haben, dass das Geld fehle.'
    claim = next(c for c in claims_of(text) if "Geld fehle" in c.span.text)
    assert "Minister" in claim.source.name
    assert [v.name for v in claim.via] == ["Abendpost"]
