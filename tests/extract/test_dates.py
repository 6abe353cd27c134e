import pytest

from quellenlage.extract.dates import parse_date_line


@pytest.mark.parametrize(("line", "iso"), [
    ("06.11.2023, 14:32 Uhr", "2023-11-06T14:32"),
    ("6. November 2023", "2023-11-06"),
    ("Stand: 6. Nov. 2023", "2023-11-06"),
    ("Updated November 6, 2023 at 2:32 pm", "2023-11-06T14:32"),
    ("2023-11-06", "2023-11-06"),
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", [
    "Am 6. November 2023 stimmte der Rat ab.",
    "Der Vertrag läuft bis 31.12.2030 und kostet viel Geld.",
    "Seit 1994",
    "32.13.2023",
])
def test_story_lines_with_dates_are_not_date_lines(line):
    assert parse_date_line(line) is None
