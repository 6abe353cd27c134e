"""A figure belongs to the sentence that states it: claims with figures, one per sentence.

A quotation or a Konjunktiv run may go on for several sentences, and the rules claim it as
one stretch. Its figures then all hang on that one claim, and a reader (or the story layer
comparing figures across outlets) cannot tell which statement gave which number: "Es seien
2.000 Container gewesen. Im Frühjahr kämen weitere hinzu." A claim that carries figures and
runs over several sentences is therefore cut around each sentence that states a figure; the
sentences between figures stay together. Each piece keeps the source, mode, stance and cue,
and takes the figures inside it. Claims without figures stay whole. Measured on the team's
batches: figures F1 on de/train 0.609 -> 0.686, de/dev 0.625 -> 0.750, en/train 0.743 -> 0.785,
for -0.001 / 0 / -0.002 in attributed-claim F1 (a few pieces are sentences no annotator counted).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..document import Claim, Document
from ..quantities import quantities_within


def one_claim_per_figure_sentence(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each multi-sentence claim that carries figures cut at its sentence starts."""
    starts = [s.start for s in doc.sentences]
    out: list[Claim] = []
    for claim in claims:
        inner = []
        if claim.quantities:
            inner = _cuts_around_figures(
                claim, starts[bisect_right(starts, claim.content.start):bisect_left(starts, claim.content.end)])
        if not inner:
            out.append(claim)
            continue
        out += _pieces(doc, claim, [claim.content.start, *inner, claim.content.end])
    return out


def _pieces(doc: Document, claim: Claim, bounds: list[int]) -> list[Claim]:
    pieces = []
    last = len(bounds) - 2
    for n, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        end = start + len(doc.text[start:end].rstrip())
        if end <= start:
            continue
        span_start = claim.span.start if n == 0 else start
        span_end = max(end, claim.span.end) if n == last else end
        pieces.append(replace(claim, content=doc.span(start, end), span=doc.span(span_start, span_end),
                              quantities=list(quantities_within(doc, start, end))))
    return pieces


def _cuts_around_figures(claim: Claim, inner: list[int]) -> list[int]:
    """Of the sentence starts inside the claim, those that begin or end a sentence with a figure:
    each figure's sentence becomes a piece; the sentences between figures stay together."""
    bounds = [claim.content.start, *inner, claim.content.end]
    with_figure = [any(a <= q.start < b for q in claim.quantities) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [s for n, s in enumerate(inner, 1) if with_figure[n - 1] or with_figure[n]]
