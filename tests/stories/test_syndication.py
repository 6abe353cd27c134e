import json

from quellenlage.stories import Syndicator, find_syndication

from .builders import article

BODY = (
    "Die Stadtwerke von Kleinhafen haben am Dienstag einen neuen Windpark in Betrieb genommen. "
    "Die zwölf Anlagen sollen jährlich Strom für rund 30.000 Haushalte liefern, teilte das Unternehmen mit. "
    "Der Bau hatte sich wegen eines Rechtsstreits mit Anwohnern um zwei Jahre verzögert. "
    "Der Bürgermeister sprach bei der Eröffnung von einem wichtigen Schritt für die Region. "
    "Umweltverbände begrüßten das Projekt, forderten aber mehr Schutz für Zugvögel. "
)


def test_copy_with_other_headline_and_closing_line_is_grouped_and_independent_report_is_not():
    a = article(BODY + "Die Anlage kostete 40 Millionen Euro.", outlet="Nordblatt", published="2026-03-03",
                title="Windpark eröffnet", agencies=["dpa"])
    b = article(BODY + "Weitere Parks sind geplant.", outlet="Südkurier", published="2026-03-03",
                title="Strom für 30.000 Haushalte", agencies=["dpa"])
    c = article("In Kleinhafen drehen sich seit Dienstag zwölf neue Windräder. Unser Reporter war bei der "
                "Eröffnung dabei und sprach mit Anwohnern, die jahrelang gegen den Bau geklagt hatten.",
                outlet="Lokalecho", published="2026-03-03")
    groups = find_syndication([a, b, c])
    assert sorted(len(g.articles) for g in groups) == [1, 2]
    pair = next(g for g in groups if g.copies)
    assert pair.outlets == ["Nordblatt", "Südkurier"]


def test_canonical_is_earliest_then_agency_credited_then_first_seen():
    early = article(BODY + "A.", outlet="Spät", published="2026-03-04")
    earlier = article(BODY + "B.", outlet="Früh", published="2026-03-02")
    assert find_syndication([early, earlier])[0].canonical == earlier["article"]["id"]

    plain = article(BODY + "C.", outlet="Ohne", published="2026-03-02")
    credited = article(BODY + "D.", outlet="Mit", published="2026-03-02", agencies=["AFP"])
    assert find_syndication([plain, credited])[0].canonical == credited["article"]["id"]

    first = article(BODY + "E.", outlet="Erster")
    second = article(BODY + "F.", outlet="Zweiter")
    group = find_syndication([first, second])[0]
    assert group.canonical == first["article"]["id"]
    assert group.copies == [second["article"]["id"]]


def test_state_reloads_and_groups_a_later_copy_with_the_old_text():
    syn = Syndicator()
    syn.add(article(BODY + "G.", outlet="Eins", published="2026-03-02"))
    syn.add(article("Ganz anderer Text über ein Fußballspiel am Wochenende in der Kreisliga.", outlet="Zwei"))
    reloaded = Syndicator.from_state(json.loads(json.dumps(syn.state())))
    group = reloaded.add(article(BODY + "H.", outlet="Drei", published="2026-03-05"))
    assert group.outlets == ["Eins", "Drei"]
    assert len(reloaded.result()) == 2


def test_empty_and_tiny_texts_are_their_own_groups():
    groups = find_syndication([article("", outlet="A"), article("Kurz.", outlet="B"), article("", outlet="C")])
    assert all(not g.copies for g in groups if g.outlets != ["A"])
    assert sum(len(g.articles) for g in groups) == 2  # two empty texts are one article (same content id)
