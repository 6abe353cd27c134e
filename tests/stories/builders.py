"""Hand-built analysis contract dicts, so the connect tests do not depend on the engines' output."""

from __future__ import annotations

from typing import Any

from quellenlage.document import content_id


def article(text: str, *, outlet: str | None = None, published: str | None = None, lang: str = "de",
            title: str | None = None, agencies: list[str] | None = None,
            entities: list[tuple[str, str | None, str | None]] | None = None,
            claims: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A contract dict. ``entities`` are ``(name as written, ref, canonical)``; every occurrence
    of the name in the text becomes a mention. ``claims`` are made with :func:`claim`."""
    ents = []
    for i, (name, ref, canonical) in enumerate(entities or [], start=1):
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append({"start": pos, "end": pos + len(name)})
            pos = text.find(name, pos + 1)
        ents.append({"id": f"e{i}", "name": name, "type": "GPE", "canonical": canonical, "ref": ref,
                     "mentions": mentions})
    by_name = {e["name"]: e["id"] for e in ents}
    out_claims = []
    for j, c in enumerate(claims or [], start=1):
        content = c["content"]
        start = text.index(content)
        end = start + len(content)
        src = c.get("source")
        out_claims.append({
            "id": f"c{j}",
            "span": {"start": start, "end": end, "text": content},
            "content": {"start": start, "end": end, "text": content},
            "cue": None,
            "source": None if src is None else {"text": src, "start": None, "end": None, "name": src,
                                                "entity": by_name.get(src), "kind": "named"},
            "via": [],
            "mode": c.get("mode", "indirect"),
            "stance": c.get("stance", "assert"),
            "hedged": c.get("hedged", False),
            "quantities": c.get("quantities", []),
        })
    return {
        "schema": "quellenlage.analysis/1",
        "article": {"id": content_id(text), "url": None, "outlet": outlet, "title": title, "section": None,
                    "published": published, "authors": [], "agencies": agencies or [], "image_credits": [],
                    "language": lang, "text": text},
        "entities": ents,
        "claims": out_claims,
    }


def claim(content: str, source: str | None, *, stance: str = "assert", mode: str = "indirect",
          quantities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"content": content, "source": source, "stance": stance, "mode": mode, "quantities": quantities or []}


def qty(text: str, unit: str, *, value: float | None = None, lower: float | None = None,
        upper: float | None = None, approx: bool = False) -> dict[str, Any]:
    return {"text": text, "start": 0, "end": 0, "value": value, "lower": lower, "upper": upper,
            "approx": approx, "unit": unit}
