import pytest

from quellenlage.extract.debris import clean_lines, clean_text, is_story_line, rules

ALL_RULES = rules()


def test_every_language_with_debris_has_rules_with_examples():
    langs = {r.lang for r in ALL_RULES}
    assert {"de", "en"} <= langs
    for rule in ALL_RULES:
        assert rule.example and rule.lookalike, f"{rule.lang}:{rule.name} needs an example and a lookalike"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: f"{r.lang}-{r.name}")
def test_rule_removes_its_example_and_keeps_the_lookalike_story_line(rule):
    story = "Der Bürgermeister sagte am Montag, die Brücke werde im Herbst wieder für den Verkehr geöffnet."
    kept, removed = clean_lines([story, rule.example])
    assert rule.example.strip() in removed
    assert kept == [story]
    kept, removed = clean_lines([story, rule.lookalike, story])
    assert rule.lookalike in kept, f"{rule.name} dropped a story line"


def test_read_also_takes_the_link_title_but_not_a_following_paragraph():
    story = "Die Stadtwerke erhöhen die Preise für Fernwärme zum Jahreswechsel um knapp acht Prozent."
    lines = [story, "Lesen Sie auch:", "Neue Tarife für Busse und Bahnen", story]
    kept, removed = clean_lines(lines)
    assert kept == [story, story]
    assert removed == ["Lesen Sie auch:", "Neue Tarife für Busse und Bahnen"]
    lines = [story, "Lesen Sie auch:", story]
    assert clean_lines(lines)[0] == [story, story]


def test_inline_read_more_keeps_the_subheading_after_it():
    story = "The council voted on Tuesday to rename two streets in the district by the end of the year."
    lines = [story, "Read more: Council debates street names", "Opposition from residents", story]
    kept, _ = clean_lines(lines)
    assert kept == [story, "Opposition from residents", story]


def test_tag_header_is_debris_only_in_the_closing_block():
    story = "Die Polizei sucht nach Zeugen, die am Samstagabend in der Innenstadt etwas beobachtet haben."
    middle = [story, "Themen", story]
    assert clean_lines(middle)[0] == middle
    closing = [story, "Themen", "Polizei", "Innenstadt, Zeugen"]
    kept, removed = clean_lines(closing)
    assert kept == [story]
    assert removed == ["Themen", "Polizei", "Innenstadt, Zeugen"]


def test_editor_initials_only_at_the_end():
    story = "Das Verfahren soll nach Angaben des Herstellers deutlich weniger Energie verbrauchen als bisher."
    assert clean_lines([story, "(abc)"])[0] == [story]
    assert clean_lines(["(abc)", story])[0] == ["(abc)", story]


def test_story_lines_are_recognised_by_shape():
    assert is_story_line("Der Minister sagte am Dienstag in Berlin, man werde die Pläne noch einmal prüfen.")
    assert not is_story_line("Folgen Sie uns")


def test_clean_text_joins_kept_lines_with_single_newlines():
    text, removed = clean_text("Erster Absatz der Meldung.\nAnzeige\nZweiter Absatz der Meldung.")
    assert text == "Erster Absatz der Meldung.\nZweiter Absatz der Meldung."
    assert removed == ["Anzeige"]


def test_follow_us_takes_a_named_account_but_not_a_story_sentence():
    story = "The council voted on Tuesday to rename two streets in the district by the end of the year."
    call = "Follow The Harbour Herald on Instagram and on Facebook for more local news."
    assert clean_lines([story, call, story])[0] == [story, story]
    sentence = "Follow the rules on Facebook, the minister urged parents who post photos of their children."
    assert clean_lines([story, sentence, story])[0] == [story, sentence, story]


def test_comment_counter_with_a_moderation_note():
    story = "Die Stadtwerke erhöhen die Preise für Fernwärme zum Jahreswechsel um knapp acht Prozent."
    note = "Keine Kommentare (Kommentare werden erst nach Prüfung freigeschaltet)"
    assert clean_lines([story, note])[0] == [story]
