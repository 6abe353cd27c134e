"""Runs of reported speech over sentences, paragraphs, headings and teaser lines, and the
German constructions that start or interrupt them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import A, D, check, claims_of, names

ROWS = [
    # --- a run continues across a paragraph break, a subheading and a teaser line
    ('Die Ärztin Ina Vogt sagte, die Lage sei ernst.\nDie Kliniken seien voll.',
     [("Lage sei ernst", "Ina Vogt", "indirect", A, False), ("Kliniken seien voll", "Ina Vogt", "indirect", A, False)]),
    ('Der Trainer Jan Beck sagte, das Team sei bereit.\nBlick nach vorn\nDie Saison werde schwer.',
     [("Team sei bereit", "Jan Beck", "indirect", A, False), ("Saison werde schwer", "Jan Beck", "indirect", A, False)]),
    ('Die Forscherin Pia Lenz sagte, das Eis schmelze.\n>>> Mehr zum Thema Klima\nDie Gletscher würden kleiner.',
     [("Eis schmelze", "Pia Lenz", "indirect", A, False), ("Gletscher würden kleiner", "Pia Lenz", "indirect", A, False)]),
    # --- a Konjunktiv I sentence bridges up to two sentences of the outlet's own (core.MAX_GAP); Konjunktiv II does not
    ('Die Forscherin Ada Brink sagte, das Eis schmelze schneller. Die Station liegt hoch im Norden. '
     'Sie wurde 1990 gebaut. Die Messungen seien eindeutig.',
     [("Eis schmelze schneller", "Ada Brink", "indirect", A, False), ("Messungen seien eindeutig", "Ada Brink", "indirect", A, False)]),
    ('Die Stadt sagte, der Markt werde verlegt. Der Platz liegt im Süden. Er ist groß. Er wurde 1990 gebaut. '
     'Die Händler seien unzufrieden.',
     [("Markt werde verlegt", "Stadt", "indirect", A, False)]),  # three sentences of the outlet's own end the run
    ('Der Forscher Ole Hahn sagte, das Eis schmelze schneller. Die Station liegt hoch im Norden. '
     'Die Messungen seien eindeutig.',
     [("Eis schmelze schneller", "Ole Hahn", "indirect", A, False), ("Messungen seien eindeutig", "Ole Hahn", "indirect", A, False)]),
    ('Der Forscher Ole Hahn sagte, das Eis schmelze. Die Station liegt hoch im Norden. Das würde vieles ändern.',
     [("Eis schmelze", "Ole Hahn", "indirect", A, False)]),
    ('Die Polizei sagte, der Fahrer sei zu schnell gewesen.\nDer Unfall ereignete sich am Morgen.\nDie Straße war gesperrt.',
     [("Fahrer sei zu schnell", "Polizei", "indirect", A, False)]),
    ('Die Trainerin Ute Kamp sagte, das Team sei müde.\nKapitän Ben Ott: „Wir geben alles“\nDie Pause komme zur rechten Zeit.',
     [("Team sei müde", "Ute Kamp", "indirect", A, False), ("Wir geben alles", "Ben Ott", "direct", A, False),
      ("Pause komme", "Ute Kamp", "indirect", A, False)]),  # a quote in a subheading does not take over the run
    # --- a sentence that opens with another named person and an indicative verb is that person's voice
    ('Der Komiker Jonas Weller sagte, der Humor sei zeitlos. Die Autorin Mira Sommer sieht darin einen Witz, '
     'der viel mit Scham zu tun habe.',
     [("Humor sei zeitlos", "Jonas Weller", "indirect", A, False), ("mit Scham zu tun habe", "Mira Sommer", "indirect", A, False)]),
    ('Der Komiker Jonas Weller sagte, der Humor sei zeitlos. Die Sketche seien nie gealtert.',
     [("Humor sei zeitlos", "Jonas Weller", "indirect", A, False), ("Sketche seien nie gealtert", "Jonas Weller", "indirect", A, False)]),
    # --- Konjunktiv II continues reported speech only
    ('Laut der Zeitung wird der Markt verlegt. Das würde viele Händler treffen.',
     [("Markt verlegt", "Zeitung", "indirect", A, False)]),
    ('Die Ökonomin Eva Kranz sagte, die Zinsen würden steigen. Das würde viele Familien treffen.',
     [("Zinsen würden steigen", "Eva Kranz", "indirect", A, False), ("viele Familien treffen", "Eva Kranz", "indirect", A, False)]),
    # --- "laut X" inside a speaker's run does not take the run over
    ('Die Ökonomin Eva Kranz sagte, die Wirtschaft wachse. Laut Prognosen steigen die Exporte. Die Inflation sinke bald.',
     [("Wirtschaft wachse", "Eva Kranz", "indirect", A, False), ("Exporte", "Prognosen", "indirect", A, False),
      ("Inflation sinke bald", "Eva Kranz", "indirect", A, False)]),
    # --- quoted fragments belong to the sentence's claim
    ('Der Bürgermeister Paul Rau sagte, die Stadt spare. Die Schulden seien hoch, „höher als je zuvor“.',
     [("Stadt spare", "Paul Rau", "indirect", A, False), ("Schulden seien hoch", "Paul Rau", "indirect", A, False)]),
    ('Der Minister Jens Ott sagte, die Lage sei ernst. „Hass und Hetze im Netz“ seien ein Problem.',
     [("Lage sei ernst", "Jens Ott", "indirect", A, False), ("seien ein Problem", "Jens Ott", "indirect", A, False)]),
    ('„Wir sind bereit“, so der Trainer."Die Saison wird hart."',
     [("Wir sind bereit", "Trainer", "direct", A, False), ("Saison wird hart", "Trainer", "direct", A, False)]),
    # --- constructions that open a claim
    ('Nach Angaben von eBay wurde die Seite gehackt.', [("Seite gehackt", "eBay", "indirect", A, False)]),
    ('Wie das „Neue Abendblatt“ berichtet, wurde der Mann festgenommen.',
     [("Mann festgenommen", "Neue Abendblatt", "indirect", A, False)]),
    ('Der Kanzler sieht nach eigenen Worten keinen Grund zur Sorge.', [("keinen Grund zur Sorge", "Kanzler", "indirect", A, False)]),
    ('Der Plan ist gescheitert, das betonte die Ministerin Eva Roth.', [("Plan ist gescheitert", "Eva Roth", "indirect", A, False)]),
    ('Alle Helfer, das betonte der Einsatzleiter Tom Weber, können sich auf die Polizei verlassen.',
     [("auf die Polizei verlassen", "Tom Weber", "indirect", A, False)]),
    ('Als Grund nannten Bund und Länder die hohen Infektionszahlen.', [("hohen Infektionszahlen", "Bund", "indirect", A, False)]),
    ('Ähnlich äußerte sich der Verbandschef Udo Kern: Die Lage sei dramatisch.',
     [("Lage sei dramatisch", "Udo Kern", "indirect", A, False)]),
    ('Die Kommission veranschaulichte das Problem: Die Kosten seien gestiegen.',
     [("Kosten seien gestiegen", "Kommission", "indirect", A, False)]),
    # --- coordinated cues, sentence adverbs, agentless accusations
    ('Dennoch streitet der Angeklagte die Tat ab und gibt an, zu Hause gewesen zu sein.',
     [("streitet der Angeklagte die Tat ab", "Angeklagte", "indirect", D, False),
      ("zu Hause gewesen", "Angeklagte", "indirect", A, False)]),
    ('Der Verband kritisierte die Pläne und forderte, dass die Steuer sinke.',
     [("kritisierte die Pläne", "Verband", "indirect", A, False), ("Steuer sinke", "Verband", "indirect", A, False)]),
    ('Ihm wird vorgeworfen, Geld unterschlagen zu haben.', [("Geld unterschlagen", None, "reportive", A, True)]),
    ('Der Frau wird zur Last gelegt, den Brand gelegt zu haben.', [("Brand gelegt", None, "reportive", A, True)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_run(text: str, expected: list) -> None:
    check(text, expected)


def test_a_run_ends_at_a_new_speaker() -> None:
    text = ('Die Ärztin Ina Vogt sagte, die Lage sei ernst.\n'
            'Der Landrat Tim Ruf erklärte dagegen, die Kliniken hätten Platz. Man sei gut vorbereitet.')
    last = next(c for c in claims_of(text) if "gut vorbereitet" in c.span.text)
    assert "Tim Ruf" in names(last)


def test_the_outlets_indicative_sentences_stay_unclaimed() -> None:
    text = 'Der Forscher Ole Hahn sagte, das Eis schmelze schneller. Die Station liegt hoch im Norden.'
    assert not [c for c in claims_of(text) if "Station" in c.span.text]
