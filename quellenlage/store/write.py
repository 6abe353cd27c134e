"""Writing analysed documents into the store: one batch, one transaction, no duplicates.

An article is known when its ``id`` (content hash of the clean text) or its ``url`` is
already stored; known articles are counted and skipped, never updated, so running the
same ingest twice changes nothing and a rerun after a crash adds only what the killed
run had not committed.

Documents are accepted as :class:`~quellenlage.document.Document` objects or as their
contract dicts (``Document.to_dict()``), which is what worker processes send back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import String, insert, select
from sqlalchemy.orm import Session

from ..document import Document
from . import appearances
from .index_words import claim_terms, extra_terms
from .models import (
    AppearanceRow,
    ArticleEntityRow,
    ArticleRow,
    ClaimEntityRow,
    ClaimRow,
    EntityRow,
    IngestErrorRow,
    MentionRow,
    QuantityRow,
)
from .search_terms import add_terms

KEY_LENGTH = EntityRow.__table__.c.ref.type.length  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SaveResult:
    """How many documents of a batch were stored, and how many were already known."""

    added: int
    known: int
    added_ids: tuple[str, ...] = ()
    appearances: int = 0  # known texts on a new page: stored as another appearance of the article
    replaced: int = 0  # refetched pages whose changed text replaced what was stored for them (``replace.py``)


def as_contract(doc: Document | Mapping[str, Any]) -> dict[str, Any]:
    """The contract dict of a document; all figures of a Document ride along as ``quantities``."""
    if isinstance(doc, Document):
        data = doc.to_dict()
        in_claims = {(q.start, q.end) for c in doc.claims for q in c.quantities}
        data["quantities"] = [_quantity_dict(q) for q in doc.quantities if (q.start, q.end) not in in_claims]
        return data
    return dict(doc)


def _quantity_dict(q: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(q)


def name_key(name: str | None) -> str | None:
    """Case- and space-folded name used for lookups ("  Der Kreml" -> "der kreml")."""
    if name is None:
        return None
    return " ".join(name.split()).casefold() or None


def entity_key(entity: Mapping[str, Any]) -> str:
    """The stored key of an entity: its ``ref``, or a slug of type and canonical name when it has none.

    Cut to the column's length here, so the key looked up is the key stored.
    """
    if entity.get("ref"):
        return str(entity["ref"])[:KEY_LENGTH]
    name = entity.get("canonical") or entity.get("name") or ""
    slug = re.sub(r"\W+", "-", name.casefold()).strip("-")
    return f"name:{(entity.get('type') or 'X').lower()}:{slug}"[:KEY_LENGTH]


def fitted(model: type, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with every string cut to its column's length (``String(256)`` …).

    PostgreSQL refuses a longer value — and with it the whole batch — where SQLite keeps
    it; a page whose section line is 475 characters long must not cost the 49 others.
    """
    limits = _limits(model)
    for row in rows:
        for key, limit in limits.items():
            value = row.get(key)
            if isinstance(value, str) and len(value) > limit:
                row[key] = value[:limit]
    return rows


@cache
def _limits(model: type) -> dict[str, int]:
    return {c.key: c.type.length for c in model.__table__.columns  # type: ignore[attr-defined]
            if isinstance(c.type, String) and c.type.length}


