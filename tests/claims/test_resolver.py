"""Pronoun resolution: the last fitting person before the pronoun, found by binary search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quellenlage.claims.resolver import Resolver
from quellenlage.document import Document, RawInput
from quellenlage.entities import find_entities


def _scan(entries, offset, gender):
    """The resolution rule written as the plain scan it replaces (quadratic over a long article):
    the last person of the pronoun's gender or of unknown gender, never one of the other gender."""
    best = None
    for off, name, g in entries:
        if off >= offset:
            continue
        if (gender is None or g in (gender, None)) and (best is None or off > best[0]):
            best = (off, name)
    return (best or (0, None))[1]


entry = st.tuples(st.integers(0, 60), st.sampled_from(["A", "B", "C", "D"]), st.sampled_from(["m", "f", None]))


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(entry, max_size=12), st.lists(entry, max_size=12), st.integers(0, 70), st.sampled_from(["m", "f", None]))
def test_resolution_equals_the_scan_over_every_person(candidates, seen, offset, gender) -> None:
    resolver = Resolver(Document(raw=RawInput("t", "", "text")))
    resolver._candidates = []  # no entities stage, no names in the (empty) text
    for off, name, g in candidates:
        resolver._candidate_index.add(off, name, g)
    for off, name, g in seen:
        resolver.note(off, name, g)
    assert resolver.resolve(offset, gender) == _scan(candidates + seen, offset, gender)


def test_pronouns_in_a_long_text_resolve_to_the_nearest_person() -> None:
    text = " ".join(f"Anna Berger{i} traf Jonas Keller{i}. Sie sagte etwas." for i in range(300))
    doc = Document(raw=RawInput("t", text, "text"))
    doc.set_text(text)
    resolver = Resolver(find_entities(doc))  # the resolver reads the entity stage's persons
    last = text.rfind("Sie")
    assert resolver.resolve(last, "f") == "Anna Berger299"
    assert resolver.resolve(last, "m") == "Jonas Keller299"


def _source_names(text: str) -> list[str | None]:
    """The names the pronoun sources ("sie") of the text's claims resolve to."""
    from quellenlage.pipeline import Pipeline

    return [c.source.name for c in Pipeline().analyze_text(text).claims if c.source and c.source.text == "sie"]


def test_a_surname_in_the_text_is_the_person_the_title_names_in_full() -> None:
    """The title names "Greta Hollmann", the text only "Hollmann": "sagte sie" is Greta Hollmann,
    not the organisation named in between."""
    text = ("Greta Hollmann verlässt die Bühne\n\n"
            "Hollmann spielte vierzig Jahre am Stadttheater. Das teilte die Organisation Bühnenfreunde mit. "
            "„Ich habe genug gespielt“, sagte sie am Abend.")
    assert _source_names(text) == ["Greta Hollmann"]


def test_an_organisation_noun_opens_no_persons_name() -> None:
    """ "die Organisation Bühnenfreunde" is no woman a later "sie" could stand for."""
    text = ("Theater\n\nDas Theater schließt im Mai. Das teilte die Organisation Bühnenfreunde Nord mit. "
            "„Wir haben genug gespielt“, sagte sie am Abend.")
    names = _source_names(text)
    assert len(names) == 1 and names[0] != "Organisation Bühnenfreunde Nord"


def test_a_person_noun_before_a_surname_names_a_person_the_pronoun_can_stand_for() -> None:
    """ "Gewerkschaftsvize Brückner" names a man by his surname only; "betonte er" after his quote
    is Brückner even though the quote's own reading comes before the colon lead's."""
    text = ("Tarifrunde\n\nDie Verhandlungen beginnen am Montag.\n\nGewerkschaftsvize Brückner: Zu wenig Anerkennung\n\n"
            "Brückner unterstrich: „Die Arbeitgeber zeigen keine Wertschätzung. Die Leute haben viel geleistet.“ "
            "„Das ist ein fatales Signal“, betonte er.")
    from quellenlage.pipeline import Pipeline

    claims = Pipeline().analyze_text(text).claims
    assert [c.source.name for c in claims if c.source and c.source.text == "er"] == ["Brückner"]


def test_a_name_after_a_reporting_verb_is_a_person_whatever_its_first_name() -> None:
    """ "bestätigte Amadeo Brunschwig": an unknown first name after a reporting verb still names
    the man that "der 46-Jährige" stands for several sentences later; "erklärte Anfang Mai" names nobody."""
    from quellenlage.pipeline import Pipeline

    text = ("Trennung\n\nDas bestätigte Amadeo Brunschwig am Montag. „Wir sind getrennt. Es ist vorbei. "
            "Wir gehen getrennte Wege. Danke für alles“, schrieb der 46-Jährige.")
    claims = Pipeline().analyze_text(text).claims
    assert [c.source.name for c in claims if c.source and c.source.text == "der 46-Jährige"] == ["Amadeo Brunschwig"]
    resolver = Resolver(Pipeline().analyze_text("Die Lage sei gut, erklärte Anfang Mai ein Sprecher."))
    resolver.report_words = {"erklärte"}
    assert all(name != "Anfang Mai" for _off, name, _g in resolver.candidates())


def test_a_pronoun_after_a_name_of_unknown_first_name_is_that_person_not_one_named_earlier() -> None:
    """A person the entities stage does not know, whose first name tells nothing, named in the
    sentence before the pronoun (and by the surname next to a reporting verb elsewhere): "she"
    is that person, not a woman named earlier; a sentence-initial verb ("Seien Sie …") is no name."""
    from quellenlage.pipeline import Pipeline

    doc = Pipeline().analyze_text("Flight\n\nSherine stayed at the clinic. One of the women to flee was 25-year-old "
                                  "Oyelola Okoro, who was pregnant. She walked for days. Later, Okoro said the road was closed.")
    doc.entities = []
    resolver = Resolver(doc)
    resolver.report_words = {"said"}
    resolver.note(doc.text.index("Sherine"), "Sherine")
    resolver.learn("Sherine", "f")
    assert resolver.resolve(doc.text.index("She walked"), "f") == "Oyelola Okoro"
    de = "Bitte\n\nRita Holm sprach. «Seien Sie kreativ», rief sie. Seien Sie bereit, sagte Holm. Das sei gut, sagte sie."
    assert all(c.source.name != "Seien Sie" for c in Pipeline().analyze_text(de).claims if c.source)


def test_the_capitalised_word_scans_match_as_with_the_test_before_the_capital():
    """_WORD and _ROLE_SURNAME test what stands before their first character after it (so ``re``
    can skip ahead): the same matches as the plain "(?<![\\w-])" before it, at the text's
    start, after a hyphen, a line break or a letter, and from a later start position."""
    import re

    from quellenlage.claims import name_index

    plain = {
        name_index._WORD: r"(?<![\w-])\w[\w-]*",
        name_index._ROLE_SURNAME: r"(?<![\w-])([A-ZÄÖÜ][\w-]*[a-zäöüß])[ ]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w-])",
    }
    texts = ["Anna Berg", "x-Anna Berg", "\nAnna Berg", "Die GdP-Vize Klemmer sagt", "-Vize Klemmer", "AB Cd",
             "Ä Öl-Ärger", "xAnna Berg", "Landrätin Weidauer-Schmitt und Ministerin Ober sagten"]
    for fast, pattern in plain.items():
        reference = re.compile(pattern)
        for text in texts:
            for pos in range(len(text)):
                assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == \
                       [(m.span(), m.groups()) for m in reference.finditer(text, pos)], (text, pos)
