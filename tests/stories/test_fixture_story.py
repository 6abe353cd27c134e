"""The written test story (tests/fixtures/story/) through the real analysis pipeline.

Syndication depends only on extraction and is always tested. Stories across languages
need the entity linker's canonical refs, claim groups and disagreements need the claim
engine; those tests say so and skip while the engine gives nothing to connect.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.pipeline import analyze
from quellenlage.stories import connect

STORY = Path(__file__).resolve().parent.parent / "fixtures" / "story"


@pytest.fixture(scope="module")
def docs():
    return {p.name[:2]: analyze(p) for p in sorted(STORY.glob("*.html"))}


@pytest.fixture(scope="module")
def conn(docs):
    return connect(docs.values())


def needs_refs(docs):
    if not any(e.ref == "iso3166:KP" for d in docs.values() for e in d.entities):
        pytest.skip("the entity linker gives no canonical ref for North Korea yet")


def needs_claims(docs):
    if not any(c.stance == "deny" for c in docs["04"].claims) or not docs["03"].claims:
        pytest.skip("the claim engine finds no claims (or no denial) in the fixture yet")


def story_analysis(conn, docs):
    story = conn.story_of(docs["01"].article.id)
    return conn.analyses[story.id]


def test_the_dpa_text_printed_twice_is_one_syndication_group(docs, conn):
    copies = [g for g in conn.syndication if g.copies]
    assert len(copies) == 1
    group = copies[0]
    assert set(group.articles) == {docs["01"].article.id, docs["02"].article.id}
    assert group.canonical == docs["01"].article.id  # published earlier the same day
    assert group.outlets == ["Tagesblatt", "Abendpost"]
    assert "dpa" in group.agencies
    # the other pages, although on the same subject, are not copies
    assert len(conn.syndication) == len(docs) - 1


def test_german_and_english_reports_form_one_story_apart_from_the_rail_story(docs, conn):
    needs_refs(docs)
    story = conn.story_of(docs["01"].article.id)
    assert {conn.story_of(docs[k].article.id).id for k in ("02", "03", "04", "05")} == {story.id}
    assert set(story.languages) == {"de", "en"}
    assert conn.story_of(docs["06"].article.id).id != story.id
    assert "North Korea" in story.label


def test_container_claims_group_and_disagree(docs, conn):
    needs_refs(docs)
    needs_claims(docs)
    analysis = story_analysis(conn, docs)
    containers = [g for g in analysis.groups if g.key.topic == "unit:container"]
    assert len(containers) == 1
    members = containers[0].claims
    stances = {conn.records[c.article_id].claim(c.claim_id).stance for c in members}
    assert stances == {"assert", "deny", "uncertain"}
    assert docs["02"].article.id not in {c.article_id for c in members}  # the copy counts once

    figure = [d for d in analysis.disagreements if d.kind == "figure"]
    values = [sorted(f.sort_value for f in d.figures) for d in figure]
    assert values == [[2000, 3000]]  # "more than 1,000" agrees with both
    assert figure[0].rule_id in {"outside-tolerance", "exact-differ"}
    # the Kremlin's denial stands against every source that asserts deliveries
    stance = [d for d in analysis.disagreements if d.kind == "stance"]
    deniers = {d.claims[1] for d in stance}
    assert len(deniers) == 1 and next(iter(deniers)).article_id == docs["04"].article.id
    assert {docs["01"].article.id, docs["03"].article.id} <= {d.claims[0].article_id for d in stance}
    assert all(d.rule_id == "deny-vs-assert" for d in stance)


def test_timeline_orders_each_figure_by_date_and_source(docs, conn):
    needs_refs(docs)
    needs_claims(docs)
    points = [p for p in story_analysis(conn, docs).timeline if p.figure.unit_lemma == "container"]
    assert [(p.date.isoformat(), p.figure.sort_value) for p in points] == [
        ("2026-10-13", 1000), ("2026-11-01", 2000), ("2026-11-03", 3000)]
    assert points[0].outlets == ["Tagesblatt", "Abendpost"]
