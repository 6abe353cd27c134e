"""``analyze --format text``: one analysis as a person reads it.

Input, title, outlet, date, agencies and language, then a table of the claims (source,
mode, stance, hedged, figures and the claim's content, cut to the terminal's width). A
rule separates the articles when there are several.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Column, Table
from rich.text import Text

from .store_tables import STANCE_STYLE


def print_analysis(data: dict[str, Any], first: bool = True, console: Console | None = None) -> None:
    out = console or Console(highlight=False)
    article = data.get("article") or {}
    if not first:
        out.rule()
    out.print(Text(article.get("title") or "(no title)", style="bold"))
    facts = [("input", data.get("input")), ("outlet", article.get("outlet")), ("date", article.get("published")),
             ("agencies", ", ".join(article.get("agencies") or [])), ("language", article.get("language"))]
    out.print(Text("  ·  ".join(f"{k}: {v}" for k, v in facts if v)))
    claims = data.get("claims") or []
    if not claims:
        out.print("no claims found")
        return
    fixed = {"source": 16, "mode": 9, "stance": 9, "hedged": 6, "figures": 12}  # characters of text
    rest = max(16, out.width - sum(fixed.values()) - 2 * len(fixed) - 2)  # a column's width includes its padding
    table = Table(*(Column(name, width=w + 2) for name, w in fixed.items()),
                  Column("claim", width=rest, no_wrap=True, overflow="ellipsis"),
                  title=f"{len(claims)} claims", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, padding=(0, 1))
    for c in claims:
        source = (c.get("source") or {}).get("name") or "–"
        via = ", ".join(v.get("name") or "" for v in c.get("via") or [])
        table.add_row(source + (f" (via {via})" if via else ""), c.get("mode") or "",
                      Text(c.get("stance") or "", style=STANCE_STYLE.get(c.get("stance") or "")),
                      "yes" if c.get("hedged") else "no",
                      ", ".join(q.get("text") or "" for q in c.get("quantities") or []),
                      " ".join(((c.get("content") or {}).get("text") or "").split()))
    out.print(table)
