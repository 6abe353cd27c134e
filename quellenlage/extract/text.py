"""Already-scraped plain text: title, section and date from the page's own lines."""

from __future__ import annotations

from ..document import Document


def extract_text(doc: Document) -> Document:
    lines = [ln.strip() for ln in doc.raw.content.splitlines()]
    paragraphs = [ln for ln in lines if ln]
    if paragraphs:
        doc.article.title = paragraphs[0]
    doc.set_text("\n\n".join(paragraphs))
    return doc
