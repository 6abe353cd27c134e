"""Direct quotations: every German quote style, speaker before, after or inside, colon
introductions, "so X", quotes over several sentences and paragraphs, and quoted words that
are no claim. Sentences written for these tests; one construction each."""

from __future__ import annotations

import pytest

from .helpers import A, U, check

ROWS = [
    # --- the four quote styles, speaker after
    ('„Die Schulen bleiben geöffnet“, sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    ('"Die Schulen bleiben geöffnet", sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    ('»Die Schulen bleiben geöffnet«, sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    ('«Die Schulen bleiben geöffnet», sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    ('‚Die Schulen bleiben geöffnet‘, sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    ('“Die Schulen bleiben geöffnet”, sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    # mixed marks as pages write them
    ('"Die Schulen bleiben geöffnet“, sagte die Kultusministerin Sabine Krämer.',
     [("Schulen bleiben geöffnet", "Sabine Krämer", "direct", A, False)]),
    # --- other verbs and word orders after the quote
    ('„Wir haben die Kontrolle verloren“, räumte der Trainer Felix Baum ein.',
     [("Kontrolle verloren", "Felix Baum", "direct", A, False)]),
    ('„Der Vertrag ist unterschrieben“, bestätigte eine Sprecherin der Stadtwerke.',
     [("Vertrag ist unterschrieben", "Sprecherin der Stadtwerke", "direct", A, False)]),
    ('„Die Preise werden weiter steigen“, warnt der Ökonom Lars Fink.',
     [("Preise werden weiter steigen", "Lars Fink", "direct", A, False)]),
    ('„Wir brauchen mehr Personal“, sagte Klinikchefin Hanna Voss dem Radiosender.',
     [("mehr Personal", "Hanna Voss", "direct", A, False)]),
    ('„Das ist ein Erfolg für alle“, hieß es aus dem Rathaus.',
     [("Erfolg für alle", "Rathaus", "direct", A, False)]),
    ('„Wir sind vorbereitet“ – so der Leiter der Feuerwehr, Karl Mertens.',
     [("Wir sind vorbereitet", "Karl Mertens", "direct", A, False)]),
    ('„Die Brücke ist sicher“, so Bauingenieurin Mia Hartmann.',
     [("Brücke ist sicher", "Mia Hartmann", "direct", A, False)]),
    # --- speaker before: colon introductions
    ('Die Sprecherin des Landratsamts sagte: „Die Straße bleibt bis Freitag gesperrt.“',
     [("Straße bleibt bis Freitag gesperrt", "Sprecherin des Landratsamts", "direct", A, False)]),
    ('Bürgermeister Uwe Kolb betonte: »Niemand muss sich Sorgen machen.«',
     [("Niemand muss sich Sorgen", "Uwe Kolb", "direct", A, False)]),
    ('Die Gewerkschaft Verdi: „Wir lassen uns nicht einschüchtern.“',
     [("nicht einschüchtern", "Verdi", "direct", A, False)]),
    ('Rektorin Ilse Brandt: "Die Prüfungen finden wie geplant statt."',
     [("Prüfungen finden wie geplant", "Ilse Brandt", "direct", A, False)]),
    ('Der Kapitän erklärte nach dem Spiel: „Wir haben zu viele Chancen vergeben.“',
     [("zu viele Chancen", "Kapitän", "direct", A, False)]),
    # --- speaker inside a split quote
    ('„Das Hochwasser kam schnell“, sagte Landwirt Peter Sauer, „wir konnten nichts mehr retten.“',
     [("Hochwasser kam schnell", "Peter Sauer", "direct", A, False),
      ("nichts mehr retten", "Peter Sauer", "direct", A, False)]),
    # --- quotes over sentences and paragraphs
    ('„Wir haben lange verhandelt. Am Ende stand ein Kompromiss“, sagte Vermittlerin Rita Engel.',
     [("lange verhandelt", "Rita Engel", "direct", A, False)]),
    ('Der Stadtrat Jonas Pohl sagte: „Die Entscheidung ist gefallen.“ „Wir beginnen im Herbst.“',
     [("Entscheidung ist gefallen", "Jonas Pohl", "direct", A, False),
      ("beginnen im Herbst", "Jonas Pohl", "direct", A, False)]),
    ('Die Rektorin Clara Wolf sagte: „Das Gebäude ist marode.\n„Wir brauchen dringend einen Neubau.“',
     [("Gebäude ist marode", "Clara Wolf", "direct", A, False),
      ("dringend einen Neubau", "Clara Wolf", "direct", A, False)]),
    ('„Die Ernte war schlecht“, sagte Winzer Tobias Ernst.\n„Der Regen kam zu spät.“',
     [("Ernte war schlecht", "Tobias Ernst", "direct", A, False), ("Regen kam zu spät", "Tobias Ernst", "direct", A, False)]),
    # --- pronoun speaker after the quote
    ('Die Ärztin Lena Graf arbeitet seit zehn Jahren in der Klinik. „Die Belastung ist enorm“, sagt sie.',
     [("Belastung ist enorm", "Lena Graf", "direct", A, False)]),
    ('Der Landwirt Paul Heck zeigt auf sein Feld. „Alles ist vertrocknet“, sagt er.',
     [("Alles ist vertrocknet", "Paul Heck", "direct", A, False)]),
    # --- "wissen" frames a direct quotation (colon before it, or after the quote)
    ('Die Hebamme Greta Sand weiß: „Jede Geburt ist anders.“',
     [("Jede Geburt ist anders", "Greta Sand", "direct", A, False)]),
    ('„Der Teich friert erst im Januar zu“, weiß der Förster Anton Reh.',
     [("Teich friert erst im Januar zu", "Anton Reh", "direct", A, False)]),
    ('„Der Teich friert erst im Januar zu“, weiß der Förster Anton Reh, mahnt aber: „Das Eis bleibt dünn.“',
     [("Teich friert erst im Januar zu", "Anton Reh", "direct", A, False),
      ("Das Eis bleibt dünn", "Anton Reh", "direct", A, False)]),
    # --- stance inside a quote
    ('„Ob die Halle im Winter öffnet, ist unklar“, sagte der Sportamtsleiter Rolf Bach.',
     [("Halle im Winter", "Rolf Bach", "direct", U, False)]),
    # --- quoted words that are no claim of their own
    ('Der Roman „Die stille Stadt“ erscheint im März.', []),
    ('Das Projekt „Grüne Schule“ startet im Herbst.', []),
    ('Die Band spielte ihren Hit "Sommer am See" als Zugabe.', []),
    ('Der Verein nennt sich „Freunde des Waldes“.', []),
    ('Die sogenannte "Schuldenbremse" gilt seit 2011.', []),
    ('Im Kino läuft »Das letzte Boot«.', []),
    # --- unbalanced and unclosed quotes stay within their paragraph
    ('„Das ist ein Anfang, sagte die Stadträtin Ina Roth.\nDer Rat tagt am Montag.', []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_quotation(text: str, expected: list) -> None:
    check(text, expected)
