"""htmldate's date search on a page tree that nothing reads afterwards, without its copy of the tree.

``htmldate.find_date(tree, …)`` copies the whole tree it is handed before it deletes the scripts,
styles and banners it does not search (``deepcopy``; a page it parsed itself it prunes in place).
The extraction stage searches for a date only on pages that declare none (``metadata.declared_date``),
and it can do so last, once trafilatura (which works on its own copy) and every reader of the
tree are done: the copy is then wasted (without it the stage spends 0.014 less of what
``trafilatura.extract`` costs on the 100 pages of ``benchmarks/analysis.py``). :func:`search_date` takes the steps of ``find_date`` for the
options the stage uses (``extensive_search=False``, ``original_date=True``, the default output
format and bounds), in its order and with its own functions, on the tree itself. They are
htmldate 1.11's steps; with another htmldate the stage calls ``find_date``
(``tests/extract/test_pagedate.py`` compares the two on the corpus pages).
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

LOGGER = logging.getLogger(__name__)

#: ``find_date``'s options for the extraction stage: the page's own markup and its text, without
#: the slow free-text scan of the whole page.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
STEPS_OF = "1.11.0"  # the htmldate whose find_date the steps below are


@cache
def _same_steps() -> bool:
    import htmldate

    return getattr(htmldate, "__version__", None) == STEPS_OF


def search_date(tree: Any, url: str | None) -> str | None:
    """``find_date(tree, url=url, **DATE_PARAMS)``, or None where it fails; ``tree`` is pruned."""
    from htmldate import find_date

    try:
        return _find_date_in(tree, url) if _same_steps() else find_date(tree, url=url, **DATE_PARAMS)
    except Exception as exc:  # a date is optional; never lose the article over it
        LOGGER.debug("htmldate failed: %s", exc)
        return None


def _find_date_in(tree: Any, url: str | None) -> str | None:
    """htmldate 1.11's ``find_date`` for :data:`DATE_PARAMS` on a tree it may change (as it does with
    a page it parsed itself): the same steps in the same order, but no copy of the tree."""
    from htmldate.core import (
        TIMESTAMP_LOOSE_PATTERN,
        TIMESTAMP_PATTERN,
        date_candidates,
        examine_abbr_elements,
        examine_elements,
        examine_header,
        examine_time_elements,
        serialize,
    )
    from htmldate.extractors import (
        discard_unwanted,
        extract_url_date,
        idiosyncrasies_search,
        img_search,
        json_search,
        pattern_search,
    )
    from htmldate.settings import CLEANING_LIST
    from htmldate.utils import Extractor, clean_html
    from htmldate.validators import get_max_date, get_min_date

    options = Extractor(False, get_max_date(None), get_min_date(None), True, "%Y-%m-%d")
    if url is None:
        link = tree.find('.//link[@rel="canonical"]')
        if link is not None:
            url = link.get("href")
    result = extract_url_date(url, options)
    if result is not None:
        return result
    result = examine_header(tree, options) or json_search(tree, options)
    if result is not None:
        return result
    result = examine_abbr_elements(tree, options)
    if result is not None:
        return result
    try:
        search_tree = discard_unwanted(clean_html(tree, CLEANING_LIST))
    except ValueError:  # as find_date: lxml refuses NULL bytes or control characters
        search_tree = tree
    result = (examine_elements(date_candidates(search_tree, False), options)
              or examine_elements(search_tree.xpath(".//title|.//h1"), options)
              or examine_time_elements(search_tree, options))
    if result is not None:
        return result
    page = serialize(search_tree)
    result = (pattern_search(page, TIMESTAMP_PATTERN, options) or img_search(search_tree, options)
              or idiosyncrasies_search(page, options))
    if result is not None:
        return result
    clean_html(search_tree, ["script", "style"])  # no free-text scan: a bare date from the text only
    return pattern_search(" ".join(search_tree.itertext()), TIMESTAMP_LOOSE_PATTERN, options)
