"""Linking source spans, aliasing within an article, and pronoun helpers."""

from __future__ import annotations

from quellenlage.entities import last_person_before, link_source, persons

from .helpers import analyse, entity_at


def span(doc, surface: str) -> tuple[int, int]:
    pos = doc.text.find(surface)
    assert pos >= 0
    return pos, pos + len(surface)


ARTICLE = (
    "Südkoreas Präsident Yoon Suk-yeol hat die USA gewarnt. "
    "Das britische Verteidigungsministerium hält das für unwahrscheinlich. "
    "Yoon betonte die Partnerschaft. Es sei unklar, so das Ministerium. "
    "Ein Sprecher des Kremls wies das zurück. "
    "Ministerin Anna Berger sagte, sie sei besorgt. "
    "Der Landesverband des Kfz-Gewerbes Thüringen rechnet mit weniger Kunden. "
    "Die Deutsche Bahn widerspricht. Die Bahn bleibe pünktlich, sagte Bahnchef Richard Lutz."
)


def test_ids_follow_first_mention() -> None:
    doc = analyse(ARTICLE)
    assert [e.id for e in doc.entities] == [f"e{n}" for n in range(1, len(doc.entities) + 1)]
    firsts = [e.mentions[0].start for e in doc.entities]
    assert firsts == sorted(firsts)


def test_mentions_are_offsets_into_the_text() -> None:
    doc = analyse(ARTICLE)
    assert entity_at(doc, "Yoon Suk-yeol").canonical == "Yoon Suk Yeol"
    for e in doc.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert doc.text[m.start : m.end].strip() == doc.text[m.start : m.end]


def test_family_name_alone_is_the_same_person() -> None:
    doc = analyse(ARTICLE)
    assert entity_at(doc, "Yoon") is entity_at(doc, "Yoon Suk-yeol")


def test_link_person_inside_role_phrase() -> None:
    doc = analyse(ARTICLE)
    eid = link_source(doc, *span(doc, "Südkoreas Präsident Yoon Suk-yeol"))
    assert doc.entity(eid).ref == "person:yoon-suk-yeol"


def test_link_ministry_and_bare_ministry() -> None:
    doc = analyse(ARTICLE)
    full = link_source(doc, *span(doc, "Das britische Verteidigungsministerium"))
    bare = link_source(doc, *span(doc, "das Ministerium"))
    assert doc.entity(full).canonical == "UK Ministry of Defence"
    assert bare == full


def test_link_spokesperson_of_a_body_to_the_body() -> None:
    doc = analyse(ARTICLE)
    eid = link_source(doc, *span(doc, "Ein Sprecher des Kremls"))
    assert doc.entity(eid).ref == "gov:ru"


def test_link_described_organisation_creates_an_entity() -> None:
    doc = analyse(ARTICLE)
    before = len(doc.entities)
    eid = link_source(doc, *span(doc, "Der Landesverband des Kfz-Gewerbes Thüringen"))
    entity = doc.entity(eid)
    assert entity.type == "ORG" and entity.name.startswith("Landesverband")
    assert len(doc.entities) == before + 1
    # asked again, the same entity
    assert link_source(doc, *span(doc, "Der Landesverband des Kfz-Gewerbes Thüringen")) == eid


def test_link_weak_name_after_full_name() -> None:
    doc = analyse(ARTICLE)
    assert doc.entity(link_source(doc, *span(doc, "Die Bahn"))).ref == "org:deutsche-bahn"


def test_link_gives_none_for_pronouns_and_generic_nouns() -> None:
    doc = analyse("Er sagte, Experten seien skeptisch. Sie sagte das auch.")
    assert link_source(doc, *span(doc, "Er")) is None
    assert link_source(doc, *span(doc, "Experten")) is None


def test_link_new_person_from_name_span() -> None:
    doc = analyse("Das sagte gestern Monika Keller am Telefon.")
    eid = link_source(doc, *span(doc, "Monika Keller"))
    assert doc.entity(eid).type == "PER" and doc.entity(eid).gender == "f"


def test_link_english_sources() -> None:
    doc = analyse(
        "ISD spokesman Tahir Della said so. Some Republicans suspect more. The White House declined.", "en"
    )
    assert doc.entity(link_source(doc, *span(doc, "ISD spokesman Tahir Della"))).ref == "person:tahir-della"
    assert doc.entity(link_source(doc, *span(doc, "Some Republicans"))).ref == "party:us:republican"
    assert doc.entity(link_source(doc, *span(doc, "The White House"))).ref == "gov:us"


def test_persons_and_gender_for_pronouns() -> None:
    doc = analyse(ARTICLE)
    names = [p.canonical for p in persons(doc)]
    assert "Yoon Suk Yeol" in names and "Anna Berger" in names
    she = doc.text.find("sie sei")
    assert last_person_before(doc, she, "f").canonical == "Anna Berger"
    assert last_person_before(doc, she, "m").canonical == "Yoon Suk Yeol"
    assert last_person_before(doc, 0, "m") is None


def test_role_first_then_full_name_is_one_person() -> None:
    doc = analyse(
        "Bundesverkehrsminister Scheuer lobte den Plan. Später sagte Andreas Scheuer, es gehe voran."
    )
    a, b = entity_at(doc, "Scheuer"), entity_at(doc, "Andreas Scheuer")
    doc2 = analyse("Bundesverkehrsminister Scheuer lobte den Plan.")
    assert entity_at(doc2, "Scheuer") is not None
    assert a is b or a is None  # the last "Scheuer" is inside the full name
    assert len([e for e in doc.entities if e.type == "PER"]) == 1


