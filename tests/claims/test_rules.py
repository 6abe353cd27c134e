"""The claim rules as a newcomer reads them: one ordered list, each rule a named function,
each language one complete implementation of the interfaces."""

from __future__ import annotations

from quellenlage.claims.engine import RULES
from quellenlage.claims.language import ClaimLanguage, NounPhraseRules, claim_language, noun_phrase_rules
from quellenlage.claims.rules.verb_reading import OWNERSHIP


def test_the_rules_run_in_the_documented_order():
    assert [r.name for r in RULES] == [
        "quotation", "quote run-on", "reporting cue", "hearsay", "continuation", "hearsay run",
        "continuation around a relative clause"]


def test_a_verb_owns_segments_by_the_first_fitting_way():
    assert [f.__name__ for f in OWNERSHIP] == [
        "heading_verb", "report_clause", "report_of_report", "opening_verb", "verb_with_preposition",
        "figure_verb", "own_segment_verb", "inline_verb", "trailing_verb"]


def test_every_language_answers_both_interfaces():
    for code in ("de", "en"):
        assert isinstance(claim_language(code), ClaimLanguage)
        assert isinstance(noun_phrase_rules(code), NounPhraseRules)
    assert type(claim_language("en")).__name__ == "English" and type(noun_phrase_rules("en")).__name__ == "EnglishPhrases"


def test_a_language_without_modules_is_read_as_german():
    assert claim_language("fr") is claim_language("de")
    assert noun_phrase_rules("fr") is noun_phrase_rules("de")
    assert claim_language("../x") is claim_language("de")  # no module path from a code