def save_documents(session: Session, docs: Iterable[Document | Mapping[str, Any]],
                   input_names: Mapping[str, str] | None = None) -> SaveResult:
    """Store the new documents of a batch in the session's transaction (the caller commits).

    A text already stored (same content hash) on a page not seen before becomes another
    appearance of the stored article (:mod:`.appearances`); a page seen before is known.
    """
    contracts = [as_contract(d) for d in docs]
    names = input_names or {}
    ids = {c["article"]["id"] for c in contracts}
    keys = {_key(c) for c in contracts}
    known_ids = dict(session.execute(select(ArticleRow.id, ArticleRow.pk).where(ArticleRow.id.in_(ids))).all()) \
        if ids else {}
    seen = appearances.known_keys(session, keys)
    stored = appearances.pages_of(session, known_ids.values())
    pages = {aid: stored.get(pk, []) for aid, pk in known_ids.items()}  # article id -> its (url, outlet) pages
    fresh: list[dict[str, Any]] = []
    copies: list[dict[str, Any]] = []
    known = 0
    for c in contracts:
        art, key = c["article"], _key(c)
        page = (art.get("url"), art.get("outlet"))
        if not art.get("id") or key in seen or (art["id"] in pages and not appearances.new_page(pages[art["id"]], *page)):
            known += 1
            continue
        seen.add(key)  # a batch may hold the same page twice
        (copies if art["id"] in pages else fresh).append(c)
        pages.setdefault(art["id"], []).append(page)
    now = datetime.now(UTC).replace(tzinfo=None)
    if fresh:
        rows = fitted(ArticleRow, [_article_row(c, now, names.get(c["article"]["id"])) for c in fresh])
        pks = session.execute(insert(ArticleRow).returning(ArticleRow.pk, sort_by_parameter_order=True),
                              rows).scalars().all()
        entity_pks = _upsert_entities(session, [e for c in fresh for e in c.get("entities", [])])
        _insert_details(session, fresh, list(pks), entity_pks)
        add_terms(session.connection(), pks)  # after the claims: their words are listed too
        known_ids.update((c["article"]["id"], pk) for c, pk in zip(fresh, pks, strict=True))
    appearances.add(session, fitted(AppearanceRow, [
        appearances.appearance_row(known_ids[c["article"]["id"]], c, names.get(c["article"]["id"]), now,
                                   done=first)
        for cs, first in ((fresh, True), (copies, False)) for c in cs]))
    return SaveResult(len(fresh), known, tuple(c["article"]["id"] for c in fresh), appearances=len(copies))


def _key(c: Mapping[str, Any]) -> str:
    art = c["article"]
    return appearances.appearance_key(art.get("id") or "", art.get("url"), art.get("outlet"))


def _article_row(c: Mapping[str, Any], now: datetime, input_name: str | None) -> dict[str, Any]:
    art = c["article"]
    spellings, parts = extra_terms((art.get("title"), art.get("text")), art.get("language"))
    analysis = {k: v for k, v in c.items() if k != "quantities"}
    analysis["article"] = {k: v for k, v in art.items() if k != "text"}
    return {
        "id": art["id"], "url": art.get("url"), "outlet": art.get("outlet"), "title": art.get("title"),
        "section": art.get("section"), "published": art.get("published"), "language": art.get("language"),
        "authors": art.get("authors") or [], "agencies": art.get("agencies") or [],
        "image_credits": art.get("image_credits") or [], "categories": art.get("categories") or [],
        "description": art.get("description"), "text": art.get("text") or "", "analysis": analysis,
        "input_name": input_name, "ingested_at": now, "stories_done": False,
        "index_spellings": spellings, "index_parts": parts,
    }


def _upsert_entities(session: Session, entities: list[Mapping[str, Any]]) -> dict[str, int]:
    """Entity key -> pk, inserting the keys not stored yet."""
    wanted: dict[str, Mapping[str, Any]] = {}
    for e in entities:
        wanted.setdefault(entity_key(e), e)
    if not wanted:
        return {}
    found = dict(session.execute(select(EntityRow.ref, EntityRow.pk).where(EntityRow.ref.in_(wanted))).all())
    missing = [k for k in wanted if k not in found]
    if missing:
        rows = []
        for k in missing:
            e = wanted[k]
            name = e.get("canonical") or e.get("name") or k
            rows.append({"ref": k, "name": name, "name_key": name_key(name) or k, "type": e.get("type")})
        new = session.execute(insert(EntityRow).returning(EntityRow.pk, sort_by_parameter_order=True),
                              fitted(EntityRow, rows)).scalars().all()
        found.update(zip(missing, new, strict=True))
    return found


