import json

import pytest
from typer.testing import CliRunner

from quellenlage.cli import app

STORY = ("Der Gemeinderat hat am Dienstag den Haushalt beschlossen. Die Kämmerin sagte, die Stadt werde "
         "im kommenden Jahr rund zwei Millionen Euro mehr für Schulen ausgeben. Die Opposition bestritt, "
         "dass das Geld reiche.")
FRENCH = ("Le conseil municipal a adopté mardi le budget de la ville. La trésorière a déclaré que la ville "
          "dépenserait environ deux millions d'euros de plus pour les écoles l'année prochaine. L'opposition "
          "a contesté ce chiffre et demandé un nouveau vote avant la fin du mois.")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def analyze(runner: CliRunner, *args: str, input: str | None = None):
    return runner.invoke(app, ["analyze", "--stage", "sentences=tests.cli.test_analyze:passthrough",
                               "--stage", "tagger=tests.cli.test_analyze:passthrough",
                               "--stage", "quantities=tests.cli.test_analyze:passthrough",
                               "--stage", "entities=tests.cli.test_analyze:passthrough",
                               "--stage", "claims=tests.cli.test_analyze:passthrough", *args], input=input)


def passthrough(doc):
    return doc


def test_one_text_file_prints_the_contract(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Lokales\nHaushalt beschlossen\n{STORY}\nAnzeige", encoding="utf-8")
    result = analyze(runner, str(path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "quellenlage.analysis/1"
    assert data["article"]["title"] == "Haushalt beschlossen"
    assert data["article"]["section"] == "Lokales"
    assert data["article"]["language"] == "de"
    assert data["article"]["text"] == STORY


def test_bad_inputs_fail_one_line_each_and_the_good_one_is_still_processed(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    pdf = tmp_path / "doc.txt"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Start</a></nav></body></html>")
    missing = tmp_path / "missing.txt"
    result = analyze(runner, str(missing), str(empty), str(pdf), str(nav), str(good))
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 4
    for path, why in ((missing, "no such file"), (empty, "empty"), (pdf, "PDF"), (nav, "no article")):
        assert any(str(path) in ln and why in ln for ln in lines), (path, lines)
    assert "Traceback" not in result.output
    outputs = json.loads(result.stdout)  # several inputs: one JSON array
    assert [o["article"]["text"] for o in outputs] == [STORY]


def test_unsupported_language_is_extracted_but_reported_as_failed(runner, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = analyze(runner, str(path))
    assert result.exit_code == 1
    assert "not supported" in result.stderr and str(path) in result.stderr
    assert json.loads(result.stdout)["article"]["language"] == "fr"


def test_too_large_input_is_refused(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (50 * 1024 * 1024))
    result = analyze(runner, str(big))
    assert result.exit_code == 1
    assert "too large" in result.stderr


def test_usage_errors_exit_2(runner):
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["analyze", "--format", "xml", "x.txt"]).exit_code == 2
    assert runner.invoke(app, ["analyze", "--stage", "nope", "x.txt"]).exit_code == 2


def test_directory_is_read_recursively(runner, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(STORY.replace("Dienstag", "Mittwoch"), encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    result = analyze(runner, str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert [d["input"] for d in json.loads(result.stdout)] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]


def test_stdin_is_read_and_its_kind_sniffed(runner):
    result = analyze(runner, "-", input=STORY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["text"] == STORY
    html = f"<html><head><title>Haushalt</title></head><body><article><p>{STORY}</p></article></body></html>"
    result = analyze(runner, "-", input=html)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "<p>" not in data["article"]["text"] and "Kämmerin" in data["article"]["text"]


def test_windows_1252_file_comes_out_as_utf8_json(runner, tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes(STORY.encode("cp1252"))
    result = runner.invoke(app, ["analyze", "--stage", "claims=tests.cli.test_analyze:passthrough", str(path)])
    assert result.exit_code == 0, result.output
    result.stdout_bytes.decode("utf-8")
    assert json.loads(result.stdout)["article"]["text"] == STORY


def test_images_binary_data_and_a_50_mb_page_fail_one_line_each_naming_the_input(runner, tmp_path):
    png = tmp_path / "chart.html"  # the kind is read from the content, not the name
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes([7, 0, 255, 3]) * 1000)
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body><p>" + b"Der Rat tagte lange. " * (50 * 1024 * 1024 // 21) + b"</p></body></html>")
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    result = analyze(runner, str(png), str(noise), str(big), str(french), str(good))
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 4, lines
    for path, why in ((png, "PNG"), (noise, "binary"), (big, "too large"), (french, "not supported")):
        assert any(ln.startswith(f"quellenlage: {path}: ") and why in ln for ln in lines), (path, lines)
    assert "Traceback" not in result.output
    texts = [d["article"]["text"] for d in json.loads(result.stdout)]
    assert STORY in texts  # the good input after four bad ones is still analysed


def test_all_inputs_fine_exits_0_with_nothing_on_stderr(runner, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY.replace("Dienstag", name), encoding="utf-8")
    result = analyze(runner, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 0
    assert result.stderr == ""
