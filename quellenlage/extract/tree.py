"""Parsing an HTML page into the lxml tree that trafilatura, htmldate and our readers share.

The steps are those of ``trafilatura.utils.load_html`` (the same repairs, the same parser
options, the same byte fallback and the same refusal of a dubious page), so the tree is the
one trafilatura would build. One thing differs: the parser's element classes. lxml.html
finds the class of every element proxy (``HtmlElement``, ``FormElement``, …) with a lookup
written in Python (``HtmlElementClassLookup.lookup``), and trafilatura's cleaning and
extraction walk the tree so often that those calls cost about 3 % of a whole extraction.
:func:`parser` gives each element the same class through lxml's lookups written in C
(a per-tag table over a default), and copies of the tree (trafilatura's, htmldate's) keep
its parser, so the saving reaches everything that reads the page. And a page whose code points
the extraction stage has cleaned (``layout.clean_code_points``) is not scanned again for
characters XML cannot hold (:func:`repair`).
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

LOGGER = logging.getLogger(__name__)

# A numeric character reference to a character XML cannot hold (a C0 control, U+FFFE,
# U+FFFF) is kept by lxml in the tree, and trafilatura then loses the whole page.
CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# Where such a reference may stand: its digits as CHAR_REF reads them (at most 8 hex or 10 decimal)
# name a code point below 0x20, U+FFFE or U+FFFF, or there are more digits than it reads. A page
# without one keeps all its references, and the others (curly quotes, dashes: thousands on some
# pages) are not handed one by one to Python.
DROPPED_REF_START = re.compile(r"&#(?:[xX](?:0*(?:1?[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F])|[0-9a-fA-F]{9})"
                               r"|0*(?:[12]?[0-9]|3[01]|6553[45])(?![0-9])|[0-9]{11})")


# A numeric character reference to an ASCII letter ("&#98;", "&#x62"): the parser writes the letter
# into the tree where the page's source has none.
LETTER_REF = re.compile(r"&#(?:[xX]0*(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])(?![0-9a-fA-F])"
                        r"|0*(?:6[5-9]|[78][0-9]|9[07-9]|1[01][0-9]|12[0-2])(?![0-9]))")


def may_hold(page: str, words: tuple[str, ...]) -> bool:
    """Whether a text or attribute value of ``page``'s tree (:func:`load_tree`) may contain one of
    ``words`` (written in ASCII letters). False only when the page's source holds none of them as
    written and nothing from which the tree could make them: no reference to a letter, no reference
    or code point that :func:`load_tree` deletes (the letters on either side would meet). A search
    of the whole tree for such a word (an XPath ``contains()``, a walk over every element) can then
    be skipped: the source is searched for a literal at memory speed."""
    if any(word in page for word in words):
        return True
    if "\ufffe" in page or "\uffff" in page:
        return True
    return "&#" in page and (LETTER_REF.search(page) is not None or DROPPED_REF_START.search(page) is not None)


@cache
def parser() -> Any:
    """trafilatura's parser options (``trafilatura.utils.HTML_PARSER``), with the element
    classes of ``lxml.html.HtmlElementClassLookup`` looked up in C. Built on first use, so
    importing the stage does not import lxml."""
    from lxml import etree
    from lxml import html as lxml_html

    made = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    default = etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)
    lookup = etree.ElementNamespaceClassLookup(default)
    by_tag = lookup.get_namespace(None)  # the HTML parser's elements have no namespace
    for tag, cls in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = cls  # form, input, select, textarea, label
    made.set_element_class_lookup(lookup)
    return made


@cache
def xpath(expr: str) -> Any:
    """``expr`` compiled once per process (``tree.xpath(expr)`` compiles it again on every call,
    which for the metadata's longer expressions costs as much as running them)."""
    from lxml import etree

    return etree.XPath(expr)


def _no_xml_invalid_refs(html: str) -> str:
    def keep_or_drop(m: re.Match) -> str:
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        return "" if (cp < 0x20 and cp not in (0x9, 0xA, 0xD)) or cp in (0xFFFE, 0xFFFF) else m.group(0)

    return CHAR_REF.sub(keep_or_drop, html) if "&#" in html and DROPPED_REF_START.search(html) else html


def _from_bytes(html: str, utf8: bytes | None = None) -> Any:
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html.encode("utf8", "surrogatepass") if utf8 is None else utf8, parser=parser())
    except Exception as exc:  # noqa: BLE001 - as trafilatura: an unparsable page is no tree
        LOGGER.debug("lxml could not parse the bytes either: %s", exc)
    return None


