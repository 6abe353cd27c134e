"""The results' ``to_dict`` gives what ``dataclasses.asdict`` gives (it only skips the deep copy)."""

from __future__ import annotations

from dataclasses import asdict

from quellenlage.store.results import (
    ArticleSummary,
    DisagreementOut,
    Figure,
    Page,
    SearchHit,
    SourceLine,
    StoryDetail,
    StorySummary,
)

from .docs import event_story


def _line(content: str, figures: list[Figure]) -> SourceLine:
    return SourceLine(source="Kreml", source_kind="org", mode="reportive", stance="deny", hedged=True,
                      content=content, figures=figures, date="2023-11-01", outlets=["taz.de", "zeit.de"],
                      article_ids=["a1", "a2"], claim_group=3)


def test_to_dict_is_asdict_with_nested_results_lists_and_copies():
    figure = Figure(text="2.000 Container", value=2000.0, approx=True, unit="Container", unit_lemma="Container")
    line = _line("Es gebe keine Lieferungen.", [figure])
    dis = DisagreementOut(kind="figure", rule="r", rule_id=None, explanation=None, claim_group=3, a=line, b=None)
    assert dis.to_dict() == asdict(dis)
    assert dis.to_dict()["a"]["figures"] == [asdict(figure)]
    data = line.to_dict()
    data["outlets"].append("x")  # a copy, as asdict gives: the result itself is unchanged
    assert line.outlets == ["taz.de", "zeit.de"]
    hit = SearchHit(ArticleSummary("a1", None, "taz.de", "T", None, "de", 2, ["dpa"]), "…\x02Kreml\x03 …")
    assert hit.to_dict() == asdict(hit)
    page = Page([hit], total=1, limit=20, offset=0, exact=False)
    assert page.to_dict() == asdict(page)


def test_story_summaries_say_whether_they_disagree_where_asdict_did():
    summary = StorySummary(id=1, title="T", first_published=None, last_published=None, articles=2, outlets=2,
                           languages=["de"], disagreements=1)
    assert summary.to_dict() == {**asdict(summary), "disagrees": True}
    assert Page([summary], 1, 50, 0).to_dict() == asdict(Page([summary], 1, 50, 0))  # items as asdict gives them
    detail = StoryDetail(story=summary, articles=[], sources=[], claim_groups=[], disagreements=[], timeline=[])
    assert detail.to_dict() == {**asdict(detail), "story": summary.to_dict()}


def test_a_stored_story_to_dict_is_its_asdict(store):
    store.save_documents(event_story())
    store.update_stories()
    detail = store.story(store.stories().items[0].id)
    assert detail.sources and detail.timeline and detail.disagreements
    assert detail.to_dict() == {**asdict(detail), "story": detail.story.to_dict()}
