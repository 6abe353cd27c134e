"""The stage, the string API and quantities_within as the claims engine uses them."""

from __future__ import annotations

from quellenlage.document import Document, RawInput
from quellenlage.pipeline import Pipeline
from quellenlage.quantities import find_quantities, parse_quantities, quantities_within

TEXT = (
    "Nordkorea soll seit 2023 mehr als 1.000 Container geliefert haben.\n"
    "Südkorea spricht von 2.000 Containern, die am 3. Oktober verschifft wurden."
)


def _doc(text: str, language: str | None = "de") -> Document:
    doc = Document(raw=RawInput(name="t", content=text, kind="text"))
    doc.set_text(text)
    doc.article.language = language
    return doc


def test_stage_sets_all_figures_sorted_with_true_offsets() -> None:
    doc = find_quantities(_doc(TEXT))
    assert [q.lower or q.value for q in doc.quantities] == [1000, 2000]
    assert [q.start for q in doc.quantities] == sorted(q.start for q in doc.quantities)
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == q.text


def test_stage_uses_the_article_language() -> None:
    assert find_quantities(_doc("It cost 2,000 dollars.", "en")).quantities[0].value == 2000
    assert find_quantities(_doc("Es kostete 2,000 Euro.", "de")).quantities[0].value == 2


def test_unsupported_language_gives_no_figures_rather_than_guesses() -> None:
    assert find_quantities(_doc("Il a payé 2.000 euros.", "fr")).quantities == []
    assert parse_quantities("2.000 Container", "xx") == []


def test_within_returns_only_figures_inside_the_span() -> None:
    doc = find_quantities(_doc(TEXT))
    first_sentence_end = TEXT.index("\n")
    inside = quantities_within(doc, 0, first_sentence_end)
    assert [q.lower for q in inside] == [1000]
    second = quantities_within(doc, first_sentence_end, len(TEXT))
    assert [q.value for q in second] == [2000]


def test_within_keeps_a_figure_whose_bound_word_lies_outside_the_content() -> None:
    doc = find_quantities(_doc(TEXT))
    start = TEXT.index("1.000")
    assert [q.lower for q in quantities_within(doc, start, start + 30)] == [1000]


def test_within_refuses_a_document_the_stage_has_not_run_on() -> None:
    import pytest

    from quellenlage.quantities import QuantitiesNotRun

    doc = _doc(TEXT)
    with pytest.raises(QuantitiesNotRun, match="the quantities stage has not run"):
        quantities_within(doc, 0, len(TEXT))
    assert doc.quantities == []  # nothing ran unseen
    assert len(quantities_within(find_quantities(doc), 0, len(TEXT))) == 2


def test_pipeline_stage_is_registered() -> None:
    doc = Pipeline(stages=["extract", "language", "quantities"]).analyze_text(
        "Die Regierung teilte am Montag mit, dass mehr als 1.000 Container mit Munition "
        "nach Russland geliefert worden seien. Das kostete rund 10 Millionen Euro."
    )
    assert any(q.lower == 1000 for q in doc.quantities)
    assert any(q.value == 10_000_000 and q.currency == "EUR" for q in doc.quantities)


def test_quantities_within_matches_a_scan_of_every_figure_and_follows_a_replaced_list() -> None:
    # quantities_within searches an index by start (a scan per claim made long texts quadratic);
    # it must give what a scan over all figures gives, also after the list is replaced.
    text = " ".join(f"Es kamen mehr als {n}.000 Menschen und rund {n} Prozent." for n in range(2, 40))
    doc = _doc(text)
    find_quantities(doc)

    def scan(start: int, end: int) -> list:
        from quellenlage.quantities import _number_inside

        return [q for q in doc.quantities
                if min(end, q.end) - max(start, q.start) > 0
                and (2 * (min(end, q.end) - max(start, q.start)) >= q.end - q.start or _number_inside(q, start, end))]

    for start in range(0, len(text), 37):
        for width in (5, 40, 400):
            assert quantities_within(doc, start, start + width) == scan(start, start + width)
    doc.quantities = doc.quantities[:1]
    assert quantities_within(doc, 0, len(text)) == doc.quantities