def repair(html: str, beginning: str, cleaned: bool = False) -> str:
    """``trafilatura.utils.repair_faulty_html(html, beginning)``, for a ``cleaned`` page without its
    scan of the whole page where it can find nothing.

    Its first step deletes the code points XML cannot hold (the C0 controls but tab and line
    breaks, U+FFFE, U+FFFF) with a regular expression that steps through every character:
    on the 100 pages of ``benchmarks/analysis.py`` (13 million characters) 0.7 G instructions,
    more than lxml's parse of them and 3.6 % of what ``trafilatura.extract`` does with them. ``layout.clean_code_points``, which the extraction stage
    runs on every input first, leaves none of the controls; whether U+FFFE or U+FFFF is there
    ``in`` answers at memory speed, and a page with neither keeps every character, so only the
    two repairs of the page's head remain, written as trafilatura writes them (with its
    expressions; ``tests/extract/test_tree.py`` compares the results)."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, repair_faulty_html

    if not cleaned or "\ufffe" in html or "\uffff" in html:
        return repair_faulty_html(html, beginning)
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", html, count=1)
    return html


REPAIRED_HEAD = 4096  # characters: :func:`repair` changes a page within its first line or first four lines


def _repaired_utf8(html: str, page: str, utf8: bytes) -> bytes | None:
    """The UTF-8 bytes of ``html``, the repaired ``page`` whose bytes are ``utf8``, made without
    encoding the whole page again: when the repairs changed nothing, ``utf8`` itself; when they
    changed the page's head only (a doctype taken out of the first line), the new head's bytes
    before the bytes of the unchanged rest. None when the change reaches further (a page on one
    line: the first line is all of it); the ``str`` is parsed then."""
    if html is page:
        return utf8
    if len(page) <= REPAIRED_HEAD:
        return html.encode("utf-8")
    rest = page[REPAIRED_HEAD:]
    if not html.endswith(rest):
        return None
    return html[: len(html) - len(rest)].encode("utf-8") + utf8[len(page[:REPAIRED_HEAD].encode("utf-8")):]


def load_tree(html: str, cleaned: bool = False, utf8: bytes | None = None) -> Any:
    """The page's tree as ``trafilatura.utils.load_html`` builds it, or None for no HTML.
    ``cleaned``: ``html`` has been through ``layout.clean_code_points`` (see :func:`repair`).

    ``utf8``: ``html`` encoded in UTF-8 (``layout.clean_page`` makes it). When the repairs leave
    the page as it is, the parser reads these bytes instead of the ``str``: lxml hands a ``str``
    to libxml2 in its own width (Latin-1, UTF-16, UCS-4), which libxml2 converts to UTF-8 as it
    reads; on the 100 pages of ``benchmarks/analysis.py`` the parse takes 130 ms from the bytes
    and 157 ms from the ``str``. trafilatura reads the ``str`` first and falls back to its bytes;
    the two parses build the same tree (``tests/extract/test_tree.py`` compares them on the
    corpus pages, 27 of them declaring a charset other than UTF-8), so reading the bytes first
    gives the tree trafilatura's steps would give."""
    from lxml import html as lxml_html
    from trafilatura.utils import is_dubious_html

    page = html
    html = _no_xml_invalid_refs(html)
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair(html, beginning, cleaned)
    tree, from_bytes = None, False
    utf8 = None if utf8 is None else _repaired_utf8(html, page, utf8)
    if utf8 is not None:
        tree, from_bytes = _from_bytes(html, utf8), True
    else:
        try:
            tree = lxml_html.fromstring(html, parser=parser())
        except ValueError:  # "Unicode strings with encoding declaration are not supported."
            tree, from_bytes = _from_bytes(html), True
        except Exception as exc:  # noqa: BLE001
            LOGGER.debug("lxml could not parse the page: %s", exc)
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None  # not well-formed HTML at all
    return tree
