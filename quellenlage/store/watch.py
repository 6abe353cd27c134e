"""What ``watch`` keeps in the store: fetch state per URL, the alerts, and how far alerts were looked for.

* :class:`FetchStates` answers the fetch layer's questions (``validators``) and records each
  response (``record``): a restarted watch asks conditionally and knows what it read when.
* Alerts are written once each (:func:`save_alerts` skips keys already stored) and read
  back newest first (:func:`list_alerts`) as :class:`Alert` records, the shape of the CLI's
  ``--json``, the API and the Atom feeds.
* ``alerts_through`` (in ``store_state``) is the highest article ``pk`` already looked at for
  alerts: the articles above it are the new ones, so an alert is found once, even after a
  crash between storing the articles and looking at them; ``alert_pages_through`` is the same
  for appearances (an exact copy of a stored text on another site is a new page, not a new
  article). :func:`find_alerts` reads what is new, runs the rules given and stores their alerts
  and the new marks in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from . import state
from .alert_facts import Touched, articles_naming, read_touched
from .filters import FilterError
from .models import AlertRow, AppearanceRow, ArticleRow, FetchStateRow, StoryRow

THROUGH = "alerts_through"
PAGES_THROUGH = "alert_pages_through"

#: the alert rules: the facts of what is new, and a lookup (article pks, entity name -> those naming it)
Rules = Callable[[Touched, Callable[[list[int], str], set[int]]], Iterable["NewAlert"]]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class FetchStates:
    """Per-URL fetch state in the store (the fetch layer's ``FetchState``)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def validators(self, url: str) -> tuple[str | None, str | None]:
        with self.store.session() as s:
            row = s.get(FetchStateRow, url[:2048])
            return (row.etag, row.last_modified) if row else (None, None)

    def record(self, url: str, kind: str, got: Any) -> None:
        """Remember a response: its validators (kept across a 304), status and time."""
        now = _now()
        etag, modified = got.validators
        with self.store.session() as s:
            row = s.get(FetchStateRow, url[:2048])
            if row is None:
                row = FetchStateRow(url=url[:2048])
                s.add(row)
            row.kind = kind if got.status != 304 else (row.kind or kind)
            row.status, row.fetched_at = got.status, now
            if got.status != 304:
                row.changed_at = now
            row.etag = (etag or (row.etag if got.status == 304 else None) or None)
            row.last_modified = (modified or (row.last_modified if got.status == 304 else None) or None)
            if row.etag:
                row.etag = row.etag[:512]
            if row.last_modified:
                row.last_modified = row.last_modified[:64]

    def read_at(self, urls: Iterable[str]) -> dict[str, datetime]:
        """When each of ``urls`` was last fetched (those never fetched are missing)."""
        urls = list(urls)
        if not urls:
            return {}
        with self.store.session() as s:
            rows = s.execute(select(FetchStateRow.url, FetchStateRow.fetched_at).where(FetchStateRow.url.in_(urls)))
            return dict(rows.all())


@dataclass
class Alert:
    """One alert as listed and published."""

    id: int
    kind: str
    created: str
    title: str
    detail: str | None
    story: int | None
    story_key: str | None
    data: dict[str, Any] = field(default_factory=dict)
    delivered: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class NewAlert:
    """An alert found by the detection, before it is stored."""

    key: str
    kind: str
    title: str
    detail: str | None = None
    story_pk: int | None = None
    story_key: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


def _alert(row: AlertRow) -> Alert:
    return Alert(row.pk, row.kind, row.created_at.isoformat(timespec="seconds") + "Z", row.title, row.detail,
                 row.story_pk, row.story_key, dict(row.data or {}),
                 row.delivered_at.isoformat(timespec="seconds") + "Z" if row.delivered_at else None)


def save_alerts(session: Session, found: Iterable[NewAlert]) -> list[Alert]:
    """Store the alerts not stored yet (by key); the new ones, in order."""
    found = list({a.key: a for a in found}.values())
    if not found:
        return []
    known = set(session.scalars(select(AlertRow.key).where(AlertRow.key.in_([a.key for a in found]))))
    rows = [AlertRow(key=a.key[:512], kind=a.kind, created_at=_now(), story_pk=a.story_pk, story_key=a.story_key,
                     title=a.title, detail=a.detail, data=a.data) for a in found if a.key not in known]
    session.add_all(rows)
    session.flush()
    return [_alert(r) for r in rows]


def alert_since(since: str | None) -> datetime | None:
    """``since`` as given to ``alerts`` (an ISO date or time, a trailing Z allowed); FilterError when it is none."""
    if not since:
        return None
    try:
        when = datetime.fromisoformat(since.strip().rstrip("Z"))
    except ValueError:
        raise FilterError("since", f"not a date or time: {since!r} (write 2026-12-01 or 2026-12-01T08:00)") from None
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def list_alerts(store: Any, since: str | None = None, story: int | str | None = None, limit: int = 100,
                undelivered: bool = False, offset: int = 0) -> list[Alert]:
    """Alerts, newest first; ``since`` an ISO date or time, ``story`` a story's id or key."""
    return alert_page(store, since, story, limit, offset, undelivered)[0]


def alert_page(store: Any, since: str | None = None, story: int | str | None = None, limit: int = 100,
               offset: int = 0, undelivered: bool = False) -> tuple[list[Alert], int]:
    """One page of alerts, newest first (oldest first when ``undelivered``), and how many match in all."""
    conds = []
    when = alert_since(since)
    if when is not None:
        conds.append(AlertRow.created_at >= when)
    if undelivered:
        conds.append(AlertRow.delivered_at.is_(None))
    order = AlertRow.pk if undelivered else AlertRow.pk.desc()
    with store.session() as s:
        if story is not None:
            pk = _story_pk(s, story)
            if pk is None:
                return [], 0
            conds.append(AlertRow.story_pk == pk)
        rows = s.scalars(select(AlertRow).where(*conds).order_by(order).limit(limit).offset(offset))
        items = [_alert(r) for r in rows]
        total = s.scalar(select(func.count()).select_from(AlertRow).where(*conds)) or 0
        return items, total


def mark_delivered(store: Any, pks: Iterable[int]) -> None:
    pks = list(pks)
    if pks:
        with store.session() as s:
            s.execute(update(AlertRow).where(AlertRow.pk.in_(pks)).values(delivered_at=_now()))


def alerts_through(session: Session) -> tuple[int, int]:
    """The article pk and the appearance pk alerts were looked for up to; a first watch starts at the
    store's newest article and page."""
    through = state.read(session, THROUGH)
    if through is None:
        through = session.scalar(select(func.max(ArticleRow.pk))) or 0
        state.put(session, THROUGH, through)
    pages = state.read(session, PAGES_THROUGH)
    if pages is None:  # a watch of a store from before appearances were looked at: its pages are the baseline
        pages = session.scalar(select(func.max(AppearanceRow.pk))) or 0
        state.put(session, PAGES_THROUGH, pages)
    return through, pages


def find_alerts(session: Session, rules: Rules) -> list[Alert]:
    """Run ``rules`` over the articles and pages stored since the last look; store the new alerts (once
    each) and the new marks, in the session's transaction. The new alerts, in the rules' order."""
    through, pages_through = alerts_through(session)
    new = new_articles(session, through)
    newest_page = session.scalar(select(func.max(AppearanceRow.pk))) or 0
    if not new and newest_page <= pages_through:
        return []
    facts = read_touched(session, set(new), pages_through)
    saved = save_alerts(session, rules(facts, lambda pks, name: articles_naming(session, pks, name))
                        if facts.stories else [])
    if new:
        state.put(session, THROUGH, max(new))
    state.put(session, PAGES_THROUGH, newest_page)
    return saved


def new_articles(session: Session, through: int) -> list[int]:
    """The pks of articles stored after ``through`` that the stories stage has placed."""
    q = select(ArticleRow.pk).where(ArticleRow.pk > through, ArticleRow.stories_done.is_(True))
    return list(session.scalars(q.order_by(ArticleRow.pk)))


def _story_pk(session: Session, story: int | str) -> int | None:
    if isinstance(story, int) or str(story).isdigit():
        pk = session.scalar(select(StoryRow.pk).where(StoryRow.pk == int(story)))
        if pk is not None:
            return pk
    return session.scalar(select(StoryRow.pk).where(StoryRow.key == str(story)))
