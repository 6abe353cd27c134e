"""Stories in the store: placing new articles, and what `story` shows for a real (hand-written) event."""

from __future__ import annotations

import pytest

from .docs import container_story, event_story


@pytest.fixture
def connected(store):
    store.save_documents(event_story())
    store.update_stories()
    return store


def test_one_story_across_languages_and_outlets(connected):
    page = connected.stories()
    assert page.total == 1
    s = page.items[0]
    assert (s.articles, s.outlets, sorted(s.languages)) == (4, 4, ["de", "en"])
    assert (s.first_published, s.last_published) == ("2023-10-13", "2023-11-05")
    assert s.disagrees


def test_syndicated_copy_is_one_source_line_listing_both_outlets(connected):
    detail = connected.story(connected.stories().items[0].id)
    korea = [line for line in detail.sources if line.figures and line.figures[0].value == 2000]
    assert len(korea) == 1
    assert sorted(korea[0].outlets) == ["taz.de", "zeit.de"]
    assert korea[0].date == "2023-11-01"


def test_disagreements_name_their_rule(connected):
    detail = connected.story(connected.stories().items[0].id)
    kinds = {(d.kind, d.rule_id) for d in detail.disagreements}
    assert ("figure", "exact-differ") in kinds
    assert ("stance", "deny-vs-assert") in kinds
    figure = next(d for d in detail.disagreements if d.kind == "figure")
    assert {f.value for line in (figure.a, figure.b) for f in line.figures} == {2000, 3000}
    # "more than 1,000" fits both: it is in no disagreement
    assert not any(f.lower == 1000 for d in detail.disagreements if d.kind == "figure"
                   for line in (d.a, d.b) if line for f in line.figures)


def test_timeline_by_date_with_copies_once(connected):
    detail = connected.story(connected.stories().items[0].id)
    points = [(p.date, p.value if p.value is not None else p.lower) for p in detail.timeline]
    assert points == [("2023-10-13", 1000), ("2023-11-01", 2000), ("2023-11-05", 3000)]
    assert sorted(detail.timeline[1].outlets) == ["taz.de", "zeit.de"]


def test_updating_again_changes_nothing_and_new_articles_join(connected):
    before = connected.story(1).to_dict()
    assert connected.update_stories().placed == 0
    assert connected.story(1).to_dict() == before
    connected.save_documents(container_story())  # more on the same event
    result = connected.update_stories()
    assert result.placed == 3
    assert connected.stories().items[0].articles >= 5


def test_story_by_key_and_unknown(connected):
    assert connected.story("no-such-story") is None
    assert connected.story(999) is None
