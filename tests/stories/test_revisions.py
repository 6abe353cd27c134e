"""Revisions versus contradictions: one source's later figure is a revision; a disagreement needs two sides."""

from __future__ import annotations

from quellenlage.stories import Story, analyse_story, find_disagreements, find_revisions, group_claims

from .builders import article, claim, qty

KP = ("Nordkorea", "iso3166:KP", "North Korea")
OSLO = ("die Regierung in Oslo", "gov:no", "Norwegian government")
OSLO_EN = ("the Norwegian government", "gov:no", "Norwegian government")


def report(text, content, source, value, day, ents=(KP, OSLO), outlet="tagesblatt.example", lang="de"):
    return article(text, published=day, outlet=outlet, lang=lang, entities=list(ents),
                   claims=[claim(content, source, quantities=[qty(f"{value} Container", "Container", value=value)])])


def story_of(arts):
    return Story("s", [a["article"]["id"] for a in arts])


def test_the_same_canonical_source_giving_more_later_is_a_revision_with_the_days_between():
    first = report("Laut die Regierung in Oslo hat Nordkorea 2000 Container geliefert.",
                   "hat Nordkorea 2000 Container geliefert", "die Regierung in Oslo", 2000, "2026-09-02")
    later = report("the Norwegian government said Nordkorea has shipped 3000 Container.",
                   "Nordkorea has shipped 3000 Container", "the Norwegian government", 3000, "2026-09-14",
                   ents=(KP, OSLO_EN), lang="en")
    arts = [first, later]
    groups = group_claims(story_of(arts), arts)
    (rev,) = find_revisions(groups, arts)
    assert rev.text == "revised 2,000 → 3,000 Container, 12 days later"
    assert [f.value for f in rev.figures] == [2000, 3000] and rev.days == 12
    assert find_disagreements(groups, arts) == []  # the same source (gov:no) under two names: no disagreement


def test_the_timeline_marks_the_revising_figure():
    first = report("Laut die Regierung in Oslo hat Nordkorea 2000 Container geliefert.",
                   "hat Nordkorea 2000 Container geliefert", "die Regierung in Oslo", 2000, "2026-09-02")
    later = report("Laut die Regierung in Oslo hat Nordkorea 3000 Container geliefert.",
                   "hat Nordkorea 3000 Container geliefert", "die Regierung in Oslo", 3000, "2026-09-14")
    analysis = analyse_story(story_of([first, later]), [first, later])
    marks = [(p.figure.value, p.revision) for p in analysis.timeline]
    assert marks == [(2000, None), (3000, "revised 2,000 → 3,000 Container, 12 days later")]
    assert len(analysis.revisions) == 1 and analysis.disagreements == []


def test_the_same_source_on_the_same_day_with_two_figures_disagrees_with_itself():
    a = report("Laut die Regierung in Oslo hat Nordkorea 2000 Container geliefert.",
               "hat Nordkorea 2000 Container geliefert", "die Regierung in Oslo", 2000, "2026-09-02")
    b = report("Laut die Regierung in Oslo sind es 3000 Container aus Nordkorea.",
               "sind es 3000 Container aus Nordkorea", "die Regierung in Oslo", 3000, "2026-09-02",
               outlet="abendpost.example")
    arts = [a, b]
    groups = group_claims(story_of(arts), arts)
    assert find_revisions(groups, arts) == []
    (d,) = find_disagreements(groups, arts)
    assert d.rule_id == "exact-differ"


def test_an_unattributed_side_is_named_by_its_outlet():
    a = report("Laut die Regierung in Oslo hat Nordkorea 2000 Container geliefert.",
               "hat Nordkorea 2000 Container geliefert", "die Regierung in Oslo", 2000, "2026-09-02")
    b = report("Es heißt, Nordkorea habe 5000 Container geliefert.", "Nordkorea habe 5000 Container geliefert",
               None, 5000, "2026-09-03", outlet="news.example")
    arts = [a, b]
    (d,) = find_disagreements(group_claims(story_of(arts), arts), arts)
    assert d.sources == ["Norwegian government", "unattributed, news.example"]


def test_a_denial_repeated_in_two_articles_is_listed_once():
    assert_ = report("Laut die Regierung in Oslo hat Nordkorea 2000 Container geliefert.",
                     "hat Nordkorea 2000 Container geliefert", "die Regierung in Oslo", 2000, "2026-09-02")
    kreml = ("Kreml", "gov:ru", "Russian government")

    def denial(text, day):
        return article(text, published=day, entities=[KP, kreml],
                       claims=[claim("Nordkorea habe keine Container geliefert", "Kreml", stance="deny")])

    arts = [assert_, denial("Der Kreml sagte, Nordkorea habe keine Container geliefert.", "2026-09-05"),
            denial("Erneut sagte der Kreml, Nordkorea habe keine Container geliefert.", "2026-11-02")]
    found = find_disagreements(group_claims(story_of(arts), arts), arts)
    assert [(d.kind, d.sources) for d in found] == [("stance", ["Norwegian government", "Russian government"])]


def test_a_time_expression_is_never_a_source():
    text = "Anfang November hieß es, Nordkorea habe 2000 Container geliefert."
    art = article(text, published="2026-11-04", entities=[KP],
                  claims=[claim("Nordkorea habe 2000 Container geliefert", "Anfang November",
                                quantities=[qty("2000 Container", "Container", value=2000)])])
    analysis = analyse_story(story_of([art]), [art])
    assert [r.source for r in analysis.sources] == [None]
    assert [p.source for p in analysis.timeline] == [None]
