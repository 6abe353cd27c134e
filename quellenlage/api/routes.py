"""The read endpoints of the REST API, each answering one typed model.

They are thin: parameters are validated here (bounded lengths, limits and offsets,
enumerated stances and modes), the work is done by the store's query layer.

Each endpoint encodes its answer itself (:func:`answer`, :func:`answer_as`) and returns
the bytes, so FastAPI neither validates the data again (in a second trip through the
thread pool) nor encodes it a second time: a third of the time of a story request.
``response_model`` in the decorator still gives the shape to the OpenAPI schema, and
``tests/api/test_models.py`` checks that real answers are exactly what the model makes
of them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from pydantic_core import to_json

from ..document import ModeChoice, StanceChoice
from ..store.results import HIGHLIGHT_END, HIGHLIGHT_START
from .models import (
    Analysis,
    ArticleSummaryOut,
    ClaimHitOut,
    EntityDetailOut,
    ErrorBody,
    Paged,
    SearchHitOut,
    StoryDetailOut,
    StorySummaryOut,
)

router = APIRouter(prefix="/api", tags=["read"], responses={422: {"model": ErrorBody}})

MAX_OFFSET = 10_000_000
Limit = Query(50, ge=1, le=200, description="Items per page (1–200).")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="How many items to skip.")
NOT_FOUND = {404: {"model": ErrorBody, "description": "Not stored"}}


def _store(request: Request) -> Any:
    return request.app.state.store


def answer(data: Any) -> Response:
    """A result's ``to_dict()`` (or a page of them) as the JSON response, encoded once.

    The results are typed dataclasses whose fields are those of the response model, in its
    order, and pydantic's own encoder writes them (as it writes models: infinities as null),
    so these are the bytes FastAPI would send after validating and encoding them.
    """
    return Response(to_json(data, inf_nan_mode="null"), media_type="application/json")


def answer_as(model: type[BaseModel], data: Any) -> Response:
    """``data`` validated and encoded by ``model``: for stored JSON of any age, whose fields
    the model puts in order and completes with their defaults."""
    return Response(model.model_validate(data).model_dump_json(by_alias=True), media_type="application/json")


def paged(page: Any) -> dict[str, Any]:
    return {"items": [i.to_dict() for i in page.items], "total": page.total, "limit": page.limit,
            "offset": page.offset}


@router.get("/articles", response_model=Paged[ArticleSummaryOut], summary="List articles, newest first")
def list_articles(request: Request,
                  outlet: str | None = Query(None, max_length=256, description="Exact outlet name."),
                  language: str | None = Query(None, max_length=8, description="ISO 639-1 code."),
                  since: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="From date (incl.)."),
                  until: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="To date (incl.)."),
                  limit: int = Limit, offset: int = Offset) -> Any:
    for name, value in (("since", since), ("until", until)):
        if value is not None and not _is_date(value):
            raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)")
    return answer(paged(_store(request).articles(outlet=outlet, language=language, since=since, until=until,
                                                 limit=limit, offset=offset)))


@router.get("/articles/{article_id}", response_model=Analysis, response_model_by_alias=True,
            summary="One article's analysis contract", responses=NOT_FOUND)
def get_article(request: Request, article_id: str = Path(..., max_length=128)) -> Any:
    data = _store(request).article(article_id)
    if data is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return answer_as(Analysis, data)


@router.get("/stories", response_model=Paged[StorySummaryOut],
            summary="List stories: filtered by outlet, language, dates, disagreements and size; sorted by date, "
                    "size or disagreements")
def list_stories(request: Request,
                 outlet: str | None = Query(None, max_length=512, description="An outlet that carried one of its "
                                            "articles (any appearance of the text)."),
                 language: str | None = Query(None, max_length=8, description="ISO 639-1 code of one of its articles."),
                 since: str | None = Query(None, max_length=32, description="Active from this date (YYYY-MM-DD, "
                                           "incl.): its last article is not older."),
                 until: str | None = Query(None, max_length=32, description="Active up to this date (YYYY-MM-DD, "
                                           "incl.): its first article is not newer."),
                 disputed: bool = Query(False, description="Only stories where sources disagree."),
                 min_articles: int = Query(1, ge=1, le=1_000_000, description="At least this many articles; 2 hides "
                                           "one-article stories, as the home page does unless all=true."),
                 sort: Literal["date", "size", "disagreements"] = Query(
                     "date", description="date: most recent first; size: most articles first; disagreements: "
                                         "most disagreements first."),
                 limit: int = Limit, offset: int = Offset) -> Any:
    return answer(paged(_store(request).stories(limit=limit, offset=offset, outlet=outlet, language=language,
                                                since=since, until=until, disagreements=disputed,
                                                min_articles=min_articles, sort=sort)))


@router.get("/stories/{story_id}", response_model=StoryDetailOut, responses=NOT_FOUND,
            summary="One story: source table, claim groups, disagreements, timeline")
def get_story(request: Request, story_id: str = Path(..., max_length=128)) -> Any:
    detail = _store(request).story(story_id)
    if detail is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return answer(detail.to_dict())


Language = Query(None, pattern=r"^[a-z]{2,3}$", description="ISO 639-1 code of the article (de, en).")
Outlet = Query(None, max_length=256, description="Exact outlet name.")
Since = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Published from this date (incl.).")
Until = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Published up to this date (incl.).")


@router.get("/claims", response_model=Paged[ClaimHitOut],
            summary="Claims: words in content or source; filtered by source, entity, stance, mode, figure, article")
def list_claims(request: Request,
                q: str | None = Query(None, max_length=500, description="Words the content or source must hold "
                                      "(as in search); newest published first."),
                source: str | None = Query(None, max_length=512, description="Source name or entity ref."),
                entity: str | None = Query(None, max_length=512, description="Entity (by or about) name or ref."),
                stance: StanceChoice | None = None, mode: ModeChoice | None = None,
                has_figure: bool | None = Query(None, description="Only claims with (true) or without (false) a figure."),
                language: str | None = Language, outlet: str | None = Outlet,
                since: str | None = Since, until: str | None = Until,
                limit: int = Limit, offset: int = Offset) -> Any:
    return answer(paged(_store(request).claims(source=source or None, entity=entity or None,
                                               stance=stance.value if stance else None,
                                               mode=mode.value if mode else None, limit=limit, offset=offset,
                                               text=q, has_figure=has_figure, language=language, outlet=outlet,
                                               since=since, until=until)))


@router.get("/entities/{ref:path}", response_model=EntityDetailOut, responses=NOT_FOUND,
            summary="One entity by ref (iso3166:KP) or name, with claims by and about it")
def get_entity(request: Request, ref: str = Path(..., max_length=512),
               limit: int = Query(50, ge=1, le=200)) -> Any:
    detail = _store(request).entity(ref, limit=limit)
    if detail is None:
        raise HTTPException(404, f"no entity {ref!r}")
    return answer(detail.to_dict())


_MARK = re.compile(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]")


def snippet_parts(snippet: str) -> tuple[str, list[list[int]]]:
    """A snippet with highlight marks -> plain text and [start, end] of each highlighted stretch.

    An end mark without a start is dropped; of two start marks in a row, the second counts.
    """
    out, spans, pos, last, start = [], [], 0, 0, None
    for mark in _MARK.finditer(snippet):
        piece = snippet[last:mark.start()]
        out.append(piece)
        pos += len(piece)
        last = mark.end()
        if mark.group() == HIGHLIGHT_START:
            start = pos
        elif start is not None:
            spans.append([start, pos])
            start = None
    out.append(snippet[last:])
    return "".join(out), spans


@router.get("/search", response_model=Paged[SearchHitOut], summary="Full-text search over titles and texts")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500, description="Words; all must match "
                                            "(word beginnings, compound parts, spellings without umlauts)."),
           order: Literal["relevance", "date"] = Query("relevance", description="relevance: title, whole words, "
                                                       "compound parts, newest first in each; date: newest first."),
           language: str | None = Language, outlet: str | None = Outlet,
           since: str | None = Since, until: str | None = Until,
           limit: int = Query(20, ge=1, le=100), offset: int = Offset) -> Any:
    page = _store(request).search(q, limit=limit, offset=offset, order=order, language=language, outlet=outlet,
                                  since=since, until=until)
    items = []
    for hit in page.items:
        text, spans = snippet_parts(hit.snippet)
        items.append({"article": hit.article.to_dict(), "snippet": text, "highlights": spans})
    return answer({"items": items, "total": page.total, "limit": page.limit, "offset": page.offset})


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
