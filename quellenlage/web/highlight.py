"""Cut an article's clean text into paragraphs of runs for the article page.

The text shows each claim highlighted and each entity mention linked. Claims can
overlap or nest (a quote inside a reported clause), mentions can sit inside claims,
so the text is cut at every start and end of any of them; each elementary piece
belongs to at most one claim (the shortest that covers it, the most specific) and at
most one entity. Consecutive pieces of the same claim form one run, which the
template renders as one ``<mark>``. Paragraphs are the ``\\n``-separated lines of
``article.text``.

Offsets come from the analysis contract; any that fall outside the text or run
backwards are ignored rather than trusted, so a damaged record still renders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    text: str
    entity: str | None = None  # entity ref, or its name when it has none: what the entity page takes


@dataclass
class Run:
    """Text that belongs to one claim (``claim`` is its index in the claim list) or to none."""

    claim: int | None
    pieces: list[Piece] = field(default_factory=list)


def _span(obj: Mapping[str, Any] | None, length: int) -> tuple[int, int] | None:
    if not obj:
        return None
    start, end = obj.get("start"), obj.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= length:
        return None
    return start, end


def claim_span(claim: Mapping[str, Any], length: int) -> tuple[int, int] | None:
    """The stretch to highlight: the whole claim span, else its content."""
    return _span(claim.get("span"), length) or _span(claim.get("content"), length)


def paragraphs(text: str, claims: Sequence[Mapping[str, Any]],
               entities: Sequence[Mapping[str, Any]] = ()) -> list[list[Run]]:
    """The text as paragraphs of runs (blank lines dropped), in order, with nothing left out."""
    n = len(text)
    claim_spans = [(i, s) for i, c in enumerate(claims) if (s := claim_span(c, n))]
    mention_spans: list[tuple[str, tuple[int, int]]] = []
    for e in entities:
        key = e.get("ref") or e.get("canonical") or e.get("name")
        for m in e.get("mentions") or []:
            if key and (s := _span(m, n)):
                mention_spans.append((str(key), s))
    cuts = {0, n}
    for _, (s, e) in claim_spans:
        cuts.update((s, e))
    for _, (s, e) in mention_spans:
        cuts.update((s, e))
    cuts.update(i for i, ch in enumerate(text) if ch == "\n")
    cuts.update(i + 1 for i, ch in enumerate(text) if ch == "\n")
    bounds = sorted(cuts)
    out: list[list[Run]] = [[]]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece_text = text[a:b]
        if piece_text == "\n":
            out.append([])
            continue
        covering = [(e - s, i) for i, (s, e) in claim_spans if s <= a and b <= e]
        claim = min(covering)[1] if covering else None
        entity = next((k for k, (s, e) in mention_spans if s <= a and b <= e), None)
        runs = out[-1]
        if not runs or runs[-1].claim != claim:
            runs.append(Run(claim))
        pieces = runs[-1].pieces
        if pieces and pieces[-1].entity == entity:
            pieces[-1].text += piece_text
        else:
            pieces.append(Piece(piece_text, entity))
    return [p for p in out if any(piece.text.strip() for run in p for piece in run.pieces)]
