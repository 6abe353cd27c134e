"""Hand-written test articles (invented events, written for these tests) and the files built from them.

``write_pages`` saves them as HTML files, ``write_warc`` packs them into a WARC (with
the request, redirect and image records a real crawl also has), ``write_rss`` /
``write_atom`` make feeds. The tests build their inputs with these functions in a
temporary folder; nothing binary is kept in the repository.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

ARTICLES = [
    ("de", "Hafen Rostock meldet Rekord bei Fährverkehr", "2026-03-02", [
        "Der Hafen Rostock hat im vergangenen Jahr so viele Fährpassagiere abgefertigt wie nie zuvor.",
        "Nach Angaben der Hafengesellschaft nutzten mehr als 2,9 Millionen Menschen die Verbindungen nach "
        "Skandinavien. Geschäftsführerin Anke Rehberg sagte, der Zuwachs komme vor allem aus Schweden.",
        "Die Stadtverwaltung erklärte, sie wolle den Anleger im Stadthafen bis 2028 ausbauen. Kritiker "
        "bezweifeln jedoch, dass die Zufahrtsstraßen den zusätzlichen Verkehr aufnehmen können.",
    ]),
    ("de", "Streit um neue Radwege in Kassel", "2026-03-04", [
        "In Kassel wird weiter über die geplanten Radwege entlang der Wilhelmshöher Allee gestritten.",
        "Der Verkehrsdezernent sagte am Dienstag, die Stadt habe 14 Millionen Euro an Fördermitteln beantragt. "
        "Die Händler der Innenstadt befürchten dagegen, dass rund 300 Parkplätze wegfallen.",
        "Ein Sprecher des Fahrradclubs nannte die Pläne einen überfälligen Schritt. Die Entscheidung soll im "
        "Mai im Stadtparlament fallen.",
    ]),
    ("en", "Lighthouse keepers return to remote island station", "2026-03-05", [
        "For the first time in three decades, keepers will live at the lighthouse on the northern island.",
        "The maritime authority said on Thursday that two keepers would staff the station from April. "
        "A spokeswoman said the decision followed several failures of the automatic lamp last winter.",
        "Local fishermen welcomed the move. One skipper said the light had gone dark at least four times, "
        "which he called a serious danger for boats returning at night.",
    ]),
    ("en", "City council approves budget for new library", "2026-03-06", [
        "The city council has approved a budget of 42 million dollars for a new central library.",
        "The mayor said the building would open in 2029 and hold more than 600,000 books. Opposition "
        "councillors argued that the cost estimate was far too optimistic.",
        "Construction is expected to begin next spring on the site of the former bus depot, officials said.",
    ]),
    ("de", "Imker beklagen schlechte Honigernte", "2026-03-08", [
        "Die Imker in Niedersachsen haben im vergangenen Sommer deutlich weniger Honig geerntet.",
        "Der Landesverband teilte mit, die Ernte sei um etwa ein Drittel gesunken. Als Grund nannte ein "
        "Sprecher den nassen Frühling, in dem die Bienen kaum ausfliegen konnten.",
        "Das Landwirtschaftsministerium kündigte an, die Lage zu prüfen. Hilfen seien derzeit aber nicht "
        "geplant, sagte eine Sprecherin.",
    ]),
    ("en", "Train operator blames storm for week of delays", "2026-03-09", [
        "The regional train operator has blamed last week's storm for a series of long delays.",
        "A company spokesman said fallen trees had blocked the line in at least 12 places. Passenger groups "
        "said the operator had been too slow to clear the tracks and to inform travellers.",
        "The transport minister said she would ask the operator for a full report by the end of the month.",
    ]),
]


@dataclass
class Page:
    slug: str
    url: str
    lang: str
    title: str
    date: str
    paragraphs: list[str]

    def html(self) -> str:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        return (f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8">'
                f"<title>{html.escape(self.title)}</title>"
                f'<meta property="article:published_time" content="{self.date}T08:00:00Z">'
                f'<link rel="canonical" href="{self.url}"></head><body>'
                f'<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>'
                f"<article><h1>{html.escape(self.title)}</h1>{body}</article>"
                f"<footer>Impressum · Datenschutz</footer></body></html>")


def pages() -> list[Page]:
    out = []
    for i, (lang, title, date, paragraphs) in enumerate(ARTICLES):
        slug = f"artikel-{i + 1}"
        out.append(Page(slug, f"https://news.example.org/{date}/{slug}.html", lang, title, date, paragraphs))
    return out


def many_pages(n: int) -> list[Page]:
    """``n`` distinct pages (the hand-written ones with a numbered closing line)."""
    base = pages()
    out = []
    for i in range(n):
        p = base[i % len(base)]
        out.append(Page(f"seite-{i:03d}", f"https://news.example.org/seite-{i:03d}.html", p.lang, p.title, p.date,
                        [*p.paragraphs, f"Dies ist Fassung Nummer {i} des Textes."]))
    return out


def write_pages(folder: Path, selection: list[Page] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for page in selection or pages():
        path = folder / f"{page.slug}.html"
        path.write_text(page.html(), encoding="utf-8")
        paths.append(path)
    return paths


def write_warc(path: Path, selection: list[Page] | None = None, gzip: bool = True, extras: bool = True) -> list[int]:
    """A WARC of the pages, each a response record preceded by its request; returns the response offsets."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "quellenlage tests"}))
    for page in selection or pages():
        req = StatusAndHeaders(f"GET /{page.slug}.html HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(page.url, "request", http_headers=req))
        body = page.html().encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                              ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(page.url, "response", payload=io.BytesIO(body),
                                                      length=len(body), http_headers=headers))
        if extras:
            _extras(writer, page)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    it = ArchiveIterator(io.BytesIO(buf.getvalue()))
    offsets = []
    for record in it:
        if record.rec_type == "response" and record.http_headers.get_statuscode() == "200" and \
                "html" in record.http_headers.get_header("Content-Type", ""):
            offsets.append(it.offset)
    return offsets


