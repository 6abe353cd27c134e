"""The figure timeline: each source's figures over time, as a server-rendered SVG.

A pure function from timeline points to SVG text, so the story page needs no
JavaScript to show the chart and the chart can be tested like any other string.
Figures are drawn with their bounds, because "more than 1,000" and "2,000" are
different statements and the chart must not make them look alike:

- an exact figure is a filled dot, an approximate one ("rund", "about") a ring;
- a lower bound ("mehr als 1.000") is a dot with an arrow pointing up, an upper
  bound ("bis zu 500") one pointing down;
- a range ("100 bis 200") is a bar between its ends.

Figures of different units cannot share an axis, so :func:`charts_by_unit` makes one
chart per unit. Every text that came from an article is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999933")
#: marker shapes cycle with the colours so series stay apart in greyscale too.
SHAPES = ("circle", "square", "diamond", "triangle")


@dataclass(frozen=True)
class Point:
    """One figure of one source on one day, in the form the renderer needs."""

    day: date
    source: str
    value: float | None
    lower: float | None
    upper: float | None
    label: str
    approx: bool = False
    outlet: str | None = None
    stance: str = "assert"
    revision: str | None = None  # "revised 2,000 → 3,000 tonnes, 12 days later" when it revises the source's last figure

    @property
    def kind(self) -> str:
        if self.value is not None:
            return "approx" if self.approx else "exact"
        if self.lower is not None and self.upper is not None:
            return "range"
        return "lower" if self.lower is not None else "upper"

    @property
    def anchor(self) -> float:
        """The y value the marker sits on."""
        if self.value is not None:
            return self.value
        if self.lower is not None and self.upper is not None:
            return (self.lower + self.upper) / 2
        return self.lower if self.lower is not None else self.upper  # type: ignore[return-value]


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def parse_day(text: str | None) -> date | None:
    """The date part of an ISO 8601 date or datetime; None when there is none."""
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def to_points(raw: Iterable[Any]) -> list[Point]:
    """Timeline points (store results or dicts) that can be drawn: a date and at least one number."""
    out = []
    for p in raw:
        day = parse_day(_get(p, "date"))
        value, lower, upper = _get(p, "value"), _get(p, "lower"), _get(p, "upper")
        if day is None or (value is None and lower is None and upper is None):
            continue
        if any(v is not None and not math.isfinite(v) for v in (value, lower, upper)):
            continue
        out.append(Point(day=day, source=_get(p, "source") or "unnamed source", value=value, lower=lower,
                         upper=upper, label=_get(p, "label") or "", approx=bool(_get(p, "approx")),
                         outlet=_get(p, "outlet"), stance=_get(p, "stance") or "assert",
                         revision=_get(p, "revision")))
    return out


def charts_by_unit(raw: Iterable[Any]) -> list[tuple[str, str]]:
    """``(unit, svg)`` for each unit with figures, the unit with most figures first."""
    by_unit: dict[str, list[Any]] = {}
    for p in raw:
        by_unit.setdefault(_get(p, "unit") or "", []).append(p)
    charts = []
    for unit, pts in sorted(by_unit.items(), key=lambda kv: -len(kv[1])):
        points = to_points(pts)
        if points:
            charts.append((unit, timeline_svg(points, unit=unit)))
    return charts


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top`` (1, 2, 2.5 or 5 times a power of ten apart)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    n = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(n + 1)]


def fmt(x: float) -> str:
    """1500 -> "1,500"; 2500000 -> "2.5M"; 0.5 -> "0.5"."""
    if abs(x) >= 1_000_000:
        return f"{x / 1_000_000:,.1f}".rstrip("0").rstrip(".") + "M"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _marker(shape: str, x: float, y: float, colour: str, hollow: bool) -> str:
    fill = "#fff" if hollow else colour
    common = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if shape == "square":
        return f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" {common}/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 7:.1f}L{x + 7:.1f} {y:.1f}L{x:.1f} {y + 7:.1f}L{x - 7:.1f} {y:.1f}Z" {common}/>'
    if shape == "triangle":
        return f'<path d="M{x:.1f} {y - 7:.1f}L{x + 6.5:.1f} {y + 5:.1f}L{x - 6.5:.1f} {y + 5:.1f}Z" {common}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" {common}/>'


def timeline_svg(points: Sequence[Point], unit: str = "", width: int = 960, height: int = 300) -> str:
    """One chart: x = publication date, y = the figure, one colour and shape per source."""
    if not points:
        return ""
    left, right, top, bottom = 64, 16, 16, 44
    legend_rows = math.ceil(len({p.source for p in points}) / 4)
    height += 22 * legend_rows
    plot_w, plot_h = width - left - right, height - top - bottom - 22 * legend_rows
    days = [p.day.toordinal() for p in points]
    d0, d1 = min(days), max(days)
    if d0 == d1:
        d0, d1 = d0 - 1, d1 + 1
    pad = (d1 - d0) * 0.06
    d0, d1 = d0 - pad, d1 + pad
    highest = max(v for p in points for v in (p.value, p.lower, p.upper) if v is not None)
    ticks = nice_ticks(highest * 1.15 if highest > 0 else 1)
    y_top = ticks[-1]

    def sx(day: date) -> float:
        return left + (day.toordinal() - d0) / (d1 - d0) * plot_w

    def sy(v: float) -> float:
        return top + plot_h - max(0.0, min(v, y_top)) / y_top * plot_h

    sources = list(dict.fromkeys(p.source for p in sorted(points, key=lambda p: (p.day, p.source))))
    style = {s: (PALETTE[i % len(PALETTE)], SHAPES[(i // len(PALETTE) + i) % len(SHAPES)])
             for i, s in enumerate(sources)}
    title = f"Figures over time{' — ' + unit if unit else ''}"
    desc = "; ".join(f"{p.source}: {p.label or fmt(p.anchor)} ({p.day.isoformat()})" for p in points)
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="tl-title-{_slug(unit)} tl-desc-{_slug(unit)}" '
        f'preserveAspectRatio="xMidYMid meet">',
        f'<title id="tl-title-{_slug(unit)}">{escape(title)}</title>',
        f'<desc id="tl-desc-{_slug(unit)}">{escape(desc)}</desc>',
        '<g class="tl-grid">',
    ]
    for t in ticks:
        y = sy(t)
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"/>'
                     f'<text class="tl-ytick" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{fmt(t)}</text>')
    for day in _date_ticks(d0, d1):
        x = sx(day)
        parts.append(f'<text class="tl-xtick" x="{x:.1f}" y="{top + plot_h + 20}" text-anchor="middle">'
                     f'{day.strftime("%-d %b %Y") if d1 - d0 > 60 else day.strftime("%-d %b")}</text>'
                     f'<line class="tl-xline" x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" y2="{top + plot_h + 5}"/>')
    parts.append("</g>")
    if unit:
        parts.append(f'<text class="tl-unit" x="{left}" y="{top - 4}" text-anchor="start">{escape(unit)}</text>')
    for source in sources:
        colour, _ = style[source]
        series = sorted((p for p in points if p.source == source), key=lambda p: p.day)
        if len(series) > 1:
            path = " ".join(f"{sx(p.day):.1f},{sy(p.anchor):.1f}" for p in series)
            parts.append(f'<polyline class="tl-line" points="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="1.5" stroke-opacity="0.55"/>')
    for p in sorted(points, key=lambda p: (p.day, p.source)):
        colour, shape = style[p.source]
        x, y = sx(p.day), sy(p.anchor)
        label = p.label or fmt(p.anchor)
        said = {"deny": " (denies)", "uncertain": " (unclear)"}.get(p.stance, "")
        tip = f"{p.source}{said}: {label}, {p.day.isoformat()}" + (f" ({p.outlet})" if p.outlet else "")
        tip += f" — {p.revision}" if p.revision else ""
        rev = " tl-revision" if p.revision else ""
        g = [f'<g class="tl-point tl-{p.kind} tl-stance-{escape(p.stance)}{rev}" tabindex="0" data-source="{escape(p.source)}" '
             f'data-date="{p.day.isoformat()}" data-value="{p.anchor:g}" data-x="{x:.1f}" data-y="{y:.1f}"><title>{escape(tip)}</title>']
        if p.kind == "range":
            g.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{sy(p.lower):.1f}" y2="{sy(p.upper):.1f}" '  # type: ignore[arg-type]
                     f'stroke="{colour}" stroke-width="4" stroke-linecap="round" stroke-opacity="0.6"/>')
        elif p.kind in ("lower", "upper"):
            end = y - 26 if p.kind == "lower" else y + 26
            tip_y = end - 6 if p.kind == "lower" else end + 6
            g.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y:.1f}" y2="{end:.1f}" stroke="{colour}" '
                     f'stroke-width="2"/><path class="tl-arrow" d="M{x - 5:.1f} {end:.1f}L{x + 5:.1f} {end:.1f}'
                     f'L{x:.1f} {tip_y:.1f}Z" fill="{colour}"/>')
        g.append(_marker(shape, x, y, colour, hollow=p.kind in ("approx", "lower", "upper")))
        if p.revision:  # a source changing its own figure: marked and labelled, not a second voice
            g.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="none" stroke="{colour}" stroke-width="1.5" '
                     f'stroke-dasharray="3 2"/><text class="tl-rev-label" x="{x + 12:.1f}" y="{y - 8:.1f}">revised</text>')
        g.append("</g>")
        parts.append("".join(g))
    ly = top + plot_h + bottom - 6
    for i, source in enumerate(sources):
        colour, shape = style[source]
        lx, row_y = left + (i % 4) * (plot_w / 4), ly + (i // 4) * 22
        parts.append(f'<g class="tl-legend">{_marker(shape, lx + 6, row_y - 4, colour, False)}'
                     f'<text x="{lx + 18:.1f}" y="{row_y:.1f}">{escape(_short(source))}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _slug(unit: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in unit.casefold())[:40] or "all"


def _date_ticks(d0: float, d1: float, count: int = 5) -> list[date]:
    """Up to ``count`` evenly spaced whole days inside the axis."""
    first, last = math.ceil(d0), math.floor(d1)
    if last < first:
        return []
    step = max(1, math.ceil((last - first) / (count - 1))) if count > 1 else 1
    return [date.fromordinal(d) for d in range(first, last + 1, step)][:count]
