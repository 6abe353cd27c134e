"""The figure timeline SVG: one point per drawable figure, bounds drawn as bounds, text escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quellenlage.web.timeline import charts_by_unit, nice_ticks, timeline_svg, to_points

NS = {"s": "http://www.w3.org/2000/svg"}


def pt(date, source, value=None, lower=None, upper=None, unit="Tonne", label=None):
    return {"date": date, "source": source, "value": value, "lower": lower, "upper": upper, "unit": unit,
            "label": label}


def points_of(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter("{http://www.w3.org/2000/svg}g") if "tl-point" in (g.get("class") or "")]


def test_one_point_per_figure_with_its_kind():
    raw = [pt("2026-10-02", "Ministry", lower=200), pt("2026-10-02", "Company", upper=50),
           pt("2026-10-05", "NGO", value=300), pt("2026-10-09T10:00:00", "Agency", lower=250, upper=400)]
    svg = timeline_svg(to_points(raw))
    groups = points_of(svg)  # parses: well-formed XML
    kinds = sorted(g.get("class").split()[1] for g in groups)
    assert kinds == ["tl-exact", "tl-lower", "tl-range", "tl-upper"]
    assert {g.get("data-source") for g in groups} == {"Ministry", "Company", "NGO", "Agency"}


def test_higher_figures_are_drawn_higher_and_later_dates_further_right():
    raw = [pt("2026-10-01", "A", value=100), pt("2026-10-05", "B", value=900)]
    groups = {g.get("data-source"): g for g in points_of(timeline_svg(to_points(raw)))}
    a, b = groups["A"], groups["B"]
    assert float(b.get("data-y")) < float(a.get("data-y"))  # SVG y grows downwards
    assert float(b.get("data-x")) > float(a.get("data-x"))


def test_points_without_date_or_number_are_left_out():
    raw = [pt(None, "A", value=1), pt("2026-10-01", "B"), pt("not a date", "C", value=3),
           pt("2026-10-01", "D", value=float("nan")), pt("2026-10-02", "E", value=5)]
    assert [p.source for p in to_points(raw)] == ["E"]


def test_single_day_and_empty_input():
    assert timeline_svg([]) == ""
    svg = timeline_svg(to_points([pt("2026-10-01", "A", value=7)]))
    assert len(points_of(svg)) == 1


def test_source_names_are_escaped():
    hostile = '<script>alert(1)</script>" onmouseover="x'
    svg = timeline_svg(to_points([pt("2026-10-01", hostile, value=1, label=hostile)]))
    assert "<script>" not in svg and 'onmouseover="x' not in svg
    (g,) = points_of(svg)
    assert g.get("data-source") == hostile  # survives as text, round-trips through the parser


def test_one_chart_per_unit_most_figures_first():
    raw = [pt("2026-10-01", "A", value=1, unit="EUR"), pt("2026-10-01", "B", value=2, unit="Tonne"),
           pt("2026-10-02", "C", value=3, unit="Tonne")]
    charts = charts_by_unit(raw)
    assert [u for u, _ in charts] == ["Tonne", "EUR"]
    assert [len(points_of(svg)) for _, svg in charts] == [2, 1]


def test_axis_ticks_cover_the_data_in_round_steps():
    ticks = nice_ticks(1150)
    assert ticks[0] == 0 and ticks[-1] >= 1150
    steps = {round(b - a, 6) for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1 and steps.pop() in (250, 500)


def test_denied_figures_say_so():
    raw = [{**pt("2026-10-01", "Firm", value=2000), "stance": "deny"}, pt("2026-10-02", "Agency", value=3000)]
    groups = {g.get("data-source"): g for g in points_of(timeline_svg(to_points(raw)))}
    assert "tl-stance-deny" in groups["Firm"].get("class")
    assert "(denies)" in groups["Firm"].find("s:title", NS).text
    assert "(denies)" not in groups["Agency"].find("s:title", NS).text
