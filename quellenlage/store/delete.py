"""Deleting an article, and every trace of it in the stories, in one transaction.

A takedown request must leave nothing behind: the article row goes with its entities'
mentions, claims, figures and appearances (``ON DELETE CASCADE``); the connect state forgets
it (its syndication group and story profile); every story it was in is computed again from
the articles that remain — counts, claim groups, disagreements, revisions, timeline,
appearances — and a story left without articles disappears. All of it commits together or
not at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .connect import _save_story, _save_syndication, contract, load_connector, save_connector
from .models import ArticleRow, StoryArticleRow, StoryRow, SyndicationGroupRow


def delete_article(session: Session, article_id: str) -> bool:
    """Delete one article and update its stories; False when no such article is stored."""
    row = session.scalar(select(ArticleRow).where(ArticleRow.id == article_id))
    if row is None:
        return False
    stories = session.execute(select(StoryRow.pk, StoryRow.key).join(StoryArticleRow,
                                                                     StoryArticleRow.story_pk == StoryRow.pk)
                              .where(StoryArticleRow.article_pk == row.pk)).all()
    connector = load_connector(session)
    group, _ = connector.remove(contract(row))
    session.execute(delete(ArticleRow).where(ArticleRow.pk == row.pk))
    session.flush()
    _fix_syndication(session, group)
    for pk, key in stories:
        _refresh_story(session, connector, pk, key)
    save_connector(session, connector)
    return True


def refresh_stories_of(session: Session, article_pk: int) -> None:
    """Compute again every story the (still stored) article is in: after one of its pages was taken away."""
    stories = session.execute(select(StoryRow.pk, StoryRow.key).join(StoryArticleRow,
                                                                     StoryArticleRow.story_pk == StoryRow.pk)
                              .where(StoryArticleRow.article_pk == article_pk)).all()
    if stories:
        connector = load_connector(session)
        for pk, key in stories:
            _refresh_story(session, connector, pk, key)


def _fix_syndication(session: Session, group: Any) -> None:
    if group is None:
        return
    if group.copies:
        _save_syndication(session, [group])
        return
    gpk = session.scalar(select(SyndicationGroupRow.pk).where(SyndicationGroupRow.key == group.id))
    if gpk is not None:  # one text left: no longer a group
        session.execute(update(ArticleRow).where(ArticleRow.syndication_group_pk == gpk)
                        .values(syndication_group_pk=None))
        session.execute(delete(SyndicationGroupRow).where(SyndicationGroupRow.pk == gpk))


def _refresh_story(session: Session, connector: Any, pk: int, key: str) -> None:
    left = session.execute(select(ArticleRow.id, ArticleRow.published).join(
        StoryArticleRow, StoryArticleRow.article_pk == ArticleRow.pk).where(StoryArticleRow.story_pk == pk)
        .order_by(ArticleRow.published, ArticleRow.pk)).all()
    if not left:
        session.execute(delete(StoryRow).where(StoryRow.pk == pk))  # an empty story disappears
        return
    if key in connector.clusterer.profiles:
        _save_story(session, connector, key)
    else:  # a story older than the connect state remembers: rebuilt from what is stored
        _save_story(session, connector, key, story=_stored_story(session, pk, key, left))


def _stored_story(session: Session, pk: int, key: str, left: list[Any]) -> Any:
    from ..stories import Story

    row = session.get(StoryRow, pk)
    days = [date.fromisoformat(p[:10]) for _, p in left if p and len(p) >= 10]
    data = (row.data if row else None) or {}
    return Story(id=key, articles=[a for a, _ in left], label=data.get("label", ""), title=row.title if row else None,
                 languages=list(row.languages or []) if row else [], first_date=min(days, default=None),
                 last_date=max(days, default=None), entities=list(data.get("entities") or []))
