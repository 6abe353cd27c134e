"""Our page parser builds trafilatura's tree, with the same element classes, only found faster."""

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

    ours, theirs = load_tree(html), load_html(_no_xml_invalid_refs(html))
    assert (ours is None) == (theirs is None)
    if ours is None:
        return
    assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
    assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]


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
