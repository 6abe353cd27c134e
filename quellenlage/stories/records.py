"""One analysed article as the connect layer needs it, read from a Document or a contract dict.

:func:`as_record` accepts either a :class:`~quellenlage.document.Document` or the analysis
contract (``Document.to_dict()``, what ``quellenlage analyze --format json`` prints, what
the store keeps), so the same functions work in memory and over stored rows. The record
resolves what every later step asks again and again: the canonical key of each entity,
which entities a claim is about, and each figure's language-independent unit key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..figure import Figure
from .model import ClaimRef, parse_date
from .terms import content_terms, institution_key, is_non_speaker, unit_key

ArticleLike = Any  # a Document, a contract dict, or an ArticleRecord
COUNTRY, GOVERNMENT = "iso3166:", "gov:"  # entity key prefixes: a country, its government


@dataclass
class EntityInfo:
    """An entity of one article: ``key`` is its ref (``iso3166:KP``) or, lacking one, a name slug."""

    id: str
    key: str
    name: str
    type: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ClaimRecord:
    id: str
    start: int
    end: int
    content: str
    content_start: int
    content_end: int
    source: str | None  # canonical name of the source entity when known, else the resolved name
    source_key: str | None  # entity key of the source, if linked
    source_kind: str | None
    mode: str
    stance: str
    hedged: bool
    figures: list[Figure] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # keys of entities mentioned in the content, source excluded
    terms: set[str] = field(default_factory=set)
    institution: str | None = None  # the institution of the bilingual table it names (``story_sources.tsv``)

    @property
    def speaker(self) -> str | None:
        """Who says it, canonically: an institution of the bilingual table (``lang/common/story_sources.tsv``)
        by its key, else the source's entity key when linked, else its name folded; None if unnamed.

        A country speaking is its government (``iso3166:NO`` -> ``gov:no``): "Oslo said", "Norway
        said" and "the Norwegian government said" are one speaker; "das Umweltministerium" and "the
        Environment Ministry" are one speaker, whether or not the claims stage linked either."""
        if self.institution:
            return "institution:" + self.institution
        if self.source_key:
            if self.source_key.startswith(COUNTRY):
                return GOVERNMENT + self.source_key[len(COUNTRY):].casefold()
            return self.source_key
        return " ".join(self.source.split()).casefold() if self.source else None


@dataclass
class ArticleRecord:
    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str | None = None
    agencies: list[str] = field(default_factory=list)
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    claims: list[ClaimRecord] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)  # every figure of the article
    seen: int = 0  # order in which the article reached the connect layer (ties on dates)
    appearances: list[str] = field(default_factory=list)  # outlets that printed this very text (``appearances``)

    @property
    def outlets(self) -> list[str]:
        """Every outlet that printed this text: its own first, then those of its other appearances."""
        return list(dict.fromkeys([o for o in [self.outlet, *self.appearances] if o]))

    @property
    def refs(self) -> Counter[str]:
        """Entity keys weighted by how often they are mentioned (at least once each)."""
        return Counter({e.key: max(1, len(e.mentions)) for e in self.entities.values()})

    def claim(self, claim_id: str) -> ClaimRecord | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def claim_ref(self, claim: ClaimRecord) -> ClaimRef:
        return ClaimRef(self.id, claim.id)


_SLUG = re.compile(r"[^\w]+", re.UNICODE)


def entity_key(ref: str | None, canonical: str | None, name: str | None) -> str:
    """The ref when the entity linker gave one; else ``name:<slug of the canonical or written name>``."""
    if ref:
        return ref
    base = canonical or name or ""
    return "name:" + _SLUG.sub("-", base.casefold()).strip("-")


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def figure_from(q: Any, lang: str | None) -> Figure:
    """A contract quantity (dict or :class:`~quellenlage.document.Quantity`) -> :class:`Figure`."""
    unit, unit_lemma = _get(q, "unit"), _get(q, "unit_lemma")

    def num(v: Any) -> float | None:
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

    return Figure(
        text=_get(q, "text") or "",
        value=num(_get(q, "value")),
        lower=num(_get(q, "lower")),
        upper=num(_get(q, "upper")),
        approx=bool(_get(q, "approx", False)),
        unit=unit,
        unit_lemma=_get(q, "currency") or unit_key(unit, unit_lemma, lang),  # the language-independent base form
        currency=_get(q, "currency"),
    )


def _mentions(ent: Any) -> list[tuple[int, int]]:
    out = []
    for m in _get(ent, "mentions", None) or []:
        s, e = _get(m, "start"), _get(m, "end")
        if isinstance(s, int) and isinstance(e, int):
            out.append((s, e))
    return out


