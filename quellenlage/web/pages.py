"""The HTML pages: home, stories, story, articles, article, entity, source, search.

Every page is rendered on the server and complete without JavaScript; the shipped
script only adds conveniences (``/`` focuses the search box, hovering a claim in the
side list lights it up in the text). Reads go through the store's typed query layer.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..store.filters import FilterError
from . import highlight, timeline
from .render import render, url_part
from .syndication import fold_copies

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 20
ALERTS_SHOWN = 20  # the newest alerts of a story on its page; all of them in its Atom feed
MAX_PAGE = 1_000_000


class NotFound(Exception):
    """A page for something the store does not hold; rendered as the 404 page."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _store(request: Request) -> Any:
    return request.app.state.store


def page(template: str, request: Request, /, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("q", "")
    html = render(template, request_path=request.url.path, writes=bool(request.app.state.token), **context)
    return HTMLResponse(html, status_code=status)


def pager(result: Any, number: int, base: str, **params: Any) -> dict[str, Any]:
    """Previous/next links for a store Page, keeping the other query parameters."""
    from urllib.parse import urlencode

    def link(n: int) -> str:
        return base + "?" + urlencode({**{k: v for k, v in params.items() if v}, "page": n})

    last = max(1, -(-result.total // PAGE_SIZE))
    return {"page": number, "last": last, "total": result.total,
            "prev": link(number - 1) if number > 1 else None,
            "next": link(number + 1) if number < last else None}


PageNo = Query(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")


COUNTS_TTL = 10.0  # seconds: counting every table on each visit of the home page is the slow part at scale


def cached_counts(request: Request) -> dict[str, int]:
    """``Store.counts()``, remembered for a few seconds per app, and only while the store's generation stands.

    The answer cache keeps the rendered home page for a whole generation, so counts older than
    the generation would stay on it until the next write.
    """
    state = request.app.state
    now = time.monotonic()
    generation = getattr(getattr(state, "cache", None), "generation", None)
    cached = getattr(state, "counts_cache", None)
    if cached is None or now - cached[0] > COUNTS_TTL or cached[1] != generation:
        cached = state.counts_cache = (now, generation, _store(request).counts())
    return cached[2]


ISO_DAY = r"^(\d{4}-\d{2}-\d{2})?$"


def story_filters(all_: bool = Query(False, alias="all", description="Show one-article stories too."),
                  outlet: str = Query("", max_length=256), language: str = Query("", max_length=8),
                  since: str = Query("", pattern=ISO_DAY), until: str = Query("", pattern=ISO_DAY),
                  disputed: bool = Query(False, description="Only stories where sources disagree.")) -> dict[str, Any]:
    """The story filters of the home and stories pages: one-article stories are hidden unless ``all``."""
    return {"min_articles": 1 if all_ else 2, "outlet": outlet or None, "language": language or None,
            "since": since or None, "until": until or None, "disagreements": disputed}


def _shown(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters as the form and the links show them (query parameter names)."""
    return {"all": filters["min_articles"] == 1, "outlet": filters["outlet"] or "",
            "language": filters["language"] or "", "since": filters["since"] or "",
            "until": filters["until"] or "", "disputed": filters["disagreements"]}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, filters: dict[str, Any] = Depends(story_filters)) -> HTMLResponse:
    store = _store(request)
    stories = store.stories(limit=12, **filters)
    articles = store.articles(limit=8)
    return page("home.html", request, stories=stories, articles=articles, counts=cached_counts(request),
                filters=_shown(filters))


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE),
            sort: str = Query("date", pattern="^(date|size|disagreements)$"),
            filters: dict[str, Any] = Depends(story_filters)) -> HTMLResponse:
    result = _store(request).stories(limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE, sort=sort, **filters)
    shown = _shown(filters)
    return page("stories.html", request, stories=result, filters=shown, sort=sort,
                pager=pager(result, page_no, "/stories", sort=sort, **shown))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str = Path(..., max_length=200)) -> HTMLResponse:
    detail = _store(request).story(story_id)
    if detail is None:
        raise NotFound(f"story {story_id}")
    charts = timeline.charts_by_unit(detail.timeline)
    groups = fold_copies(detail.articles, _store(request).syndication_groups(a.id for a in detail.articles))
    group_label = {g.id: g.label or g.key for g in detail.claim_groups}
    pages_of: dict[str, list[Any]] = {}
    for a in detail.appearances:
        pages_of.setdefault(a.article_id, []).append(a)
    alerts = _store(request).alerts(story=detail.story.id, limit=ALERTS_SHOWN)
    return page("story.html", request, detail=detail, story=detail.story, charts=charts, article_groups=groups,
                group_label=group_label, sections=sections(detail.sources, group_label), pages_of=pages_of,
                alerts=alerts)


def sections(lines: list[Any], group_label: dict[int, str]) -> list[tuple[str | None, list[Any]]]:
    """Source lines under their claim group (claims about the same thing), groups in story order.

    Lines in no group come last, under no heading when they are all there is.
    """
    by_group: dict[int | None, list[Any]] = {}
    for line in lines:
        key = line.claim_group if line.claim_group in group_label else None
        by_group.setdefault(key, []).append(line)
    out: list[tuple[str | None, list[Any]]] = [(group_label[g], ls) for g, ls in by_group.items() if g is not None]
    if None in by_group:
        out.append(("Other claims" if out else None, by_group[None]))
    return out


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE),
             outlet: str | None = Query(None, max_length=256),
             language: str | None = Query(None, max_length=8)) -> HTMLResponse:
    result = _store(request).articles(outlet=outlet or None, language=language or None, limit=PAGE_SIZE,
                                      offset=(page_no - 1) * PAGE_SIZE)
    return page("articles.html", request, articles=result, outlet=outlet, language=language,
                pager=pager(result, page_no, "/articles", outlet=outlet, language=language))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str = Path(..., max_length=200)) -> HTMLResponse:
    data = _store(request).article(article_id)
    if data is None:
        raise NotFound(f"article {article_id}")
    art = data.get("article") or {}
    claims = [c for c in data.get("claims") or [] if c.get("mode") != "assertion"]
    entities = data.get("entities") or []
    paragraphs = highlight.paragraphs(art.get("text") or "", claims, entities)
    by_local = {e.get("id"): e for e in entities}
    in_stories = _store(request).stories(article=article_id, limit=20).items
    return page("article.html", request, art=art, claims=claims, entities=entities, paragraphs=paragraphs,
                entity_of=by_local, in_stories=in_stories)


@router.get("/entities/{ref:path}", response_class=HTMLResponse)
def entity(request: Request, ref: str = Path(..., max_length=512)) -> HTMLResponse:
    detail = _store(request).entity(ref)
    if detail is None:
        raise NotFound(f"entity {ref}")
    named_in = _store(request).stories(entity=detail.ref, limit=20)
    articles = _store(request).articles(entity=detail.ref, limit=20)
    return page("entity.html", request, entity=detail, named_in=named_in, articles=articles)


@router.get("/sources/{name:path}", response_class=HTMLResponse)
def source(request: Request, name: str = Path(..., max_length=512),
           stance: str | None = Query(None, pattern="^(assert|deny|uncertain)?$"),
           page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE)) -> HTMLResponse:
    result = _store(request).claims(source=name, stance=stance or None, limit=PAGE_SIZE,
                                    offset=(page_no - 1) * PAGE_SIZE)
    if result.total == 0 and page_no == 1 and not stance:
        raise NotFound(f"source {name}")
    entity_ref = next((c.source_ref for c in result.items if c.source_ref), None)
    return page("source.html", request, name=name, claims=result, stance=stance, entity_ref=entity_ref,
                pager=pager(result, page_no, "/sources/" + url_part(name), stance=stance))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=500),
           tab: str = Query("articles", pattern="^(articles|claims)$"),
           order: str = Query("relevance", max_length=16), language: str = Query("", max_length=16),
           outlet: str = Query("", max_length=256), since: str = Query("", max_length=32),
           until: str = Query("", max_length=32), source: str = Query("", max_length=512),
           stance: str = Query("", max_length=16), mode: str = Query("", max_length=16),
           figure: str = Query("", pattern="^(|yes|no)$"),
           page_no: int = Query(1, alias="page", ge=1, le=MAX_PAGE)) -> HTMLResponse:
    """Articles or claims (``tab``) with every word of ``q``, narrowed by the filters; a bad filter is one line."""
    q = q.strip()
    article_filters = {"language": language, "outlet": outlet, "since": since, "until": until}
    claim_filters = {"source": source, "stance": stance, "mode": mode, "figure": figure}
    params = {"q": q, "tab": tab, **article_filters, **(claim_filters if tab == "claims" else {"order": order})}
    result, error = None, None
    if q:
        offset = (page_no - 1) * PAGE_SIZE
        try:
            if tab == "claims":
                result = _store(request).claims(text=q, limit=PAGE_SIZE, offset=offset, source=source or None,
                                                stance=stance or None, mode=mode or None,
                                                has_figure={"yes": True, "no": False}.get(figure),
                                                **{k: v or None for k, v in article_filters.items()})
            else:
                result = _store(request).search(q, limit=PAGE_SIZE, offset=offset, order=order or None,
                                                **{k: v or None for k, v in article_filters.items()})
        except FilterError as exc:
            error = str(exc)
    return page("search.html", request, status=422 if error else 200, q=q, tab=tab, result=result, error=error,
                order=order, filters={**article_filters, **claim_filters},
                shown={k: v for k, v in params.items() if k not in ("q", "tab")},
                pager=pager(result, page_no, "/search", **params) if result else None)
