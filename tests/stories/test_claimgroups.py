from quellenlage.stories import Story, group_claims

from .builders import article, claim, qty

KP = ("Nordkorea", "iso3166:KP", "North Korea")
RU = ("Russland", "iso3166:RU", "Russia")
IR = ("Iran", "iso3166:IR", "Iran")


def story_of(*arts):
    return Story(id="s1", articles=[a["article"]["id"] for a in arts])


def topics(groups):
    return sorted(g.key.topic for g in groups)


def test_different_counted_units_are_different_groups():
    a = article("Nordkorea habe 1.000 Container geliefert. Die Inflation liege bei sieben Prozent.",
                entities=[KP],
                claims=[claim("Nordkorea habe 1.000 Container geliefert", "Amt",
                              quantities=[qty("1.000 Container", "Container", value=1000)]),
                        claim("Die Inflation liege bei sieben Prozent", "Amt",
                              quantities=[qty("sieben Prozent", "Prozent", value=7)])])
    assert topics(group_claims(story_of(a), [a])) == ["unit:container", "unit:percent"]


def test_same_unit_about_disjoint_entities_are_different_groups():
    a = article("Nordkorea habe Russland 1.000 Container geliefert.", entities=[KP, RU],
                claims=[claim("Nordkorea habe Russland 1.000 Container geliefert", "Seoul",
                              quantities=[qty("1.000 Container", "Container", value=1000)])])
    b = article("Iran habe 50 Container erhalten.", entities=[IR],
                claims=[claim("Iran habe 50 Container erhalten", "Tel Aviv",
                              quantities=[qty("50 Container", "Container", value=50)])])
    groups = group_claims(story_of(a, b), [a, b])
    assert len(groups) == 2
    assert {g.key.entities for g in groups} == {("iso3166:KP", "iso3166:RU"), ("iso3166:IR",)}


def test_a_denial_without_figure_joins_the_group_of_the_thing_it_denies_across_languages():
    a = article("North Korea shipped 2,000 containers to Russia, Seoul said.", lang="en",
                entities=[("North Korea", "iso3166:KP", "North Korea"), ("Russia", "iso3166:RU", "Russia")],
                claims=[claim("North Korea shipped 2,000 containers to Russia", "Seoul",
                              quantities=[qty("2,000 containers", "containers", value=2000)])])
    b = article("Der Kreml bestritt, dass Nordkorea Container nach Russland geliefert habe.", entities=[KP, RU],
                claims=[claim("dass Nordkorea Container nach Russland geliefert habe", "Kreml", stance="deny")])
    groups = group_claims(story_of(a, b), [a, b])
    assert len(groups) == 1
    assert groups[0].key.topic == "unit:container"
    assert len(groups[0].claims) == 2


def test_claims_without_figures_group_by_shared_predicate():
    a = article("Die Regierung plane eine Grenzschließung zu Polen. Das Wetter bleibe sonnig.",
                entities=[("Polen", "iso3166:PL", "Poland")],
                claims=[claim("Die Regierung plane eine Grenzschließung zu Polen", "Zeitung"),
                        claim("Das Wetter bleibe sonnig", "Wetterdienst")])
    b = article("Eine Grenzschließung zu Polen sei nicht geplant, sagte die Regierung.",
                entities=[("Polen", "iso3166:PL", "Poland")],
                claims=[claim("Eine Grenzschließung zu Polen sei nicht geplant", "Regierung", stance="deny")])
    groups = group_claims(story_of(a, b), [a, b])
    assert len(groups) == 2
    border = next(g for g in groups if len(g.claims) == 2)
    assert border.key.topic.startswith("predicate:")
    assert border.key.entities == ("iso3166:PL",)


def test_outlet_assertions_are_left_out_unless_asked_for():
    a = article("Es regnete 20 Liter pro Quadratmeter.",
                claims=[claim("Es regnete 20 Liter pro Quadratmeter", None, mode="assertion",
                              quantities=[qty("20 Liter", "Liter", value=20)])])
    assert group_claims(story_of(a), [a]) == []
    assert len(group_claims(story_of(a), [a], include_assertions=True)) == 1


def test_group_ids_are_stable_across_runs():
    a = article("Nordkorea habe 1.000 Container geliefert.", entities=[KP],
                claims=[claim("Nordkorea habe 1.000 Container geliefert", "Amt",
                              quantities=[qty("1.000 Container", "Container", value=1000)])])
    assert [g.id for g in group_claims(story_of(a), [a])] == [g.id for g in group_claims(story_of(a), [a])]


def test_a_syndicated_copy_adds_only_the_claims_its_original_lacks():
    from quellenlage.stories import find_syndication

    body = ("Im Hafen von Kleinstadt liegen seit Tagen Frachter fest, weil die Lotsen streiken. "
            "Die Reederei erklärte, es warteten 14 Schiffe auf die Einfahrt. "
            "Die Gewerkschaft fordert mehr Lohn und kürzere Schichten für ihre Mitglieder. ")
    waiting = claim("es warteten 14 Schiffe auf die Einfahrt", "Reederei",
                    quantities=[qty("14 Schiffe", "Schiffe", value=14)])
    original = article(body, outlet="Eins", published="2026-05-01", claims=[waiting])
    copy = article(body + "Der Hafenmeister sagte, der Schaden gehe in die Millionen.", outlet="Zwei",
                   published="2026-05-02",
                   claims=[waiting, claim("der Schaden gehe in die Millionen", "Hafenmeister")])
    syn = find_syndication([original, copy])
    groups = group_claims(story_of(original, copy), [original, copy], syn)
    members = [c for g in groups for c in g.claims]
    assert len(members) == 2
    assert {m.article_id for m in members} == {original["article"]["id"], copy["article"]["id"]}