def as_record(obj: ArticleLike, seen: int = 0) -> ArticleRecord:
    """Read a Document, a contract dict or an ArticleRecord into an :class:`ArticleRecord`."""
    if isinstance(obj, ArticleRecord):
        return obj
    doc_quantities = None
    if not isinstance(obj, Mapping):  # a Document
        doc_quantities = list(getattr(obj, "quantities", None) or [])
        obj = obj.to_dict()
    art = obj.get("article") or {}
    text = art.get("text") or ""
    lang = art.get("language")
    rec = ArticleRecord(
        id=art.get("id") or "",
        text=text,
        outlet=art.get("outlet"),
        title=art.get("title"),
        published=parse_date(art.get("published")),
        language=lang,
        agencies=list(art.get("agencies") or []),
        seen=seen,
        appearances=[a["outlet"] for a in obj.get("appearances") or [] if isinstance(a, Mapping) and a.get("outlet")],
    )
    if not rec.id:
        from ..document import content_id

        rec.id = content_id(text)
    for ent in obj.get("entities") or []:
        eid = _get(ent, "id")
        if not eid:
            continue
        name = _get(ent, "canonical") or _get(ent, "name") or eid
        rec.entities[eid] = EntityInfo(
            id=eid,
            key=entity_key(_get(ent, "ref"), _get(ent, "canonical"), _get(ent, "name")),
            name=name,
            type=_get(ent, "type") or "",
            mentions=_mentions(ent),
        )
    for raw in obj.get("claims") or []:
        claim = _claim_from(raw, rec, lang)
        if claim is not None:
            rec.claims.append(claim)
    all_q = doc_quantities if doc_quantities is not None else obj.get("quantities")
    if all_q:
        rec.figures = [figure_from(q, lang) for q in all_q]
    else:
        rec.figures = [f for c in rec.claims for f in c.figures]
    return rec


def _claim_from(raw: Mapping[str, Any], rec: ArticleRecord, lang: str | None) -> ClaimRecord | None:
    cid = raw.get("id")
    span = raw.get("span") or {}
    content = raw.get("content") or span
    if not cid or not isinstance(span.get("start"), int):
        return None
    c_start = content.get("start", span["start"])
    c_end = content.get("end", span.get("end", c_start))
    c_text = content.get("text") or rec.text[c_start:c_end]
    src = raw.get("source") or {}
    src_ent = rec.entities.get(src.get("entity") or "")
    source = src_ent.name if src_ent else (src.get("name") or src.get("text"))
    if src_ent is None and is_non_speaker(source, lang):
        source = None  # "Anfang November" said nothing: the claim is unattributed
    inside = []
    for ent in rec.entities.values():
        if src_ent is not None and ent.key == src_ent.key:
            continue
        if any(c_start <= s and e <= c_end for s, e in ent.mentions) and ent.key not in inside:
            inside.append(ent.key)
    figures = [figure_from(q, lang) for q in raw.get("quantities") or []]
    named = src.get("name") or src.get("text")
    institution = institution_key(named, lang) or (institution_key(src_ent.name, lang) if src_ent else None)
    return ClaimRecord(
        id=cid,
        start=span["start"],
        end=span.get("end", span["start"]),
        content=c_text,
        content_start=c_start,
        content_end=c_end,
        source=source,
        source_key=src_ent.key if src_ent else None,
        source_kind=src.get("kind"),
        mode=raw.get("mode") or "assertion",
        stance=raw.get("stance") or "assert",
        hedged=bool(raw.get("hedged", False)),
        figures=figures,
        entities=inside,
        institution=institution if source else None,
        terms=content_terms(_without_entities(rec, c_start, c_end) if rec.text[c_start:c_end] == c_text
                            else c_text, lang),
    )


def _without_entities(rec: ArticleRecord, start: int, end: int) -> str:
    """The content with entity mentions blanked out: who is named is compared through entity keys;
    left in, "North Korea" would make every claim naming it share two words with every other."""
    chars = list(rec.text[start:end])
    for ent in rec.entities.values():
        for s, e in ent.mentions:
            if start <= s and e <= end:
                chars[s - start:e - start] = " " * (e - s)
    return "".join(chars)


def as_records(objs: Iterable[ArticleLike]) -> list[ArticleRecord]:
    """Records in input order; ``seen`` numbers them so 'first seen' is well defined."""
    return [as_record(o, seen=i) for i, o in enumerate(objs)]
