"""How a word looks, for the noun-phrase readers: name-like, adjective-like, a quote mark.

The bottom of the claims package: it imports nothing of it, so :mod:`.sources` and the
per-language noun-phrase rules (``quellenlage/lang/<code>/phrases.py``) can both use it.
"""

from __future__ import annotations

import re

from ..document import Token

QUOTE_CHARS = "\"„“”»«‚‘"
#: an inflected adjective ("großen", "stellvertretende", "britischen"); German endings, which the
#: English reader applies too when it skips a prepositional phrase
ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em|sche|schen|ische|ischen)$")


def is_name_like(tok: Token) -> bool:
    """A name-like word: capitalised, "48-Jährige", or camel case ("xAI", "eBay", "iPhone")."""
    w = tok.text
    return w[:1].isupper() or w[:1].isdigit() and "-" in w or (w[:1].islower() and not w.islower() and w.isalpha())


def is_adjective(tok: Token, lex) -> bool:
    """A lower-case inflected word that is no adverb of ``skip``."""
    w = tok.text
    return w[:1].islower() and w.lower() not in lex.src["skip"] and bool(ADJECTIVE_ENDING.search(w)) and w.isalpha()
