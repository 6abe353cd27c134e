"""Our page parser builds trafilatura's tree, with the same element classes, only found faster."""

import re

import pytest
from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from quellenlage.extract.tree import load_tree, parser

FORM = ('<!DOCTYPE html><html><head><title>Leserbriefe</title></head><body>'
        '<article><h1>Brücke bleibt gesperrt</h1><p>Die Stadt Nordhafen prüft die Statik.</p>'
        '<form action="/brief"><label for="n">Name</label><input id="n" name="n">'
        '<select name="s"><option>Ja</option></select><textarea name="t">Text</textarea></form>'
        '<FIGURE><IMG src="a.png"><FIGCAPTION>Foto: Anna Berg</FIGCAPTION></FIGURE></article></body></html>')
PAGES = {
    "form elements and upper-case tags": FORM,
    "an XML declaration (parsed from bytes)": '<?xml version="1.0" encoding="utf-8"?>\n' + FORM,
    "a self-closing html element": "<html/>\n<body><p>Ein Satz über den Hafen.</p><p>Noch einer.</p></body>",
    "a control character reference": "<html><body><p>Zeichen &#1; und &#x41; im Text.</p></body></html>",
    "a fragment that is no page": "<p>Nur ein Absatz.</p>",
}


@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_the_tree_and_its_element_classes_are_trafilaturas(html):
    from quellenlage.extract.tree import _no_xml_invalid_refs

    theirs = load_html(_no_xml_invalid_refs(html))
    for ours in (load_tree(html), load_tree(html, utf8=html.encode("utf-8"))):  # the str, the bytes
        assert (ours is None) == (theirs is None)
        if ours is None:
            continue
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
        assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]


def test_the_bytes_of_a_corpus_page_give_the_tree_of_its_str(shared):
    """load_tree reads a clean page's UTF-8 bytes where trafilatura reads the str first: on every
    tenth page of the corpus, and every page declaring a charset other than UTF-8, the trees agree."""
    from quellenlage.extract.layout import clean_page

    paths = sorted((shared / "corpora" / "trafilatura-eval" / "html").glob("*.html"))
    read = {path: path.read_text(encoding="utf-8", errors="replace") for path in paths}
    declared = [p for p in paths if re.search(r"charset=[\"']?(?:iso-8859|windows-125)", read[p][:5000], re.I)]
    assert declared
    for path in paths[::10] + declared:
        html, utf8 = clean_page(read[path])
        if utf8 is None:
            continue
        from_str, from_bytes = load_tree(html, cleaned=True), load_tree(html, cleaned=True, utf8=utf8)
        assert (from_str is None) == (from_bytes is None), path.name
        if from_str is not None:
            assert etree.tostring(from_str) == etree.tostring(from_bytes), path.name


def test_form_elements_keep_their_lxml_html_classes():
    tree = load_tree(FORM)
    found = {e.tag: type(e) for e in tree.iter()}
    assert found["form"] is lxml_html.FormElement
    assert found["input"] is lxml_html.InputElement
    assert found["select"] is lxml_html.SelectElement
    assert found["textarea"] is lxml_html.TextareaElement
    assert found["label"] is lxml_html.LabelElement
    assert found["figure"] is lxml_html.HtmlElement


def test_copies_of_the_tree_keep_the_parser_and_its_classes():
    from copy import copy, deepcopy

    tree = load_tree(FORM)
    for clone in (copy(tree), deepcopy(tree)):
        assert [type(e) for e in clone.iter()] == [type(e) for e in tree.iter()]
        made = etree.SubElement(clone.find(".//form"), "input")
        assert type(made) is lxml_html.InputElement


def test_the_parser_is_built_once():
    assert parser() is parser()


HEADS = {
    "a doctype with a slash": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"/>\n' + FORM,
    "a doctype on a one-line page": '<!DOCTYPE html/>' + FORM,
    "a self-closing html element": "<html/>\n<body><p>Ein Satz über den Hafen.</p></body>",
    "a self-closing html element on the third line": "<!-- a -->\n\n<html lang='de' />\n<body><p>Satz.</p></body>",
    "U+FFFE and U+FFFF": "<html><body><p>Zeichen \ufffe und \uffff im Text.</p></body></html>",
    "a plain page": FORM,
}


@pytest.mark.parametrize("html", HEADS.values(), ids=HEADS.keys())
def test_a_cleaned_page_gets_trafilaturas_repairs(html):
    """repair() skips trafilatura's scan for characters XML cannot hold on a page cleaned before,
    and must give what repair_faulty_html gives."""
    from trafilatura.utils import repair_faulty_html

    from quellenlage.extract.layout import clean_code_points
    from quellenlage.extract.tree import repair

    assert clean_code_points(html) == html
    beginning = html[:50].lower()
    assert repair(html, beginning, cleaned=True) == repair_faulty_html(html, beginning)
    ours, theirs = load_tree(html, cleaned=True), load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")


def _every_reference_checked(html: str) -> str:
    """``_no_xml_invalid_refs`` as it was before its pre-check: every reference asked."""
    from quellenlage.extract.tree import CHAR_REF

    def keep_or_drop(m):
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return "" if (cp < 0x20 and cp not in (0x9, 0xA, 0xD)) or cp in (0xFFFE, 0xFFFF) else m.group(0)

    return CHAR_REF.sub(keep_or_drop, html)


def test_the_pre_check_passes_over_no_reference_that_is_dropped():
    """The pre-check (``DROPPED_REF_START``) must find every reference the full pass drops: code
    points around the bounds, leading zeros, more digits than CHAR_REF reads, both cases of x and hex."""
    from quellenlage.extract.tree import _no_xml_invalid_refs

    values = [*range(0, 40), 127, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 65533]
    spellings = []
    for cp in values:
        for zeros in ("", "0", "000000", "0000000", "000000000", "0000000000"):
            spellings += [f"&#{zeros}{cp};", f"&#{zeros}{cp}", f"&#x{zeros}{cp:x};", f"&#X{zeros}{cp:X}",
                          f"&#x{zeros}{cp:x}7;", f"&#{zeros}{cp}7;"]
    assert len(spellings) > 1000
    for ref in spellings:
        page = f"<p>vor {ref} nach &#8222;Zitat&#8220;</p>"
        assert _no_xml_invalid_refs(page) == _every_reference_checked(page), ref


@pytest.mark.parametrize("spelling", ["breadcrumb", "brea&#100;crumb", "bread&#x63;rumb", "bread&#X0063rumb",
                                      "bread&#1;crumb", "bread&#x1f;crumb", "bread\ufffecrumb"])
def test_a_word_the_tree_may_hold_is_never_missed(spelling):
    """may_hold lets a search of the whole tree be skipped: it must say yes wherever the tree has the
    word, also when the source writes a letter as a reference or the word is split by something that
    load_tree deletes; it says no only for a source that cannot make the word."""
    from quellenlage.extract.tree import may_hold

    page = f'<html><body><nav class="{spelling}"><a href="/">Start</a></nav><p>Text &#8222;zitiert&#8220;.</p></body></html>'
    tree = load_tree(page, cleaned=True)
    assert "breadcrumb" in tree.xpath("string(//nav/@class)")
    assert may_hold(page, ("breadcrumb",))
    assert not may_hold(page.replace(spelling, "crumbs"), ("breadcrumb",))  # other references are no letters
