"""Appearances: every page where a stored text appeared (exact syndication).

A text is stored once, keyed by the content hash of its clean text. The page it first came
from is its first appearance; the same text on another page (a wire story printed word for
word by another outlet) adds an appearance — URL, outlet, title, date — to the stored
article instead of being dropped. A story counts the outlets of every appearance of its
articles ("carried by 8 outlets"); near-copies (edited texts) stay articles of their own,
grouped as syndicated copies by the connect layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .models import AppearanceRow, ArticleRow

KEY_LENGTH = AppearanceRow.__table__.c.key.type.length  # type: ignore[attr-defined]


def appearance_key(article_id: str, url: str | None, outlet: str | None) -> str:
    """What makes an appearance the same on a rerun: its URL, else the text with its outlet."""
    if url:
        return url[:KEY_LENGTH]
    return f"text:{article_id}|{outlet or ''}"[:KEY_LENGTH]


def new_page(pages: Iterable[tuple[str | None, str | None]], url: str | None, outlet: str | None) -> bool:
    """Is a known text at (``url``, ``outlet``) a page not among ``pages`` (its stored (url, outlet) pairs)?

    Another URL is another page; without a URL on either side, only another outlet is (the same
    saved page in two folders, or once as a file and once in a crawl, is one page)."""
    for known_url, known_outlet in pages:
        if url and known_url == url:
            return False
        if known_outlet == outlet and not (url and known_url):
            return False
    return True


def pages_of(session: Session, article_pks: Iterable[int]) -> dict[int, list[tuple[str | None, str | None]]]:
    """Article pk -> the (url, outlet) of each of its stored appearances."""
    pks = list(set(article_pks))
    out: dict[int, list[tuple[str | None, str | None]]] = {}
    if pks:
        for apk, url, outlet in session.execute(select(AppearanceRow.article_pk, AppearanceRow.url,
                                                       AppearanceRow.outlet).where(AppearanceRow.article_pk.in_(pks))):
            out.setdefault(apk, []).append((url, outlet))
    return out


def appearance_row(article_pk: int, contract: Mapping[str, Any], input_name: str | None, now: datetime,
                   done: bool) -> dict[str, Any]:
    art = contract["article"]
    return {"article_pk": article_pk, "key": appearance_key(art["id"], art.get("url"), art.get("outlet")),
            "url": art.get("url"), "outlet": art.get("outlet"), "title": art.get("title"),
            "published": art.get("published"), "input_name": input_name, "seen_at": now, "stories_done": done}


def known_keys(session: Session, keys: Iterable[str]) -> set[str]:
    keys = list(set(keys))
    return set(session.scalars(select(AppearanceRow.key).where(AppearanceRow.key.in_(keys)))) if keys else set()


def add(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert appearance rows (strings already cut to their columns by ``write.fitted``)."""
    if rows:
        session.execute(insert(AppearanceRow), rows)


def of_articles(session: Session, article_pks: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Article pk -> its appearances (url, outlet, title, published), first seen first."""
    pks = list(set(article_pks))
    out: dict[int, list[dict[str, Any]]] = {}
    if not pks:
        return out
    rows = session.execute(select(AppearanceRow.article_pk, AppearanceRow.url, AppearanceRow.outlet,
                                  AppearanceRow.title, AppearanceRow.published)
                           .where(AppearanceRow.article_pk.in_(pks)).order_by(AppearanceRow.pk)).all()
    for r in rows:
        out.setdefault(r.article_pk, []).append({"url": r.url, "outlet": r.outlet, "title": r.title,
                                                 "published": r.published})
    return out


def pending_articles(session: Session) -> list[int]:
    """Pks of placed articles with appearances their stories have not counted yet."""
    return list(session.scalars(
        select(ArticleRow.pk).join(AppearanceRow, AppearanceRow.article_pk == ArticleRow.pk)
        .where(AppearanceRow.stories_done.is_(False), ArticleRow.stories_done.is_(True)).distinct()))


def mark_done(session: Session, article_pks: Iterable[int]) -> None:
    pks = list(set(article_pks))
    if pks:
        session.execute(update(AppearanceRow).where(AppearanceRow.article_pk.in_(pks))
                        .values(stories_done=True))
