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