def _extras(writer, page: Page) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    moved = StatusAndHeaders("301 Moved Permanently", [("Location", page.url)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(page.url.replace("https:", "http:"), "response",
                                                  payload=io.BytesIO(b""), length=0, http_headers=moved))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(page.url.replace(".html", ".png"), "response",
                                                  payload=io.BytesIO(png), length=len(png), http_headers=img))


def write_rss(path: Path, selection: list[Page] | None = None, links: bool = False) -> None:
    """An RSS 2.0 feed; with ``links`` the entries only link to pages (saved beside the feed)."""
    items = []
    for page in selection or pages():
        link = f"{page.slug}.html" if links else page.url
        content = "" if links else (
            "<content:encoded><![CDATA[" + "".join(f"<p>{html.escape(p)}</p>" for p in page.paragraphs)
            + "]]></content:encoded>")
        items.append(f"<item><title>{html.escape(page.title)}</title><link>{html.escape(link)}</link>"
                     f"<guid>{page.url}</guid><pubDate>Mon, 09 Mar 2026 08:00:00 GMT</pubDate>"
                     f"<description>{html.escape(page.paragraphs[0])}</description>{content}</item>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Testnachrichten</title>'
        "<link>https://news.example.org/</link><description>Tests</description>"
        + "".join(items) + "</channel></rss>", encoding="utf-8")


def write_atom(path: Path, selection: list[Page] | None = None) -> None:
    entries = []
    for page in selection or pages():
        content = "".join(f"<p>{html.escape(p)}</p>" for p in page.paragraphs)
        entries.append(f"<entry><title>{html.escape(page.title)}</title><id>{page.url}</id>"
                       f'<link href="{page.url}"/><updated>{page.date}T08:00:00Z</updated>'
                       f'<content type="html">{html.escape(content)}</content></entry>')
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                    "<title>Test</title><id>urn:test</id><updated>2026-03-09T08:00:00Z</updated>"
                    + "".join(entries) + "</feed>", encoding="utf-8")
