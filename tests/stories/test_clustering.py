import json
import random

from quellenlage.stories import StoryClusterer, cluster_stories

from .builders import article

DE = ("Deutschland", "iso3166:DE", "Germany")


def report(text, published, *entities, lang="de", outlet="Blatt"):
    return article(text, outlet=outlet, published=published, lang=lang, entities=list(entities))


def flood(published, lang="de", extra=""):
    text = extra + ("Nach tagelangem Regen ist die Elbe bei Pirna über die Ufer getreten. Sachsen rief den Katastrophenfall aus."
            if lang == "de" else
            "After days of rain the Elbe burst its banks near Pirna. Saxony declared a state of emergency.")
    names = ("Elbe", "Pirna", "Sachsen") if lang == "de" else ("Elbe", "Pirna", "Saxony")
    return report(text, published, (names[0], "geo:elbe", "Elbe"), (names[1], "geo:pirna", "Pirna"),
                  (names[2], "iso3166:DE-SN", "Saxony"), lang=lang)


def summit(published):
    return report("Beim Gipfel in Lissabon stritten Portugal und Spanien über Fischereiquoten im Atlantik.",
                  published, ("Lissabon", "geo:lisbon", "Lisbon"), ("Portugal", "iso3166:PT", "Portugal"),
                  ("Spanien", "iso3166:ES", "Spain"))


def partition(stories):
    return sorted(sorted(s.articles) for s in stories)


def test_same_event_in_two_languages_is_one_story_through_entity_refs():
    stories = cluster_stories([flood("2026-06-01"), flood("2026-06-02", lang="en"), summit("2026-06-01")])
    assert sorted(len(s.articles) for s in stories) == [1, 2]
    flood_story = next(s for s in stories if len(s.articles) == 2)
    assert set(flood_story.languages) == {"de", "en"}
    assert flood_story.label.split(" · ")[0] in {"Elbe", "Pirna", "Saxony"}


def test_one_shared_country_does_not_make_two_events_one_story():
    a = report("Die Regierung in Berlin beschloss ein neues Heizungsgesetz.", "2026-06-01",
               DE, ("Berlin", "geo:berlin", "Berlin"), ("Bundestag", "org:bundestag", "Bundestag"))
    b = report("Die Fußballnationalmannschaft gewann in München gegen Frankreich.", "2026-06-02",
               DE, ("München", "geo:munich", "Munich"), ("Frankreich", "iso3166:FR", "France"))
    assert len(cluster_stories([a, b])) == 2


def test_an_article_far_outside_the_story_dates_starts_a_new_story():
    stories = cluster_stories([flood("2026-06-01"), flood("2026-06-05", lang="en"), flood("2026-09-20", extra="Wieder Hochwasser. ")])
    assert sorted(len(s.articles) for s in stories) == [1, 2]


def test_batch_result_does_not_depend_on_input_order():
    arts = [flood("2026-06-01"), flood("2026-06-02", lang="en"), summit("2026-06-01"), summit("2026-06-03")]
    expected = partition(cluster_stories(arts))
    shuffled = arts[:]
    random.Random(7).shuffle(shuffled)
    assert partition(cluster_stories(shuffled)) == expected


def test_clusterer_continues_from_persisted_state():
    c = StoryClusterer()
    first = c.add(flood("2026-06-01"))
    c.add(summit("2026-06-01"))
    again = StoryClusterer.from_state(json.loads(json.dumps(c.state())))
    assert again.add(flood("2026-06-03", lang="en")) == first
    assert again.story(first).first_date.isoformat() == "2026-06-01"
    assert len(again.story(first).articles) == 2


def test_candidates_come_from_shared_entities_or_similar_text_only():
    c = StoryClusterer()
    for i in range(30):  # thirty unrelated stories
        c.add(report(f"Meldung Nummer {i} über den Verein Nummer {i} und seine Mitglieder.", "2026-06-01",
                     (f"Verein{i}", f"org:verein-{i}", f"Club {i}")))
    rec_story = c.add(flood("2026-06-01"))
    from quellenlage.stories import as_record

    probe = as_record(flood("2026-06-02", lang="en"))
    found = c.candidates(c.top_keys(probe), c._text_signature(probe.text))
    assert set(found) == {rec_story}
