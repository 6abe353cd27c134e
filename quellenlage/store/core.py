"""The :class:`Store`: one object for writing (ingest) and reading (CLI, REST API, web).

>>> store = open_store("sqlite:///claims.db")            # doctest: +SKIP
>>> store.save_documents([doc1, doc2])                   # doctest: +SKIP
SaveResult(added=2, known=0)
>>> store.claims(source="Kreml", stance="deny").items    # doctest: +SKIP

Each write method is one transaction: when it returns, the batch is committed; when
the process dies inside it, nothing of the batch is stored and a rerun stores it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..document import Document
from . import claim_search, db, generation, queries, search, statistics, story_queries
from .connect import StoriesUpdate
from .filters import ClaimFilters, SearchFilters, StoryFilters, check_order
from .models import AppearanceRow, ArticleRow, ClaimRow, EntityRow, IngestErrorRow, StoryRow
from .results import (
    ArticleSummary,
    ClaimHit,
    EntityDetail,
    IngestError,
    Page,
    SearchHit,
    StoryDetail,
    StorySummary,
)
from .write import SaveResult, record_error, save_documents

CHUNK = 500  # ids per IN (...) lookup


class Store:
    """A connected, migrated database of analysed articles."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return db.describe(str(self.engine.url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on an error.

        When it changed anything, the store's generation rises with the commit (see
        :mod:`.generation`), so caching readers anywhere learn of the change.
        """
        with generation.WriteTrackingSession(self.engine) as session, session.begin():
            yield session
            session.flush()
            if generation.wrote(session):
                generation.bump(session)

    def generation(self) -> int:
        """A number that every committed write raises (by this or any other process)."""
        with self.engine.connect() as connection:
            return generation.current(connection)

    # --- writing ---------------------------------------------------------------------------------

    def save_documents(self, docs: Iterable[Document | Mapping[str, Any]],
                       input_names: Mapping[str, str] | None = None) -> SaveResult:
        """Store the documents not yet known, all in one transaction; count the known ones.

        ``input_names`` maps article id -> the input it came from (kept for the record).
        """
        docs = list(docs)
        for attempt in (1, 2):
            try:
                with self.session() as session:
                    return save_documents(session, docs, input_names)
            except IntegrityError:
                if attempt == 2:  # another writer stored the same article between our check and insert
                    raise
            except OperationalError as exc:
                raise db.StoreError(f"{self.url}: cannot write: {db.one_line(exc)}") from None
        raise AssertionError("unreachable")

    def replace_documents(self, docs: Iterable[Document | Mapping[str, Any]],
                          input_names: Mapping[str, str] | None = None) -> SaveResult:
        """Store refetched pages, each replacing what its URL held when its text changed, in one transaction
        (:mod:`.replace`); an unchanged page is counted as known."""
        from .replace import replace_pages

        docs = list(docs)
        try:
            with self.session() as session:
                return replace_pages(session, docs, input_names)
        except OperationalError as exc:
            raise db.StoreError(f"{self.url}: cannot write: {db.one_line(exc)}") from None

    def record_error(self, input_name: str, reason: str) -> None:
        """Remember an input that could not be analysed, with the reason."""
        with self.session() as session:
            record_error(session, input_name, reason)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored (article ids are content hashes)."""
        return self._known(ArticleRow.id, ids)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of ``urls`` already stored (as an article's page or another appearance of its text)."""
        return self._known(AppearanceRow.url, urls)

    def known_inputs(self) -> set[str]:
        """Names of the inputs whose articles are stored (as given to ``save_documents``), appearances too."""
        with Session(self.engine) as session:
            return set(session.scalars(select(AppearanceRow.input_name).where(AppearanceRow.input_name.is_not(None))))

    def known_input_names(self, names: Iterable[str]) -> set[str]:
        """Those of ``names`` whose article is stored (one indexed lookup per chunk of the ingest engine)."""
        return self._known(AppearanceRow.input_name, names)

    def recorded_errors_of(self, names: Iterable[str]) -> set[tuple[str, str]]:
        """(input name, reason) of the failures recorded for ``names``."""
        names = [n for n in dict.fromkeys(names) if n]
        out: set[tuple[str, str]] = set()
        with Session(self.engine) as session:
            for i in range(0, len(names), CHUNK):
                rows = session.execute(select(IngestErrorRow.input_name, IngestErrorRow.reason)
                                       .where(IngestErrorRow.input_name.in_(names[i:i + CHUNK])))
                out.update((n, r) for n, r in rows)
        return out

    def recorded_errors(self) -> set[tuple[str, str]]:
        """(input name, reason) of every recorded failure."""
        with Session(self.engine) as session:
            return {(n, r) for n, r in session.execute(select(IngestErrorRow.input_name, IngestErrorRow.reason))}

    def _known(self, column: Any, values: Iterable[str]) -> set[str]:
        values = [v for v in dict.fromkeys(values) if v]
        out: set[str] = set()
        with Session(self.engine) as session:
            for i in range(0, len(values), CHUNK):
                out.update(session.scalars(select(column).where(column.in_(values[i:i + CHUNK]))))
        return out

    def delete_article(self, article_id: str) -> bool:
        """Delete one article and update every story it was in, in one transaction (``delete.py``).

        False when no article has this id. An emptied story disappears."""
        from . import delete

        with self.session() as session:
            return delete.delete_article(session, article_id)

    def update_stories(self, chunk: int = 500) -> StoriesUpdate:
        """Place the articles stored since the last call into syndication groups and stories.

        Runs the connect layer (:mod:`quellenlage.stories`) incrementally and saves stories,
        claim groups, disagreements and timelines; one transaction per ``chunk`` articles.
        Ingest calls it after storing a run; calling it again with nothing new is cheap.
        Afterwards SQLite's planner statistics are refreshed when the store has grown
        (:mod:`.statistics`).
        """
        from .connect import update_stories

        result = update_stories(self.session, chunk=chunk)
        statistics.refresh(self.engine)
        return result

    # --- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per main table: articles, claims, entities, stories, errors."""
        with Session(self.engine) as s:
            return {name: s.scalar(select(func.count()).select_from(model)) or 0
                    for name, model in (("articles", ArticleRow), ("claims", ClaimRow), ("entities", EntityRow),
                                        ("stories", StoryRow), ("errors", IngestErrorRow))}

    def errors(self, limit: int = 100, offset: int = 0, since: str | None = None) -> Page[IngestError]:
        """Inputs that failed, with their reasons, newest first (from ``since``, an ISO date, on)."""
        with Session(self.engine) as s:
            return queries.errors(s, limit, offset, since=since)

    def articles(self, outlet: str | None = None, language: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 50, offset: int = 0,
                 entity: str | None = None) -> Page[ArticleSummary]:
        """Articles, newest first; ``since``/``until`` are ISO dates (inclusive); ``entity``: naming this ref."""
        with Session(self.engine) as s:
            return queries.articles(s, outlet=outlet, language=language, since=since, until=until,
                                    limit=limit, offset=offset, entity=entity)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The analysis contract of one article, as ``analyze`` printed it; None when unknown."""
        with Session(self.engine) as s:
            return queries.article(s, article_id)

    def syndication_groups(self, article_ids: Iterable[str]) -> dict[str, int | None]:
        """Article id -> the key of its syndication group (near-identical copies), None when it stands alone."""
        with Session(self.engine) as s:
            return queries.syndication_groups(s, list(article_ids))

    def claims(self, source: str | None = None, entity: str | None = None, stance: str | None = None,
               mode: str | None = None, limit: int = 50, offset: int = 0, text: str | None = None,
               language: str | None = None, outlet: str | None = None, since: str | None = None,
               until: str | None = None, has_figure: bool | None = None) -> Page[ClaimHit]:
        """Claims filtered by source name, entity (by or about), stance, mode, the article's language, outlet
        and dates, and whether they carry a figure; most recently stored first.

        With ``text``: the claims whose content or source holds every word (``claim_search.py``), newest
        published first. A filter value that cannot be meant raises :class:`~.filters.FilterError`.
        """
        filters = ClaimFilters(language=language, outlet=outlet, since=since, until=until, source=source,
                               stance=stance, mode=mode, has_figure=has_figure)
        with Session(self.engine) as s:
            if text and text.strip():
                return claim_search.search_claims(s, text, filters, entity=entity, limit=limit, offset=offset)
            return queries.claims(s, source=filters.source, entity=entity, stance=filters.stance, mode=filters.mode,
                                  limit=limit, offset=offset, filters=filters)

    def iter_claims(self) -> Iterator[ClaimHit]:
        """Every attributed claim with its article, streamed (exports)."""
        with Session(self.engine) as s:
            yield from queries.iter_claims(s)

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        """Every article's analysis contract, streamed (exports)."""
        with Session(self.engine) as s:
            yield from queries.iter_articles(s)

    def entity(self, ref: str, limit: int = 50) -> EntityDetail | None:
        """One entity by ref (``iso3166:KP``) or name, with the claims it makes and those about it."""
        with Session(self.engine) as s:
            return queries.entity(s, ref, limit=limit)

    def search(self, query: str, limit: int = 20, offset: int = 0, order: str | None = None,
               language: str | None = None, outlet: str | None = None, since: str | None = None,
               until: str | None = None) -> Page[SearchHit]:
        """Full-text search over titles and texts; the query is taken as words (each also a prefix, a part of a
        compound, in other spellings), never as syntax.

        Of the newest 1,000 matches, ``order="relevance"`` (default): title, then whole words, then compound
        parts, newest published first within each; ``"date"``: newest published first (``search.py``).
        A filter value that cannot be meant raises :class:`~.filters.FilterError`.
        """
        filters = SearchFilters(language=language, outlet=outlet, since=since, until=until)
        order = check_order(order)
        with Session(self.engine) as s:
            return search.search(s, query, limit=limit, offset=offset, order=order, filters=filters)

    def stories(self, limit: int = 50, offset: int = 0, article: str | None = None, entity: str | None = None,
                **filters: Any) -> Page[StorySummary]:
        """Stories, newest first; ``filters`` (checked by :class:`~.filters.StoryFilters`, the same for the pages,
        the API and the CLI): ``min_articles``, ``outlet``, ``language``, ``since``, ``until``, ``disagreements``,
        ``sort`` (date | size | disagreements); and those holding the article ``article`` (id) or naming the
        entity ``entity`` (ref). A filter value that cannot be meant raises :class:`~.filters.FilterError`."""
        checked = StoryFilters(**filters)
        with Session(self.engine) as s:
            return story_queries.stories(s, limit=limit, offset=offset, filters=checked, article=article,
                                         entity=entity)

    def story(self, story_id: int | str) -> StoryDetail | None:
        with Session(self.engine) as s:
            return story_queries.story(s, story_id)

    # --- alerts (``watch``) ------------------------------------------------------------------------

    def alerts(self, since: str | None = None, story: int | str | None = None, limit: int = 100,
               offset: int = 0) -> list[Any]:
        """The alerts ``watch`` recorded, newest first (``store.watch.Alert``); ``since`` an ISO date or time
        (else :class:`~.filters.FilterError`), ``story`` a story's id or key."""
        from .watch import list_alerts

        return list_alerts(self, since=since, story=story, limit=limit, offset=offset)

    def alert_page(self, since: str | None = None, story: int | str | None = None, limit: int = 100,
                   offset: int = 0) -> Page[Any]:
        """:meth:`alerts` as a page with the number of matches in all."""
        from .watch import alert_page

        items, total = alert_page(self, since=since, story=story, limit=limit, offset=offset)
        return Page(items, total, limit, offset)

    def undelivered_alerts(self, limit: int = 1000) -> list[Any]:
        """Alerts not yet delivered to the webhook, oldest first."""
        from .watch import list_alerts

        return list_alerts(self, undelivered=True, limit=limit)

    def mark_alerts_delivered(self, pks: Iterable[int]) -> None:
        from .watch import mark_delivered

        mark_delivered(self, pks)

    def start_alerts(self) -> None:
        """Mark where alerts start: on a store never watched, what it holds now raises none."""
        from .watch import alerts_through

        with self.session() as s:
            alerts_through(s)

    def find_alerts(self, rules: Any) -> list[Any]:
        """Run the alert rules (``watch/alerts.py``) over the articles and pages stored since the last look,
        store their new alerts and the new marks in one transaction; the new alerts (``store.watch``)."""
        from .watch import find_alerts

        with self.session() as s:
            return find_alerts(s, rules)


def open_store(url: str | None = None, upgrade: bool = True) -> Store:
    """Connect to ``url`` (default: ``QUELLENLAGE_DB`` or the user data directory) and migrate it.

    Raises :class:`~quellenlage.store.db.StoreError` with a one-line reason when the
    database cannot be used.
    """
    engine = db.create_store_engine(url)
    if upgrade and db.current_revision(engine) != db.head_revision():
        db.upgrade(engine)
    return Store(engine)
