import pytest

from quellenlage.extract.credits import (
    Credits,
    agency_name,
    byline_line,
    credit_line,
    dateline,
    image_credit,
    read_credit_list,
    take_credits,
)


@pytest.mark.parametrize(("token", "name"), [("dpa", "dpa"), ("dpa-AFX", "dpa"), ("rtr", "Reuters"), ("AFP", "AFP"),
                                             ("AP", "AP"), ("dpa:231106-99-1", "dpa"), ("Bundesamt", None)])
def test_agency_names_from_credit_tokens(token, name):
    assert agency_name(token) == name


@pytest.mark.parametrize(("line", "agencies", "site"), [
    ("/example.de/dpa", ["dpa"], "example.de"),
    ("© dpa", ["dpa"], None),
    ("Quelle: AFP", ["AFP"], None),
    ("mit Material von Reuters und dpa", ["Reuters", "dpa"], None),
    ("(dpa)", ["dpa"], None),
    ("abc/dpa", ["dpa"], None),
    ("Source: AP", ["AP"], None),
])
def test_closing_credit_lines_name_agencies(line, agencies, site):
    credits = Credits()
    assert credit_line(line, credits)
    assert credits.agencies == agencies
    assert credits.outlet == site


@pytest.mark.parametrize("line", [
    "Quelle: Statistisches Bundesamt",
    "Berlin",
    "www.example.org",
    "Die dpa meldete am Abend neue Zahlen aus dem Ministerium.",
    "Reuters und AFP berichteten übereinstimmend von Schüssen.",
])
def test_story_lines_and_non_agency_sources_are_not_credit_lines(line):
    assert not credit_line(line, Credits())


def test_image_credit_is_cut_from_a_caption_and_the_caption_sentence_stays():
    credits = Credits()
    rest = image_credit("Der Hafen liegt seit Wochen still. Bild: picture alliance/dpa/Agentur | Uncredited", credits)
    assert rest == "Der Hafen liegt seit Wochen still."
    assert credits.image_credits == ["picture alliance/dpa/Agentur"]


@pytest.mark.parametrize(("line", "credit"), [
    ("Foto: Erika Muster", "Erika Muster"),
    ("© picture alliance/dpa/Max Muster", "picture alliance/dpa/Max Muster"),
    ("Image: Reuters/Jane Doe", "Reuters/Jane Doe"),
    ("Bild: Agentur X | Kim Beispiel", "Agentur X | Kim Beispiel"),
])
def test_image_credit_lines(line, credit):
    credits = Credits()
    assert image_credit(line, credits) == ""
    assert credits.image_credits == [credit]


def test_a_word_bild_inside_a_sentence_is_not_a_credit():
    credits = Credits()
    line = "Das Bild: eine Stadt im Ausnahmezustand, sagte der Reporter."
    assert image_credit(line, credits) == line
    assert credits.image_credits == []


def test_dateline_credits_an_agency_and_stays_in_the_text():
    credits = Credits()
    dateline("Frankfurt/Main (dpa/lhe) - Der Verband meldete am Montag einen Rekord.", credits)
    assert credits.agencies == ["dpa"]
    credits = Credits()
    dateline("Berlin (Bundestag) - keine Agentur", credits)
    assert credits.agencies == []


def test_credit_lists_reject_words():
    assert read_credit_list("dpa/AFP") == (["dpa", "AFP"], None)
    assert read_credit_list("Der Minister") is None


def test_byline_line_names_people():
    assert byline_line("Von Erika Mustermann und Max Muster") == ["Erika Mustermann", "Max Muster"]
    assert byline_line("By Jane Doe") == ["Jane Doe"]
    assert byline_line("Von Berlin aus fuhr der Zug weiter.") is None


def test_take_credits_collects_everything_and_keeps_the_story():
    lines = ["Von Erika Mustermann", "Hamburg (AFP) - Der Hafen meldet Rekordumschlag.", "Foto: Max Muster",
             "Der Umschlag stieg um fünf Prozent.", "/example.de/dpa"]
    out, credits = take_credits(lines)
    assert out == ["Hamburg (AFP) - Der Hafen meldet Rekordumschlag.", "Der Umschlag stieg um fünf Prozent."]
    assert credits.authors == ["Erika Mustermann"]
    assert credits.agencies == ["AFP", "dpa"]
    assert credits.image_credits == ["Max Muster"]
    assert credits.outlet == "example.de"


def test_dateline_with_a_country_after_a_caption_line_credits_the_agency():
    from quellenlage.extract.credits import take_credits

    lines = ["A ferry waits in the harbour of Sassnitz.",
             "SASSNITZ, Germany (Reuters) - Ferry services to the island were cancelled on Monday after a storm.",
             "The operator said the ships would sail again on Wednesday."]
    kept, credits = take_credits(lines)
    assert credits.agencies == ["Reuters"]
    assert kept == lines  # the dateline stays in the text
    _, credits = take_credits(["The Ferry (Blue Line) - a history of the route in twelve chapters, the author says."])
    assert credits.agencies == []
