"""The date search on a tree nothing reads afterwards is htmldate's find_date, without its copy."""

from quellenlage.extract.html import load_tree
from quellenlage.extract.pagedate import DATE_PARAMS, _same_steps, search_date


def page(head: str = "", body: str = "<p>Text.</p>") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_the_steps_are_those_of_the_installed_htmldate():
    assert _same_steps()  # else search_date is find_date and the comparison below compares nothing


def test_search_date_finds_what_find_date_finds_on_the_corpus(shared):
    from htmldate import find_date

    from quellenlage.extract.layout import clean_code_points

    paths = sorted((shared / "corpora" / "trafilatura-eval" / "html").glob("*.html"))[::3]
    found = 0
    for path in paths:
        html = clean_code_points(path.read_text(encoding="utf-8", errors="replace"))
        tree = load_tree(html, cleaned=True)
        if tree is None:
            continue
        for url in (None, "https://www.example.org/2021/03/04/artikel.html"):
            expected = find_date(load_tree(html, cleaned=True), url=url, **DATE_PARAMS)
            assert search_date(load_tree(html, cleaned=True), url) == expected, path.name
            found += expected is not None
    assert found > len(paths) // 2


def test_each_step_of_the_search_is_taken():
    cases = {
        "2021-03-04": page(body="<p>Text.</p>"),  # the URL's date (given below)
        "2022-05-06": page('<meta name="og:published_time" content="2022-05-06">'),
        "2020-01-02": page(body='<div class="date">2. Januar 2020</div><p>Text.</p>'),
        "2019-07-08": page(body='<p>Text.</p><footer><span>2019-07-08T10:00:00</span></footer>'),
    }
    for expected, html in cases.items():
        url = "https://www.example.org/2021/03/04/a.html" if expected == "2021-03-04" else None
        assert search_date(load_tree(html), url) == expected
    assert search_date(load_tree(page()), None) is None
