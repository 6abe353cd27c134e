import pytest

from quellenlage.stories import Figure, compare_figures


def fig(value=None, lower=None, upper=None, approx=False, unit="container"):
    return Figure(text="", value=value, lower=lower, upper=upper, approx=approx, unit=unit, unit_key=unit)


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
