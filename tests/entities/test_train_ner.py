"""Reading the GermEval 2014 format for the optional NER experiment (fixture written here)."""

from __future__ import annotations

from pathlib import Path

from quellenlage.entities.train_ner import read_germeval, spans

FIXTURE = (
    "# comment line\n"
    "1\tMinisterin\tO\tO\n2\tJana\tB-PER\tO\n3\tWeber\tI-PER\tO\n4\tbesuchte\tO\tO\n"
    "5\tdas\tO\tO\n6\tRote\tB-ORG\tO\n7\tKreuz\tI-ORG\tO\n8\tin\tO\tO\n9\tKassel\tB-LOC\tO\n10\t.\tO\tO\n"
    "\n"
    "1\tDie\tO\tO\n2\tdeutschen\tB-LOCderiv\tO\n3\tFans\tO\tO\n4\tsahen\tO\tO\n5\tTatort\tB-OTH\tO\n"
)


def test_reads_sentences_and_outer_spans(tmp_path: Path) -> None:
    path = tmp_path / "mini.tsv"
    path.write_text(FIXTURE, encoding="utf-8")
    sentences = read_germeval(path)
    assert len(sentences) == 2
    words, ents = sentences[0]
    assert words[1:3] == ["Jana", "Weber"]
    assert ents == [(1, 3, "PER"), (5, 7, "ORG"), (8, 9, "LOC")]
    assert sentences[1][1] == []  # LOCderiv and OTH are not learned


def test_spans_close_on_label_change() -> None:
    assert spans(["B-PER", "I-PER", "B-PER", "I-ORG", "O"]) == [(0, 2, "PER"), (2, 3, "PER")]
