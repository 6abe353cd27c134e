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


def test_a_language_with_its_own_script_is_named_in_the_refusal():
    text = ("市政府周一宣布，河上的大桥将于明年春天进行维修。一位发言人说，工程大约需要三个月，花费约两百万欧元。"
            "居民担心会有很长的绕行路线。交通部门表示，将在附近增加公交车次，并在网站上公布详细的绕行方案。"
            "一些商店老板担心，施工期间顾客会减少，希望政府提供补贴。市长说，大桥已经使用了五十多年，维修刻不容缓。")
    assert len(text) > 100
    with pytest.raises(UnsupportedLanguage, match="'zh' is not supported"):
        detect_language(doc_with(text * 2))
