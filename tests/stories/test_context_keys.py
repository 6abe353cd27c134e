"""Towns, their institutions and the agency credit do not make unrelated reports one story.

The entity stage finds towns ("Rostock") and local institutions ("Staatsanwaltschaft
Rostock"); every crime or council report from one town names them, and every dpa report
credits dpa. Articles written for this test, analysed by the real pipeline.
"""

from __future__ import annotations

from quellenlage.pipeline import analyze
from quellenlage.stories import cluster_stories

OIL = """Ölfilm vor Warnemünde

Rostock (dpa) - Vor Warnemünde treibt seit Tagen ein Ölfilm. Die Staatsanwaltschaft Rostock ermittelt
gegen die Reederei eines Frachters. Ein Sprecher der Staatsanwaltschaft Rostock sagte, es sei offen,
woher das Öl stamme. Die Wasserschutzpolizei spricht von 80 Tonnen Altöl."""

TRAM = """Neue Straßenbahnlinie für Rostock

Rostock (dpa) - Die Stadt Rostock will bis 2030 eine neue Straßenbahnlinie in den Nordwesten bauen.
Der Bürgerschaft liegt ein Plan mit Kosten von 120 Millionen Euro vor. Die Polizei Rostock rechnet
während der Bauarbeiten mit Staus."""

BURGLARY = """Einbruchsserie in Rostock aufgeklärt

Rostock (dpa) - Nach einer Serie von Einbrüchen in Gartenlauben hat die Polizei Rostock zwei Männer
festgenommen. Die Staatsanwaltschaft Rostock beantragte Haftbefehle. Ein Sprecher der
Staatsanwaltschaft Rostock sagte, die Männer hätten gestanden."""

BURGLARY_AGAIN = """Gartenlauben-Einbrecher in Rostock gefasst

Rostock - Die Polizei Rostock hat nach der Serie von Einbrüchen in Gartenlauben zwei Männer
festgenommen. Die Staatsanwaltschaft Rostock beantragte Haftbefehle gegen die beiden Männer,
die Einbrüche in Gartenlauben hätten sie gestanden, sagte ein Sprecher der Staatsanwaltschaft."""


def test_the_town_and_its_institutions_are_found() -> None:
    refs = {e.ref for e in analyze(BURGLARY).entities}
    assert {"city:de:rostock", "inst:police:de:rostock", "inst:prosecutor:de:rostock"} <= refs


def test_three_reports_from_one_town_stay_three_stories() -> None:
    stories = cluster_stories([analyze(OIL), analyze(TRAM), analyze(BURGLARY)])
    assert sorted(len(s.articles) for s in stories) == [1, 1, 1]


def test_one_report_told_twice_is_still_one_story() -> None:
    stories = cluster_stories([analyze(OIL), analyze(BURGLARY), analyze(BURGLARY_AGAIN)])
    assert sorted(len(s.articles) for s in stories) == [1, 2]


def test_the_example_told_in_german_and_english_is_one_story() -> None:
    """Across languages only entities join: here the group's own name, beside town and police."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    de = analyze(examples / "ostsee-oelfilm.txt")
    en = analyze(examples / "ostsee-oelfilm-en.txt")
    assert "org:meeresschutz-nord" in {e.ref for e in de.entities} & {e.ref for e in en.entities}
    stories = cluster_stories([de, en, analyze(OIL.replace("Ölfilm", "Ölteppich")), analyze(TRAM)])
    together = next(s for s in stories if de.article.id in s.articles)
    assert en.article.id in together.articles
