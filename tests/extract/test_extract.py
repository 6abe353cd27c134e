"""The extract stage as the pipeline calls it: HTML or text in, clean text or a clear refusal out."""

import pytest

from quellenlage.document import Document, RawInput
from quellenlage.extract import NoArticleError, extract

STORY = ("Die Fähre nach Hiddensee fällt bis Freitag aus, teilte die Reederei am Montag mit. "
         "Grund sei ein Schaden an der Schraube, sagte ein Sprecher.")


def run(content: str, kind: str) -> Document:
    return extract(Document(raw=RawInput(name=f"in.{kind}", content=content, kind=kind)))


def test_text_input_goes_through_the_text_reader():
    doc = run(f"Region\nFähre fällt aus\n{STORY}\nArtikel teilen", "text")
    assert (doc.article.section, doc.article.title, doc.article.text) == ("Region", "Fähre fällt aus", STORY)
    assert "Artikel teilen" in doc.boilerplate
    assert doc.article.id


def test_html_article_gives_its_body():
    doc = run(f"<html><head><title>Fähre fällt aus</title></head><body><article><p>{STORY}</p>"
              f"<p>{STORY.replace('Freitag', 'Samstag')}</p></article></body></html>", "html")
    assert "Schaden an der Schraube" in doc.article.text


def test_html_without_an_article_is_refused_with_the_reason():
    menu = "<html><body><nav><a href='/'>Start</a> <a href='/a'>Kontakt</a> <a href='/b'>Impressum</a></nav></body></html>"
    with pytest.raises(NoArticleError, match=r"in\.html: no article text found"):
        run(menu, "html")


def test_text_of_only_debris_is_refused():
    with pytest.raises(NoArticleError, match="no article text"):
        run("Artikel teilen\nAnzeige\n12 Kommentare", "text")


CHINESE = ("市政府周一宣布，河上的大桥将于明年春天进行维修。一位发言人说，工程大约需要三个月，"
           "花费约两百万欧元。居民担心会有很长的绕行路线。")


def test_html_in_a_script_without_spaces_is_an_article_not_a_menu():
    # the language stage refuses it by its language; "no article" would be the wrong reason
    doc = run(f"<html><body><article><p>{CHINESE}</p><p>{CHINESE}</p></article></body></html>", "html")
    assert "大桥" in doc.article.text
