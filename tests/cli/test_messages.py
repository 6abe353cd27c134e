"""Messages that say what happened and what the user can do (an unsupported language in ingest,
a WARC record with a damaged header)."""

from __future__ import annotations

from typer.testing import CliRunner

from quellenlage.cli import app
from tests.ingest.pages import pages, write_warc
from tests.ingest.stages import FAST

FRENCH = ("Le conseil municipal a adopté mardi le budget de la ville. La trésorière a déclaré que la ville "
          "dépenserait environ deux millions d'euros de plus pour les écoles l'année prochaine. L'opposition "
          "a contesté ce chiffre et demandé un nouveau vote avant la fin du mois.")
NOOP_AFTER_LANGUAGE = [arg for name in ("sentences", "tagger", "quantities", "entities", "claims")
                       for arg in ("--stage", f"{name}={FAST[name]}")]


def ingest(tmp_path, *args):
    return CliRunner().invoke(app, ["ingest", "--db", f"sqlite:///{tmp_path / 'q.db'}", "--jobs", "1",
                                    "--no-stories", *args])


def test_unsupported_language_in_ingest_does_not_claim_anything_was_extracted(tmp_path):
    page = tmp_path / "fr.txt"
    page.write_text(FRENCH, encoding="utf-8")
    result = ingest(tmp_path, *NOOP_AFTER_LANGUAGE, str(page))
    assert result.exit_code == 1
    line = next(ln for ln in result.stderr.splitlines() if str(page) in ln)
    assert "language 'fr' is not supported (Quellenlage reads de, en)" in line
    assert "extracted" not in line


def test_unsupported_language_in_analyze_says_what_is_printed(tmp_path):
    page = tmp_path / "fr.txt"
    page.write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", *NOOP_AFTER_LANGUAGE, str(page)])
    assert result.exit_code == 1
    assert "not supported (Quellenlage reads de, en); only its text and metadata are printed" in result.stderr


def test_a_damaged_warc_header_is_named_as_such(tmp_path):
    warc = tmp_path / "crawl.warc"
    offsets = write_warc(warc, pages()[:3], gzip=False)
    data = warc.read_bytes()
    at = data.index(b"\r\nWARC-Target-URI", offsets[1])  # the field runs into the line before it
    warc.write_bytes(data[:at] + b"x0" + data[at + 2:])
    result = ingest(tmp_path, *[a for n, t in FAST.items() for a in ("--stage", f"{n}={t}")], str(warc))
    assert result.exit_code == 1
    line = next(ln for ln in result.stderr.splitlines() if "corrupt record" in ln)
    assert f"#{offsets[1]}" in line and "header is damaged" in line
    assert "NoneType" not in result.stderr and "startswith" not in result.stderr
    assert "2 added" in result.stderr or "2 added" in result.stdout
