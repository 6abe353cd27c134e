"""HTML pages: trafilatura for the body and its metadata, htmldate for the date."""

from __future__ import annotations

from ..document import Document


def extract_html(doc: Document) -> Document:
    import trafilatura

    html = doc.raw.content
    result = trafilatura.bare_extraction(html, url=doc.raw.url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=False)
    art = doc.article
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        art.title = data.get("title")
        art.url = data.get("url") or doc.raw.url
        art.outlet = data.get("sitename") or data.get("hostname")
        art.published = data.get("date")
        author = data.get("author")
        art.authors = [a.strip() for a in author.split(";") if a.strip()] if author else []
        art.categories = list(data.get("categories") or [])
        art.description = data.get("description")
    else:
        text = ""
    doc.set_text(text)
    return doc
