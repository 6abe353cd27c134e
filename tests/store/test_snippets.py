"""Search snippets: marked words are the query's prefixes, folded as the index folds them."""

from quellenlage.store.results import HIGHLIGHT_END, HIGHLIGHT_START
from quellenlage.store.search import terms
from quellenlage.store.snippets import fold, make_snippet


def marked(snippet: str) -> list[str]:
    return [part.split(HIGHLIGHT_END)[0] for part in snippet.split(HIGHLIGHT_START)[1:]]


def test_fold_keeps_length_and_removes_case_and_accents():
    for text in ["Zürich", "ÉTÉ à Öland", "İstanbul", "Straße", "Nordkorea"]:
        assert len(fold(text)) == len(text)
    assert fold("Zürich ÉTÉ") == "zurich ete"


def test_marks_every_word_beginning_with_a_term_and_nothing_else():
    text = "Die Container und die Containern; Kontainer nicht, Container-Schiff schon."
    assert marked(make_snippet(text, ["contain"], words=40)) == ["Container", "Containern", "Container"]


def test_accents_fold_both_ways():
    assert marked(make_snippet("Der Minister reiste nach Zürich.", ["zurich"])) == ["Zürich"]
    assert marked(make_snippet("Der Minister reiste nach Zurich.", ["Zürich"])) == ["Zurich"]


def test_window_starts_shortly_before_the_first_match_and_says_where_it_is_cut():
    text = " ".join(f"w{i}" for i in range(100)) + " Treffer " + " ".join(f"v{i}" for i in range(100))
    snippet = make_snippet(text, ["treffer"], words=8)
    assert snippet.startswith("…w97 w98 w99 ") and snippet.endswith("…")
    assert marked(snippet) == ["Treffer"]
    assert len(snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").strip("…").split()) == 8


def test_without_a_match_in_the_text_the_beginning_is_shown_unmarked():
    snippet = make_snippet("Erster Satz des Artikels. Zweiter Satz.", ["titelwort"], words=3)
    assert snippet == "Erster Satz des…"


def test_empty_and_wordless_texts_give_empty_snippets():
    assert make_snippet("", ["a"]) == ""
    assert make_snippet("… – !", ["a"]) == ""


def test_query_words_are_deduplicated_case_insensitively_in_order():
    assert terms("Kreml kreml Container KREML") == ["Kreml", "Container"]
