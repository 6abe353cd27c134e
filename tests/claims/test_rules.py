"""The claim rules as a newcomer reads them: one ordered list, each rule a named function,
each language one complete implementation of the interfaces."""

from __future__ import annotations

from quellenlage.claims.engine import LANGUAGES, RULES
from quellenlage.claims.language import ClaimLanguage, NounPhraseRules
from quellenlage.claims.lexicon import PHRASES
from quellenlage.claims.rules.verb_reading import OWNERSHIP


def test_the_rules_run_in_the_documented_order():
    assert [r.name for r in RULES] == [
        "quotation", "reporting cue", "hearsay", "continuation", "hearsay run",
        "continuation around a relative clause"]


def test_a_verb_owns_segments_by_the_first_fitting_way():
    assert [f.__name__ for f in OWNERSHIP] == [
        "heading_verb", "report_clause", "report_of_report", "opening_verb", "verb_with_preposition",
        "figure_verb", "own_segment_verb", "inline_verb", "trailing_verb"]


def test_every_language_answers_both_interfaces():
    assert set(LANGUAGES) == set(PHRASES) == {"de", "en"}
    assert all(isinstance(language, ClaimLanguage) for language in LANGUAGES.values())
    assert all(isinstance(phrases, NounPhraseRules) for phrases in PHRASES.values())
