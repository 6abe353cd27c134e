import pytest

from quellenlage.stories import Figure, compare_figures


def fig(value=None, lower=None, upper=None, approx=False, unit="container"):
    return Figure(text="", value=value, lower=lower, upper=upper, approx=approx, unit=unit, unit_lemma=unit)


@pytest.mark.parametrize(
    ("a", "b", "compatible", "rule_id"),
    [
        (fig(lower=1000), fig(value=2000), True, "within-bound"),  # "more than 1,000" vs "2,000"
        (fig(value=2000), fig(value=3000), False, "exact-differ"),
        (fig(value=2000), fig(value=2000), True, "exact-equal"),
        (fig(value=2000, approx=True), fig(value=2150), True, "within-tolerance"),
        (fig(value=2000, approx=True), fig(value=3000), False, "outside-tolerance"),
        (fig(upper=500), fig(value=1000), False, "outside-bound"),
        (fig(lower=100, upper=200), fig(lower=300, upper=400), False, "bounds-disjoint"),
        (fig(lower=1000), fig(upper=1500), True, "bounds-overlap"),
        (fig(lower=1000), fig(value=1000), True, "within-bound"),  # a bound is read inclusively
    ],
)
def test_figures_disagree_only_when_their_bounds_cannot_both_hold(a, b, compatible, rule_id):
    ok, rid, rule = compare_figures(a, b)
    assert (ok, rid) == (compatible, rule_id)
    assert compare_figures(b, a)[:2] == (ok, rid)  # symmetric
    assert rule  # the rule is spelled out


def test_rule_text_names_the_figures_and_the_tolerance():
    ok, _, rule = compare_figures(fig(value=2000, approx=True), fig(value=3000))
    assert not ok
    assert "2,000" in rule and "3,000" in rule and "10 %" in rule


def test_tolerance_is_a_parameter():
    a, b = fig(value=2000, approx=True), fig(value=2500)
    assert not compare_figures(a, b)[0]
    assert compare_figures(a, b, tolerance=0.3)[0]


def test_a_source_revising_its_own_figure_is_no_disagreement_but_two_sources_are():
    from quellenlage.stories import Story, find_disagreements, group_claims

    from .builders import article, claim, qty

    kp = ("Nordkorea", "iso3166:KP", "North Korea")
    seoul = ("Seoul", "geo:seoul", "Seoul")

    def report(text, content, source, value, day):
        return article(text, published=day, entities=[kp, seoul],
                       claims=[claim(content, source, quantities=[qty(f"{value} Container", "Container", value=value)])])

    first = report("Seoul sagte, Nordkorea habe 2000 Container geliefert.", "Nordkorea habe 2000 Container geliefert",
                   "Seoul", 2000, "2026-10-01")
    later = report("Seoul sagte nun, Nordkorea habe 2500 Container geliefert.",
                   "Nordkorea habe 2500 Container geliefert", "Seoul", 2500, "2026-10-20")
    other = report("Kiew sagte, Nordkorea habe 4000 Container geliefert.", "Nordkorea habe 4000 Container geliefert",
                   "Kiew", 4000, "2026-10-21")
    arts = [first, later, other]
    story = Story("s", [a["article"]["id"] for a in arts])
    found = find_disagreements(group_claims(story, arts), arts)
    pairs = sorted(tuple(sorted(d.sources)) for d in found)
    # Kiew against Seoul's current figure (2,500 by then), not also against the 2,000 Seoul revised
    assert pairs == [("Kiew", "Seoul")]
    assert [sorted(f.value for f in d.figures) for d in found] == [[2500, 4000]]
