"""claims/figure_claims.py: a figure belongs to the sentence that states it (invented sentences)."""

from __future__ import annotations

from quellenlage.pipeline import analyze


def _rows(text: str) -> list[tuple[str, str | None, list[float]]]:
    return [(c.content.text, c.source.name if c.source else None, [q.value for q in c.quantities])
            for c in analyze(text).claims]


def test_a_quotation_with_two_figures_is_cut_around_each_figure_sentence():
    rows = _rows("„Es waren 2.000 Container. Das wissen alle. Im Frühjahr kommen 500 weitere“, "
                 "sagte der Sprecher Ole Dahl.")
    assert [r[2] for r in rows] == [[2000], [], [500]]
    assert {r[1] for r in rows} == {"Ole Dahl"}
    assert rows[0][0].startswith("Es waren 2.000") and rows[2][0].startswith("Im Frühjahr")


def test_sentences_between_figures_stay_together():
    rows = _rows("„Es waren 2.000 Container. Das wissen alle. Es ist kein Geheimnis. Im Frühjahr kommen "
                 "500 weitere“, sagte der Sprecher Ole Dahl.")
    assert [r[2] for r in rows] == [[2000], [], [500]]
    assert rows[1][0] == "Das wissen alle. Es ist kein Geheimnis."


def test_a_claim_without_figures_stays_whole():
    rows = _rows("„Wir sind bereit. Das wissen alle“, sagte der Sprecher Ole Dahl.")
    assert rows == [("Wir sind bereit. Das wissen alle", "Ole Dahl", [])]


def test_the_pieces_keep_the_span_of_the_cue():
    claims = analyze("„Es waren 2.000 Container. Im Frühjahr kommen 500 weitere“, sagte die Sprecherin Ida Roth.").claims
    assert len(claims) == 2
    assert claims[0].span.text.startswith("„Es waren") and claims[-1].span.text.endswith("Ida Roth")
    assert [c.id for c in claims] == ["c1", "c2"]
