"""A changed page replaces what was stored for its URL (``ingest URL --refetch``).

An article is keyed by its text, so a page edited after it was stored comes back as another
article. Stored as it is, the old text would stay on record for a URL that no longer shows it,
and both versions would sit in one story. So a refetched page whose text changed **replaces**
the page it was stored as, in one transaction with storing the new text:

* the old text was on this page only: the article is deleted as ``delete`` deletes it (its
  claims, entities' mentions, figures and appearances; every story it was in computed again,
  an emptied story removed — :mod:`.delete`);
* the old text also appeared on other pages (an agency text printed elsewhere, unchanged
  there): only this page is taken from it — the article keeps its other appearances, and the
  first of them becomes its page when this was — and its stories are computed again;
* then the new text is stored like any page: a new article, or another appearance of a text
  already stored.

An unchanged page (the same text) is known and nothing is written. Alerts already raised keep
their text; the new version's claims are looked at by the next alert run like any new article's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from .models import AppearanceRow, ArticleRow
from .write import SaveResult, as_contract, save_documents


def replace_pages(session: Session, docs: list[Any], input_names: Mapping[str, str] | None = None) -> SaveResult:
    """Store ``docs`` (refetched pages), each replacing what its URL or input name held before."""
    names = dict(input_names or {})
    added, known, pages, replaced = [], 0, 0, 0
    for doc in docs:
        c = as_contract(doc)
        art = c["article"]
        name = names.get(art["id"])
        olds = _stored_at(session, art.get("url"), name)
        if any(article_id == art["id"] for _, article_id in olds):
            known += 1  # the same text: unchanged
            continue
        for article_pk, article_id in olds:
            _take_page(session, article_pk, article_id, art.get("url"), name)
        replaced += bool(olds)
        result = save_documents(session, [c], {art["id"]: name} if name else {})
        added += result.added_ids
        known += result.known
        pages += result.appearances
    return SaveResult(len(added), known, tuple(added), appearances=pages, replaced=replaced)


def _stored_at(session: Session, url: str | None, name: str | None) -> list[tuple[int, str]]:
    """(pk, id) of the articles stored with a page at ``url`` or from the input ``name``."""
    conds = [AppearanceRow.url == url] if url else []
    conds += [AppearanceRow.input_name == name] if name else []
    if not conds:
        return []
    rows = session.execute(select(ArticleRow.pk, ArticleRow.id).join(AppearanceRow, AppearanceRow.article_pk == ArticleRow.pk)
                           .where(or_(*conds)).distinct()).all()
    return sorted((pk, aid) for pk, aid in rows)


def _take_page(session: Session, article_pk: int, article_id: str, url: str | None, name: str | None) -> None:
    from . import delete as deleting

    pages = session.execute(select(AppearanceRow.pk, AppearanceRow.url, AppearanceRow.input_name, AppearanceRow.outlet,
                                   AppearanceRow.title, AppearanceRow.published)
                            .where(AppearanceRow.article_pk == article_pk).order_by(AppearanceRow.pk)).all()
    mine = [p for p in pages if (url and p.url == url) or (name and p.input_name == name)]
    rest = [p for p in pages if p not in mine]
    if not rest:
        deleting.delete_article(session, article_id)
        return
    session.execute(delete(AppearanceRow).where(AppearanceRow.pk.in_([p.pk for p in mine])))
    row = session.get(ArticleRow, article_pk)
    if row is not None and any((row.url and row.url == p.url) or (row.input_name and row.input_name == p.input_name)
                               for p in mine):
        first = rest[0]  # the article's page is now its first other appearance
        session.execute(update(ArticleRow).where(ArticleRow.pk == article_pk)
                        .values(url=first.url, outlet=first.outlet, input_name=first.input_name))
    session.flush()
    deleting.refresh_stories_of(session, article_pk)
