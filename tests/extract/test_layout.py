from quellenlage.extract.layout import join_broken_lines, split_lines


def test_split_lines_drops_blank_lines_and_folds_spaces():
    assert split_lines("  Erster   Absatz.\r\n\r\n\u00a0\nZweiter\u200b Absatz. ") == ["Erster Absatz.", "Zweiter Absatz."]


def test_a_line_broken_mid_sentence_is_joined():
    assert join_broken_lines(["Seit", "die Aktivistin reist, boomt der Zug.", "Neuer Absatz."]) == [
        "Seit die Aktivistin reist, boomt der Zug.", "Neuer Absatz."]


def test_a_new_paragraph_or_a_subheading_is_not_joined():
    lines = ["Der Rat tagte.", "die Abstimmung folgt", "Zwischentitel", "Der Text geht weiter."]
    assert join_broken_lines(lines) == lines
