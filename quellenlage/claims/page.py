"""What the page rules (:data:`quellenlage.claims.PAGE_RULES`) share: the page's lines, the
test for a heading line, the sentences of a stretch, and one way to make a claim of a
stretch the sentence rules left.

The sentence rules build claims from drafts (:mod:`.engine`); a page rule knows the whole
stretch and its source at once, so it builds the contract claim directly, with stance,
hedging and figures read as for any claim.
"""

from __future__ import annotations

from bisect import bisect_right

from ..document import Claim, Document, Sentence, Source
from ..quantities import quantities_within
from .lexicon import Lexicon
from .stance import is_hedged, stance_of

MAX_HEADING = 160  # characters: a longer line without final punctuation is a flattened paragraph
QUOTE_OPENERS = "\"„“”»«'‚‘’"
_CLOSERS = "\"“”»«'‘’) "


def lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every line of ``text``, empty ones included."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def is_heading_line(line: str) -> bool:
    """A subheading, teaser or caption line: short, no final punctuation, not a quotation."""
    t = line.strip()
    if not t or len(t) > MAX_HEADING or t[:1] in "\"„“»«'‚":
        return False
    return not t.rstrip(_CLOSERS).endswith((".", "!", "?", ":", ";", ",", "…"))


def sentences_in(doc: Document, start: int, end: int) -> list[Sentence]:
    """The sentences of ``doc`` that overlap ``[start, end)`` (they are in text order)."""
    starts = [s.start for s in doc.sentences]
    first = max(bisect_right(starts, start) - 1, 0)
    return [s for s in doc.sentences[first:bisect_right(starts, end)] if s.end > start and s.start < end]


def page_claim(doc: Document, span: tuple[int, int], content: tuple[int, int], source: Source | None,
               mode: str, lex: Lexicon) -> Claim:
    """A contract claim of ``span`` whose content is ``content``; a reportive claim is hedged."""
    text = doc.text[content[0]:content[1]]
    return Claim(
        id="",
        span=doc.span(*span),
        content=doc.span(*content),
        cue=None,
        source=source,
        mode=mode,  # type: ignore[arg-type]
        stance=stance_of(text, lex),  # type: ignore[arg-type]
        hedged=mode == "reportive" or is_hedged(text, lex),
        quantities=list(quantities_within(doc, *content)),
    )
