import json

from quellenlage.document import Document, RawInput
from quellenlage.extract.text import extract_text, is_section_line

# A scraped page written for this test: section line, title, caption with credit, share
# button, body, a "read also" block, a social call, a closing credit and a tag header.
PAGE = """Wirtschaft

Hafen meldet Rekord: 12.000 Container in einer Woche

Kräne im Hafen arbeiten rund um die Uhr. Foto: Bildagentur Nord/Erika Muster | Uncredited

  • Artikel teilen:

Der Hafen hat nach eigenen Angaben in der vergangenen Woche 12.000 Container umgeschlagen, so viele wie nie zuvor.

Ein Sprecher der Gewerkschaft sagte dagegen, es seien höchstens 10.000 gewesen.

Lesen Sie auch:

Folgen Sie Beispiel.de schon bei Facebook und Instagram? Hier finden Sie aktuelle Videos.

/beispiel.de/dpa

Themen"""


def run(text: str) -> Document:
    return extract_text(Document(raw=RawInput(name="t.txt", content=text, kind="text")))


def test_head_lines_become_metadata_and_leave_the_text():
    doc = run(PAGE)
    art = doc.article
    assert art.section == "Wirtschaft"
    assert art.title == "Hafen meldet Rekord: 12.000 Container in einer Woche"
    assert art.outlet == "beispiel.de"
    assert art.agencies == ["dpa"]
    assert art.image_credits == ["Bildagentur Nord/Erika Muster"]
    assert "Wirtschaft" not in art.text.split("\n")
    assert art.title not in art.text


def test_body_is_the_story_only_one_paragraph_per_line():
    text = run(PAGE).article.text
    assert text.split("\n") == [
        "Kräne im Hafen arbeiten rund um die Uhr.",
        "Der Hafen hat nach eigenen Angaben in der vergangenen Woche 12.000 Container umgeschlagen, so viele wie nie zuvor.",
        "Ein Sprecher der Gewerkschaft sagte dagegen, es seien höchstens 10.000 gewesen.",
    ]
    for debris in ("Artikel teilen", "Lesen Sie auch", "Folgen Sie", "Themen", "Foto:", "dpa"):
        assert debris not in text


def test_removed_debris_is_listed_as_boilerplate():
    doc = run(PAGE)
    assert any("Artikel teilen" in b for b in doc.boilerplate)
    assert "/beispiel.de/dpa" in doc.boilerplate


def test_date_line_at_the_top_becomes_published():
    doc = run("Politik\nGemeinderat beschließt neuen Haushalt\n06.11.2023, 14:32 Uhr\nDer Rat stimmte am Abend mit großer Mehrheit für den Entwurf der Verwaltung.")
    assert doc.article.published == "2023-11-06T14:32"
    assert doc.article.title == "Gemeinderat beschließt neuen Haushalt"
    assert doc.article.text == "Der Rat stimmte am Abend mit großer Mehrheit für den Entwurf der Verwaltung."


def test_section_line_needs_a_longer_line_below():
    assert is_section_line("Politik", "Ein langer Titel über etwas")
    assert not is_section_line("Politik", None)
    assert not is_section_line("Der Rat tagte.", "Ein langer Titel über etwas")


def test_seed_article_matches_its_gold_metadata(shared):
    gold = json.loads((shared / "eval/claims-dev/seed-newsde-nordkorea.json").read_text(encoding="utf-8"))
    raw = (shared / gold["input"]).read_text(encoding="utf-8")
    doc = run(raw)
    data = doc.to_dict()["article"]
    for key, value in gold["metadata"].items():
        assert data[key] == value, key
    for debris in gold["boilerplate"]:
        assert debris not in doc.article.text
    assert "\n\n" not in doc.article.text
    assert "geliefert haben." in doc.article.text
    assert "Uncredited" not in doc.article.text
