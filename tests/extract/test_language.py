"""Language identification: supported languages pass, others are refused with the text kept."""

import pytest

from quellenlage.document import Document, RawInput
from quellenlage.extract.language import (
    UnsupportedLanguage,
    detect_language,
    language_of,
    supported_languages,
)

GERMAN = ("Die Stadtverwaltung hat am Montag angekündigt, die Brücke über den Fluss im Frühjahr zu sanieren. "
          "Ein Sprecher sagte, die Arbeiten würden etwa drei Monate dauern und rund zwei Millionen Euro kosten. "
          "Anwohner befürchten lange Umwege.")
ENGLISH = ("The city council announced on Monday that the bridge over the river will be repaired in spring. "
           "A spokesman said the work would take about three months and cost roughly two million euros. "
           "Residents fear long detours.")
POLISH = ("Władze miasta ogłosiły w poniedziałek, że most na rzece zostanie wyremontowany wiosną. "
          "Rzecznik powiedział, że prace potrwają około trzech miesięcy i będą kosztować około dwóch milionów euro. "
          "Mieszkańcy obawiają się długich objazdów.")


def doc_with(text: str) -> Document:
    doc = Document(raw=RawInput(name="p.txt", content=text, kind="text"))
    doc.set_text(text)
    return doc


def test_supported_languages_are_the_data_folders():
    assert {"de", "en"} <= set(supported_languages())


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_supported_language_is_set(text, code):
    assert detect_language(doc_with(text)).article.language == code


def test_unsupported_language_keeps_the_document_for_the_caller():
    doc = doc_with(POLISH)
    with pytest.raises(UnsupportedLanguage, match="'pl' is not supported") as info:
        detect_language(doc)
    assert info.value.doc is doc
    assert doc.article.language == "pl" and doc.article.text == POLISH


def test_short_text_is_only_ever_given_a_supported_language():
    # a sentence or two is too little to refuse an input over: the best supported guess wins
    assert language_of("Der Minister sagte, die Lage sei ernst.") == "de"
    assert language_of("The minister said the situation was serious.") == "en"


def test_no_text_no_language():
    assert language_of("   ") is None
