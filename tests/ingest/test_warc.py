from __future__ import annotations

import gzip as gz

import pytest

from quellenlage.document import RawInput
from quellenlage.ingest.readers import InputError
from quellenlage.ingest.warc import Skipped, is_warc, iter_warc
from tests.ingest.pages import pages, write_warc


def split(items):
    raws = [x for x in items if isinstance(x, RawInput)]
    errors = [x for x in items if isinstance(x, InputError)]
    skipped = [x for x in items if isinstance(x, Skipped)]
    return raws, errors, skipped


@pytest.mark.parametrize("compressed", [True, False])
def test_reads_html_responses_with_url_and_stable_names(tmp_path, compressed):
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    offsets = write_warc(path, gzip=compressed)
    raws, errors, skipped = split(list(iter_warc(path)))
    assert not errors
    assert [r.url for r in raws] == [p.url for p in pages()]
    assert [r.name for r in raws] == [f"{path}#{o}" for o in offsets]
    assert all(r.kind == "html" and "<article>" in r.content for r in raws)
    reasons = {s.reason for s in skipped}
    assert {"request record", "warcinfo record", "HTTP status 301", "not HTML (image/png)"} <= reasons


def test_recognises_warc_by_content(tmp_path):
    path = tmp_path / "crawl.bin"
    write_warc(path)
    assert is_warc(path)
    other = tmp_path / "page.html"
    other.write_text("<html><body><p>x</p></body></html>")
    assert not is_warc(other)


def test_corrupt_gzip_member_is_an_error_and_the_rest_is_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path)
    data = bytearray(path.read_bytes())
    bad = offsets[2]
    data[bad + 20:bad + 60] = b"\x00" * 40  # inside the third page's gzip member
    path.write_bytes(bytes(data))
    raws, errors, _ = split(list(iter_warc(path)))
    urls = [r.url for r in raws]
    expected = [p.url for i, p in enumerate(pages()) if i != 2]
    assert urls == expected
    assert len(errors) == 1 and errors[0].name == f"{path}#{bad}"
    assert "corrupt record" in errors[0].reason and "\n" not in errors[0].reason


def test_garbage_between_records_of_an_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    offsets = write_warc(path, gzip=False, extras=False)
    data = path.read_bytes()
    cut = offsets[3]
    path.write_bytes(data[:cut] + b"THIS IS NOT A WARC HEADER\r\nfoo: bar\r\n\r\nrubbish\r\n\r\n" + data[cut:])
    raws, errors, _ = split(list(iter_warc(path)))
    assert [r.url for r in raws] == [p.url for p in pages()]
    assert len(errors) == 1 and "corrupt record" in errors[0].reason


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("where", [0.2, 0.8])  # in the record's header, in its payload
def test_truncated_file_reports_the_cut_record_and_keeps_the_others(tmp_path, compressed, where):
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    offsets = write_warc(path, gzip=compressed, extras=False)
    data = path.read_bytes()
    cut = offsets[-1] + int((len(data) - offsets[-1]) * where)
    path.write_bytes(data[:cut])  # the download stopped inside the last page
    raws, errors, _ = split(list(iter_warc(path)))
    assert [r.url for r in raws] == [p.url for p in pages()[:-1]]
    assert len(errors) == 1 and errors[0].name.endswith(f"#{offsets[-1]}")
    assert "truncated" in errors[0].reason or "corrupt" in errors[0].reason


def test_not_a_warc_at_all(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gz.compress(b"hello, this is no crawl\n" * 10))
    raws, errors, _ = split(list(iter_warc(path)))
    assert not raws
    assert errors and "not a WARC file" in errors[0].reason


def test_oversized_payload_is_refused_without_stopping(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, extras=False)
    sizes = [len(p.html().encode()) for p in pages()]
    limit = sorted(sizes)[len(sizes) // 2]
    raws, errors, _ = split(list(iter_warc(path, max_bytes=limit)))
    assert len(raws) == sum(s <= limit for s in sizes)
    assert len(errors) == sum(s > limit for s in sizes) > 0
    assert all("too large" in e.reason for e in errors)
