"""Bad input never breaks the engine or yields a claim over the whole text."""

from __future__ import annotations

from quellenlage.claims.engine import MAX_CLAIM

from .helpers import claims_of


def test_unclosed_and_unbalanced_quotes_in_a_long_paragraph() -> None:
    unit = '„Das ist gut“, sagte Max Roth. Die Lage sei ernst. Laut Polizei kamen 300 Menschen. "Offen ohne Ende '
    text = unit * 1000  # 100,000 characters in one paragraph
    claims = claims_of(text)
    assert len(claims) >= 2000
    assert max(c.span.end - c.span.start for c in claims) <= MAX_CLAIM
    for c in claims[:50]:
        assert c.content.text == text[c.content.start:c.content.end]


def test_one_long_quote_and_a_run_on_sentence() -> None:
    text = "„" + "Wir reden und reden, " * 3000 + "\n" + "und dann sagte er, es sei gut " * 500
    claims = claims_of(text)
    assert all(c.span.end - c.span.start <= MAX_CLAIM for c in claims)


def test_flattened_table_and_foreign_passages() -> None:
    text = ("Name | Partei | Stimmen | Anteil " * 400 + "\nThe minister said the plan was good. "
            "Le ministre a dit que le plan était bon. Der Minister sagte, der Plan sei gut.")
    claims = claims_of(text)
    assert any("Plan sei gut" in c.span.text for c in claims)
    assert all(c.span.end - c.span.start <= MAX_CLAIM for c in claims)
