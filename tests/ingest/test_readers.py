from pathlib import Path

import pytest

from quellenlage.ingest.readers import InputError, decode, iter_inputs, read_bytes, read_file, sniff_kind


def test_kind_is_sniffed_from_content_not_the_name():
    assert sniff_kind("<!DOCTYPE html><html><body><p>Text</p></body></html>") == "html"
    assert sniff_kind("Politik\nEin Titel\nDer Text des Artikels.") == "text"
    raw = read_bytes(b"<html><body><p>Inhalt</p></body></html>", "page.txt")
    assert raw.kind == "html"
    warning_first = b"<br />\n<b>Warning</b>: deprecated in <b>x.php</b><br />\n" + b"<p>Text</p>" * 3
    assert sniff_kind(warning_first) == "html"
    assert sniff_kind("Ein Satz mit <b>Fettdruck</b> im gescrapten Text.") == "text"


def test_windows_1252_and_declared_latin1_are_decoded():
    text, enc = decode("Straße über Öl – „Zitat“".encode("cp1252"))
    assert text == "Straße über Öl – „Zitat“"
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße</p></body></html>'.encode("latin-1")
    assert "Grüße" in decode(page)[0]


def test_utf8_bom_is_dropped():
    assert decode("\ufeffHallo".encode("utf-8"))[0] == "Hallo"


@pytest.mark.parametrize(("data", "why"), [
    (b"", "empty"), (b"   \n", "empty"), (b"%PDF-1.7 ...", "PDF"), (b"\x89PNG\r\n", "PNG"),
    (b"abc\x00\x01\x02def", "binary"),
])
def test_inputs_that_are_not_articles(data, why):
    with pytest.raises(InputError, match=why) as info:
        read_bytes(data, "x")
    assert str(info.value).startswith("x: ")


def test_missing_file_and_size_limit(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(InputError, match="too large"):
        read_file(big, max_bytes=1024)


def test_iter_inputs_never_stops_on_a_bad_one(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Ein Artikel.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("")
    results = list(iter_inputs([tmp_path / "missing.txt", tmp_path]))
    assert [type(r).__name__ for r in results] == ["InputError", "RawInput", "InputError"]
