"""Developing stories: a story told over months stays one story when its actors and its figure continue."""

from __future__ import annotations

from quellenlage.stories import Connector, StoryClusterer

from .builders import article, claim, qty

NO = ("Norwegen", "iso3166:NO", "Norway")
RU = ("Kreml", "gov:ru", "Russian government")
GOV = ("die Regierung in Oslo", "gov:no", "Norwegian government")


def report(text, day, value=None, ents=(NO, RU, GOV)):
    claims = []
    if value is not None:
        content = f"Trawler hätten {value} Tonnen Kabeljau gefangen"
        text = f"{text} Laut die Regierung in Oslo {content}."
        claims = [claim(content, "die Regierung in Oslo", quantities=[qty(f"{value} Tonnen", "Tonnen", value=value)])]
    return article(text, published=day, entities=list(ents), claims=claims)


def place(articles, clusterer=None):
    c = clusterer or StoryClusterer()
    return [c.add(a) for a in articles], c


def test_a_story_continues_after_two_months_when_actors_and_figure_continue():
    first = report("Norwegen und der Kreml streiten über den Fang vor Spitzbergen.", "2026-09-02", 2000)
    later = report("Wieder streiten Norwegen und der Kreml über Spitzbergen.", "2026-11-10", 3000)
    latest = report("Norwegen und der Kreml: Der Streit um Spitzbergen geht weiter.", "2027-01-20", 6500)
    ids, _ = place([first, later, latest])
    assert len(set(ids)) == 1


def test_without_a_shared_figure_a_report_weeks_later_starts_its_own_story():
    first = report("Norwegen und der Kreml streiten über den Fang vor Spitzbergen.", "2026-09-02", 2000)
    later = report("Norwegen und der Kreml unterzeichnen ein Abkommen über Lachs.", "2026-11-10")
    ids, _ = place([first, later])
    assert ids[0] != ids[1]


def test_one_shared_actor_is_not_enough_after_the_window():
    first = report("Norwegen und der Kreml streiten über den Fang vor Spitzbergen.", "2026-09-02", 2000)
    later = report("In Norwegen wurden 3000 Tonnen Kabeljau gefangen.", "2026-11-10", 3000, ents=(NO,))
    ids, _ = place([first, later])
    assert ids[0] != ids[1]


def test_the_persisted_state_keeps_a_story_a_later_article_can_continue():
    first = report("Norwegen und der Kreml streiten über den Fang vor Spitzbergen.", "2026-09-02", 2000)
    other = report("Ein ganz anderes Thema aus Oslo.", "2026-11-05", ents=(GOV,))
    conn = Connector()
    _, story = conn.add(first)
    conn.add(other)  # the newest article moves the retention window past the first story's 45 days
    again = Connector.from_state(conn.state())
    _, continued = again.add(report("Wieder streiten Norwegen und der Kreml über Spitzbergen.", "2026-11-12", 3000))
    assert continued == story
