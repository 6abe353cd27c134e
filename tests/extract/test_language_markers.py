"""A paragraph plainly in a language the analysis reads is told by its function words
(``lang/<lang>/language_markers.toml``) without loading lingua; anything less plain is left to
lingua, and where the test answers, lingua answers the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quellenlage.extract import language
from quellenlage.extract.language import language_of, sure_by_markers

ROOT = Path(__file__).resolve().parent.parent.parent
GERMAN = ("Der Gemeinderat von Unterwald hat am Montag beschlossen, dass die alte Mühle am Bach nicht "
          "abgerissen wird. Sie soll bis zum Herbst zu einem Treffpunkt für Vereine und Schulen umgebaut "
          "werden. Die Kosten von rund einer Million Euro trägt zum größten Teil das Land, sagte die "
          "Bürgermeisterin. Auch die Anwohner können sich bei einer Versammlung über die Pläne informieren.")
ENGLISH = ("The town council of Eastbrook decided on Monday that the old mill by the stream will not be torn "
           "down. It is to be turned into a meeting place for clubs and schools by the autumn, and the cost of "
           "about one million pounds would be borne mostly by the county, the mayor said. Residents who have "
           "questions about the plans can attend a meeting that the council has called for next week.")
DUTCH = ("De gemeenteraad van Onderwoud heeft maandag besloten dat de oude molen aan de beek niet wordt "
         "afgebroken. Hij moet tot de herfst worden omgebouwd tot een ontmoetingsplaats voor verenigingen en "
         "scholen. De kosten van ongeveer een miljoen euro worden grotendeels door de provincie gedragen, zei "
         "de burgemeester. Ook de bewoners kunnen zich op een bijeenkomst over de plannen laten informeren.")
MIXED = ("Der Gemeinderat hat am Montag beschlossen, dass die Mühle bleibt und umgebaut wird. "
         "The council said that the mill would be kept and that there are plans for a new meeting place "
         "which they have discussed with residents. Auch die Schulen sollen sie nutzen können, aber erst "
         "nach dem Umbau, der mehr als ein Jahr dauern wird, und nur wenn das Land zahlt.")


def _lingua(text: str) -> str | None:
    lang = language._detector().detect_language_of(text[:language.SAMPLE_CHARS])
    return lang.iso_code_639_1.name.lower() if lang is not None else None


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_a_plain_paragraph_is_told_by_its_function_words_as_lingua_tells_it(text, code):
    assert sure_by_markers(text[:language.SAMPLE_CHARS]) == code
    assert _lingua(text) == code


@pytest.mark.parametrize("text", [DUTCH, MIXED, "Und das ist es. " * 3])
def test_a_paragraph_in_another_language_mixed_or_too_short_is_left_to_lingua(text):
    assert sure_by_markers(text[:language.SAMPLE_CHARS]) is None


def test_lingua_is_not_loaded_for_a_plain_german_paragraph():
    probe = ("import sys; from quellenlage.extract.language import language_of; "
             f"print(language_of({GERMAN!r}), 'lingua' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.split() == ["de", "False"]


def test_lingua_still_answers_what_the_test_leaves():
    assert language_of(DUTCH) == "nl"