def test_different_first_names_are_different_people() -> None:
    doc = analyse("Helmut Peter sagte das. Dann sprach Maria Peter.")
    people = [e for e in doc.entities if e.type == "PER"]
    assert len(people) == 2
    assert {p.gender for p in people} == {"m", "f"}


def test_capital_as_source_is_the_country() -> None:
    doc = analyse("Die Gespräche fanden in Washington statt. Aus Pjöngjang hieß es, man sei bereit.")
    city = entity_at(doc, "Washington")
    assert city.type == "LOC"
    eid = link_source(doc, *span(doc, "Washington"))
    assert doc.entity(eid).ref == "iso3166:US"
    assert doc.entity(link_source(doc, *span(doc, "Pjöngjang"))).ref == "iso3166:KP"


def test_link_name_in_apposition_to_an_organisation_word() -> None:
    doc = analyse("Wie das Magazin Technology Review berichtet, sinken die Kosten.")
    assert doc.entity(link_source(doc, *span(doc, "Magazin Technology Review"))).ref == "media:technology-review"


def test_link_role_with_a_place_is_not_the_place() -> None:
    doc = analyse("Ein BMW-Händler in Weimar sagte, die Kunden kämen zurück.")
    eid = link_source(doc, *span(doc, "BMW-Händler in Weimar"))
    assert eid is None or doc.entity(eid).type != "LOC"


def test_link_genitive_place_before_a_plural_is_not_the_place() -> None:
    doc = analyse("Thüringens Autohäuser rechnen mit weniger Kunden.")
    assert link_source(doc, *span(doc, "Thüringens Autohäuser")) is None


def test_link_english_committee_named_by_its_last_word() -> None:
    doc = analyse("The Right Women PAC said it would spend money in the primaries.", "en")
    entity = doc.entity(link_source(doc, *span(doc, "Right Women PAC")))
    assert entity.type == "ORG" and entity.name == "Right Women PAC"


def test_family_name_goes_to_the_nearest_namesake() -> None:
    doc = analyse("Bill Lipinski retired in 2004. His son Dan Lipinski won the seat. Lipinski said so.", "en")
    assert doc.entity(link_source(doc, *span(doc, "Lipinski said"[:8]))).canonical in ("Bill Lipinski",)
    last = doc.text.rfind("Lipinski")
    assert doc.entity(link_source(doc, last, last + 8)).canonical == "Dan Lipinski"


def test_first_name_then_role_word_is_a_person() -> None:
    doc = analyse("Wayne King, the deputy chief of staff, said he was told late.", "en")
    assert entity_at(doc, "Wayne King").type == "PER"


APPOSITION = [
    ("Die Umweltorganisation Meeresschutz Nord geht von mehr aus.", "Die Umweltorganisation Meeresschutz Nord",
     "org:meeresschutz-nord", "de"),
    ("The environmental group Meeresschutz Nord said more.", "The environmental group Meeresschutz Nord",
     "org:meeresschutz-nord", "en"),
    ("Die Reederei Nordstern Shipping wies das zurück.", "Die Reederei Nordstern Shipping",
     "org:nordstern-shipping", "de"),
    ("The charity Sea Shepherd said the spill was larger.", "The charity Sea Shepherd", "org:sea-shepherd", "en"),
    # nouns that are part of the name keep it whole
    ("Der Landesverband des Kfz-Gewerbes Thüringen rechnet mit weniger.", "Der Landesverband des Kfz-Gewerbes Thüringen",
     "org:landesverband-des-kfz-gewerbes-thuringen", "de"),
    ("Die Initiative Saubere Ostsee warnt.", "Die Initiative Saubere Ostsee", "org:initiative-saubere-ostsee", "de"),
]


def test_name_in_apposition_is_the_organisation() -> None:
    for text, source, ref, code in APPOSITION:
        doc = analyse(text, code)
        eid = link_source(doc, *span(doc, source))
        assert eid is not None and doc.entity(eid).ref == ref, (text, doc.entity(eid))


def test_person_after_a_company_noun_is_no_organisation() -> None:
    doc = analyse("The company founder Anna Berg said more.", "en")
    eid = link_source(doc, *span(doc, "The company founder Anna Berg"))
    assert eid is None or doc.entity(eid).type == "PER"


def test_mentions_stay_sorted_and_unique_when_added_out_of_order() -> None:
    from quellenlage.document import Entity
    from quellenlage.entities.mentions import add_mention

    ent = Entity("e1", "Keller", "PER")
    for start in (50, 10, 30, 10, 70, 30, 0):
        add_mention(ent, start, start + 6)
    add_mention(ent, 10, 12)
    assert [(m.start, m.end) for m in ent.mentions] == [(0, 6), (10, 12), (10, 16), (30, 36), (50, 56), (70, 76)]


def test_overlapping_mentions_are_those_a_full_scan_finds() -> None:
    from quellenlage.entities.mentions import overlapping
    from quellenlage.entities.registry import index_of

    doc = analyse(ARTICLE + " Yoon und Berger sprachen mit dem Kreml. Anna Berger sagte nichts.")
    index = index_of(doc)
    for s in range(0, len(doc.text), 7):
        for width in (1, 9, 60):
            e = s + width
            expected = [(m, ent) for ent in doc.entities for m in ent.mentions if m.start < e and m.end > s]
            assert overlapping(doc, index.longest, s, e) == expected, (s, e)