def _insert_details(session: Session, fresh: list[dict[str, Any]], pks: list[int],
                    entity_pks: dict[str, int]) -> None:
    ae_rows, ae_mentions, claim_rows, claim_extra = [], [], [], []
    for c, apk in zip(fresh, pks, strict=True):
        local: dict[str, int] = {}
        spans: list[tuple[int, int, int]] = []  # (start, end, entity pk) of every mention
        for e in c.get("entities", []):
            epk = entity_pks[entity_key(e)]
            local[e["id"]] = epk
            ae_rows.append({"article_pk": apk, "entity_pk": epk, "local_id": e["id"], "name": e.get("name") or "",
                            "name_key": name_key(e.get("name")) or ""})
            ae_mentions.append(e.get("mentions") or [])
            spans.extend((m["start"], m["end"], epk) for m in e.get("mentions") or [])
        for cl in c.get("claims", []):
            claim_rows.append(_claim_row(cl, apk, local, c["article"].get("language")))
            content = cl.get("content") or cl.get("span") or {}
            about = {epk for s, e, epk in spans if s >= content.get("start", 0) and e <= content.get("end", -1)}
            claim_extra.append((about, cl.get("quantities") or []))
    if ae_rows:
        ae_pks = session.execute(insert(ArticleEntityRow).returning(ArticleEntityRow.pk,
                                                                    sort_by_parameter_order=True),
                                 fitted(ArticleEntityRow, ae_rows)).scalars().all()
        mentions = [{"article_entity_pk": p, "start": m["start"], "end": m["end"]}
                    for p, ms in zip(ae_pks, ae_mentions, strict=True) for m in ms]
        if mentions:
            session.execute(insert(MentionRow), mentions)
    quantity_rows = []
    if claim_rows:
        claim_pks = session.execute(insert(ClaimRow).returning(ClaimRow.pk, sort_by_parameter_order=True),
                                    fitted(ClaimRow, claim_rows)).scalars().all()
        about_rows = [{"claim_pk": cpk, "entity_pk": epk}
                      for cpk, (about, _) in zip(claim_pks, claim_extra, strict=True) for epk in about]
        if about_rows:
            session.execute(insert(ClaimEntityRow), about_rows)
        for cpk, row, (_, qs) in zip(claim_pks, claim_rows, claim_extra, strict=True):
            quantity_rows.extend(_quantity_row(q, row["article_pk"], cpk) for q in qs)
    for c, apk in zip(fresh, pks, strict=True):
        quantity_rows.extend(_quantity_row(q, apk, None) for q in c.get("quantities") or [])
    if quantity_rows:
        session.execute(insert(QuantityRow), fitted(QuantityRow, quantity_rows))


def _claim_row(cl: Mapping[str, Any], apk: int, local: Mapping[str, int], language: str | None) -> dict[str, Any]:
    span, content = cl.get("span") or {}, cl.get("content") or cl.get("span") or {}
    cue, src = cl.get("cue") or {}, cl.get("source") or {}
    return {
        "article_pk": apk, "local_id": cl["id"],
        "span_start": span.get("start", 0), "span_end": span.get("end", 0),
        "content_start": content.get("start", 0), "content_end": content.get("end", 0),
        "content": content.get("text") or "",
        "cue": cue.get("text"), "cue_start": cue.get("start"), "cue_end": cue.get("end"),
        "source_text": src.get("text"), "source_start": src.get("start"), "source_end": src.get("end"),
        "source_name": src.get("name"), "source_key": name_key(src.get("name")),
        "source_kind": src.get("kind"), "source_entity_pk": local.get(src.get("entity") or ""),
        "mode": cl.get("mode") or "assertion", "stance": cl.get("stance") or "assert",
        "hedged": bool(cl.get("hedged")), "position": cl.get("position") or "body", "via": cl.get("via") or [],
        "index_terms": claim_terms(content.get("text"), src.get("name"), language),
    }


def _quantity_row(q: Mapping[str, Any], apk: int, cpk: int | None) -> dict[str, Any]:
    return {
        "article_pk": apk, "claim_pk": cpk, "text": q.get("text") or "",
        "start": q.get("start", 0), "end": q.get("end", 0),
        "value": q.get("value"), "lower": q.get("lower"), "upper": q.get("upper"),
        "approx": bool(q.get("approx")), "unit": q.get("unit"), "unit_lemma": q.get("unit_lemma"),
        "currency": q.get("currency"),
    }


def record_error(session: Session, input_name: str, reason: str) -> None:
    session.add(IngestErrorRow(input_name=input_name, reason=reason,
                               created_at=datetime.now(UTC).replace(tzinfo=None)))
