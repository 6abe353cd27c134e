import json

from quellenlage.stories import Connector, connect

from .story_set import reports, unrelated


def by_outlet(conn, outlet):
    return next(r for r in conn.records.values() if r.outlet == outlet)


def test_reports_in_two_languages_form_one_story_and_the_unrelated_article_another():
    conn = connect([unrelated(), *reports()])
    assert len(conn.stories) == 2
    story = conn.story_of(by_outlet(conn, "dailyglobe.example").id)
    assert len(story.articles) == 5
    assert set(story.languages) == {"de", "en"}
    assert story.first_date.isoformat() == "2026-10-13" and story.last_date.isoformat() == "2026-11-05"
    assert "North Korea" in story.label and "Russia" in story.label
    assert conn.story_of(by_outlet(conn, "tagesblatt.example").id) is not None


def test_the_syndicated_copy_is_one_group_with_the_earliest_as_canonical():
    conn = connect(reports())
    groups = [g for g in conn.syndication if g.copies]
    assert len(groups) == 1
    g = groups[0]
    assert conn.records[g.canonical].outlet == "tagesblatt.example"
    assert g.outlets == ["tagesblatt.example", "abendpost.example"]
    assert g.agencies == ["dpa"]


def test_container_claims_of_all_sources_form_one_group_across_languages():
    conn = connect(reports())
    analysis = next(iter(conn.analyses.values()))
    unit_groups = [g for g in analysis.groups if g.key.topic == "unit:container"]
    assert len(unit_groups) == 1
    group = unit_groups[0]
    sources = {conn.records[c.article_id].claim(c.claim_id).source for c in group.claims}
    assert sources == {"United States", "South Korea", "Kremlin", "Geheimdienst", "UK Ministry of Defence"}
    assert "iso3166:KP" in group.key.entities
    # the copy's claim is its original's claim: counted once
    assert len(group.claims) == 5


def test_disagreements_name_the_rule():
    conn = connect(reports())
    analysis = next(iter(conn.analyses.values()))
    figure = [d for d in analysis.disagreements if d.kind == "figure"]
    assert [sorted(s for s in d.sources) for d in figure] == [["Geheimdienst", "South Korea"]]
    assert figure[0].rule_id == "outside-tolerance"
    stance = [d for d in analysis.disagreements if d.kind == "stance"]
    assert {d.sources[0] for d in stance} == {"United States", "South Korea", "Geheimdienst"}
    assert all(d.sources[1] == "Kremlin" and d.rule_id == "deny-vs-assert" for d in stance)
    # "unclear" is never a disagreement
    assert not any("UK Ministry of Defence" in d.sources for d in analysis.disagreements)


def test_timeline_lists_each_figure_by_date_and_counts_the_copy_once():
    conn = connect(reports())
    points = next(iter(conn.analyses.values())).timeline
    assert [(p.date.isoformat(), p.source, p.figure.describe()) for p in points] == [
        ("2026-10-13", "United States", "more than 1,000 Container"),  # units as each article wrote them
        ("2026-11-01", "South Korea", "about 2,000 containers"),
        ("2026-11-03", "Geheimdienst", "3,000 Containern"),
    ]
    assert points[0].outlets == ["tagesblatt.example", "abendpost.example"]


def test_incremental_state_round_trips_and_keeps_clustering():
    arts = reports()
    first = Connector()
    for a in arts[:3]:
        first.add(a)
    reloaded = Connector.from_state(json.loads(json.dumps(first.state())))  # persistable as JSON
    _, sid = reloaded.add(arts[3])
    _, sid_unrelated = reloaded.add(unrelated())
    assert sid == first.clusterer.story_of[arts[0]["article"]["id"]]
    assert sid_unrelated != sid
    group, _ = reloaded.add(arts[1])  # already known: same group, nothing duplicated
    assert group.copies == [arts[1]["article"]["id"]]
