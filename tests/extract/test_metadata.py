"""Page metadata: meta tags, JSON-LD, canonical link, declared dates and bylines in markup."""

from quellenlage.extract.html import load_tree
from quellenlage.extract.metadata import byline_from_markup, declared_date, read_meta


def page(head: str = "", body: str = "<p>Text.</p>") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def test_meta_tags_give_title_site_url_description():
    tree = load_tree(page(
        '<title>Fähre fällt aus - Küstenblatt</title>'
        '<meta property="og:title" content="Fähre fällt aus">'
        '<meta property="og:site_name" content="@Küstenblatt">'
        '<meta name="description" content="Die Fähre nach Hiddensee fährt nicht.">'
        '<link rel="canonical" href="https://www.kuestenblatt.example/region/faehre-1.html">'))
    meta = read_meta(tree)
    assert meta.title == "Fähre fällt aus"
    assert meta.sitename == "Küstenblatt"  # the social-media @ is dropped
    assert meta.url == "https://www.kuestenblatt.example/region/faehre-1.html"
    assert meta.hostname == "www.kuestenblatt.example"
    assert meta.description == "Die Fähre nach Hiddensee fährt nicht."


def test_single_word_author_is_not_a_person():
    tree = load_tree(page('<meta name="author" content="Redaktion">'))
    assert read_meta(tree).author is None
    tree = load_tree(page('<meta name="author" content="Erika Mustermann">'))
    assert read_meta(tree).author == "Erika Mustermann"


def test_declared_date_from_meta_or_json_ld_and_implausible_years_ignored():
    tree = load_tree(page('<meta property="article:published_time" content="2026-03-14T09:30:00+01:00">'))
    assert declared_date(tree) == "2026-03-14"
    tree = load_tree(page('<script type="application/ld+json">{"@type": "NewsArticle", '
                          '"datePublished": "2025-07-01T12:00:00Z"}</script>'))
    assert declared_date(tree) == "2025-07-01"
    tree = load_tree(page('<meta property="article:published_time" content="0001-01-01T00:00:00">'))
    assert declared_date(tree) is None


def test_htmldate_finds_a_date_in_the_page_when_none_is_declared():
    tree = load_tree(page(body='<article><time datetime="2024-02-29">29. Februar 2024</time>'
                                '<p>Die Fähre fährt wieder.</p></article>'))
    assert read_meta(tree).date == "2024-02-29"


def test_byline_from_markup_skips_comments_and_teasers():
    body = ('<div class="comments"><span class="author">Leser Max Meier</span></div>'
            '<article><p class="byline">Von Erika Mustermann</p><p>Text.</p></article>')
    assert byline_from_markup(load_tree(page(body=body))) == "Erika Mustermann"
    assert byline_from_markup(load_tree(page(body="<p>Nur Text, kein Autor.</p>"))) is None


def test_byline_candidates_are_the_elements_the_xpath_selects_in_document_order():
    from quellenlage.extract.metadata import BYLINE_XPATH, _byline_elements

    body = ('<div id="main-author-box"><a rel="author" href="/a">Erika Mustermann</a></div>'
            '<meta itemprop="author" content="Meta Person"><img class="author-photo" src="a.png">'
            '<span class="AuthorName">Max Meier</span><span class="authorship">x</span>'
            '<p class="post-byline">Von A. B.</p><div class="Byline"><i class="writer">C. D.</i></div>'
            '<p class="journalist-box">E. F.</p><p class="WRITER">nicht</p><p id="Author">nicht</p>'
            '<!-- class="author" --><script class="author">x</script><p itemprop="authors">nicht</p>'
            '<p>Text.</p>')
    tree = load_tree(page(body=body))
    expected = tree.xpath(BYLINE_XPATH)
    assert len(expected) == 8
    assert list(_byline_elements(tree)) == expected


def test_a_byline_marked_with_a_reference_is_found_with_the_source_given():
    source = page(body='<p class="&#97;uthor">Erika Mustermann</p><p>Text.</p>')
    assert byline_from_markup(load_tree(source), source) == "Erika Mustermann"
    source = page(body='<p class="name">Erika Mustermann</p><p>Text.</p>')
    assert byline_from_markup(load_tree(source), source) is None


def test_the_meta_tags_and_json_ld_read_in_one_walk_are_those_the_xpaths_select():
    """metas_and_json_ld walks the tree once for the declared date and the section; what the
    Python tests pick from its elements must be what the reference XPaths select."""
    from quellenlage.extract.html import SECTION_XPATH, section_values
    from quellenlage.extract.metadata import (
        JSON_LD_XPATH,
        PUBLISHED_XPATH,
        metas_and_json_ld,
        published_values,
    )
    from quellenlage.extract.tree import xpath

    heads = ['<meta property="article:published_time" content="2024-01-02"><meta name="DC.date.issued" content="x">'
             '<meta name="Date" content="2024-01-03"><meta itemprop="datePublished" content="2024-01-04">'
             '<meta name="section" content="Sport"><meta property="og:section" content="Kultur">'
             '<meta property="article:section"><script type="application/ld+json">{"a": 1}</script>',
             '<meta name="date" content="2024-01-05"><script type="application/json">{}</script>']
    bodies = ['<meta name="pubdate" content="2024-01-06"><meta name="section" content="Im Text">'
              '<script type="application/ld+json">{"datePublished": "2024-01-07"}</script><p>Text.</p>',
              "<p>Text.</p>"]
    for head in heads:
        for body in bodies:
            tree = load_tree(page(head, body))
            metas, json_ld = metas_and_json_ld(tree)
            assert json_ld == xpath(JSON_LD_XPATH)(tree)
            assert published_values(metas) == xpath(PUBLISHED_XPATH)(tree)
            assert section_values(metas) == xpath(SECTION_XPATH)(tree)
    tree = load_tree(page(heads[0], bodies[0]))
    assert published_values(metas_and_json_ld(tree)[0]) == ["2024-01-02", "x", "2024-01-04", "2024-01-06"]
    assert section_values(metas_and_json_ld(tree)[0]) == ["Sport", "Kultur"]


def test_the_one_walk_agrees_with_the_xpaths_on_the_corpus(shared):
    from quellenlage.extract.html import SECTION_XPATH, section_values
    from quellenlage.extract.layout import clean_code_points
    from quellenlage.extract.metadata import (
        JSON_LD_XPATH,
        PUBLISHED_XPATH,
        metas_and_json_ld,
        published_values,
    )
    from quellenlage.extract.tree import xpath

    for path in sorted((shared / "corpora" / "trafilatura-eval" / "html").glob("*.html"))[::5]:
        tree = load_tree(clean_code_points(path.read_text(encoding="utf-8", errors="replace")), cleaned=True)
        if tree is None:
            continue
        metas, json_ld = metas_and_json_ld(tree)
        assert json_ld == xpath(JSON_LD_XPATH)(tree), path.name
        assert published_values(metas) == xpath(PUBLISHED_XPATH)(tree), path.name
        assert section_values(metas) == xpath(SECTION_XPATH)(tree), path.name
