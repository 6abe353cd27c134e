"""lang.read_tsv splits by hand and must give what csv.DictReader gives for the same file."""

from __future__ import annotations

import csv
from pathlib import Path

from quellenlage.lang import read_tsv


def test_rows_match_csv_dictreader_with_short_long_and_comment_lines(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("# a comment\nname\tgender\tnote\nAnna\tf\tshort\nBo\n\nCara\tf\tx\textra\tmore\n"
                    "Dan\t\t\"quoted\"\n", encoding="utf-8")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    expected = [dict(r) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert read_tsv(path) == expected
    assert read_tsv(path)[1] == {"name": "Bo", "gender": None, "note": None}


def test_an_empty_file_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.tsv"
    path.write_text("# only a comment\n", encoding="utf-8")
    assert read_tsv(path) == []
