from __future__ import annotations

from quellenlage.document import RawInput
from quellenlage.ingest.feeds import is_feed, iter_feed, local_page
from quellenlage.ingest.readers import InputError
from tests.ingest.pages import pages, write_atom, write_pages, write_rss


def test_rss_entries_with_full_content(tmp_path):
    path = tmp_path / "news.rss"
    write_rss(path)
    items = list(iter_feed(path))
    assert all(isinstance(x, RawInput) for x in items)
    assert [x.url for x in items] == [p.url for p in pages()]
    for item, page in zip(items, pages(), strict=True):
        assert item.kind == "html"
        assert page.paragraphs[-1].split(".")[0] in item.content  # the full text, not only the summary
        assert f"<title>{page.title}</title>" in item.content
        assert item.name.startswith(f"{path}#")


def test_atom_entries_carry_their_date(tmp_path):
    path = tmp_path / "news.atom"
    write_atom(path)
    items = list(iter_feed(path))
    assert len(items) == len(pages())
    assert 'article:published_time" content="2026-03-02T08:00:00Z"' in items[0].content


def test_linked_pages_beside_the_feed_are_read_instead(tmp_path):
    write_pages(tmp_path)
    path = tmp_path / "feed.xml"
    write_rss(path, links=True)
    items = list(iter_feed(path))
    assert [x.content for x in items] == [p.html() for p in pages()]
    assert [x.url for x in items] == [p.url for p in pages()]  # the entry's guid, the link is relative


def test_a_link_never_leads_out_of_the_feed_folder(tmp_path):
    (tmp_path / "secret.html").write_text("<p>x</p>")
    feed_dir = tmp_path / "feeds"
    feed_dir.mkdir()
    assert local_page(feed_dir / "f.xml", "../secret.html") is None
    assert local_page(feed_dir / "f.xml", "https://example.org/a/secret.html") is None


def test_invalid_xml_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><rss><channel><title>x</title><<<&&& not xml', encoding="utf-8")
    items = list(iter_feed(path))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "not a readable feed" in items[0].reason and "\n" not in items[0].reason


def test_lenient_with_a_damaged_feed_that_still_has_entries(tmp_path):
    path = tmp_path / "news.rss"
    write_rss(path)
    path.write_text(path.read_text(encoding="utf-8").replace("</channel></rss>", "<item><title>cut"),
                    encoding="utf-8")
    items = list(iter_feed(path))
    assert sum(isinstance(x, RawInput) for x in items) >= len(pages())


def test_entry_without_anything_to_read(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    "<item><title>Only a title</title><link>https://x.example/a</link></item></channel></rss>")
    (item,) = iter_feed(path)
    assert isinstance(item, InputError) and "no content" in item.reason


def test_feed_sniffing(tmp_path):
    rss, page = tmp_path / "a.xml", tmp_path / "b.xml"
    write_rss(rss)
    page.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')
    assert is_feed(rss) and not is_feed(page)
