"""The Rich tables of the store commands that print claims and stories (:mod:`.store`):
a list of claims, and one story's sources, claim groups, disagreements and timeline.

Kept apart from the commands, which only read the store and choose between JSON and a
table. Rich is imported inside each function, as in :mod:`.store`: importing it costs
``analyze`` a tenth of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

STANCE_STYLE = {"deny": "bold red", "uncertain": "yellow", "assert": "green"}


def claims_table(items: list[Any], title: str, caption: str | None = None) -> Table:
    """One row per claim (``claims``, ``entity``): when and where, who, how it was reported, its figures."""
    from rich.table import Column, Table
    from rich.text import Text

    table = Table(Column("date", no_wrap=True), "outlet", "source", "mode", "stance", "figures", "claim",
                  title=title, caption=caption)
    for c in items:
        table.add_row(c.published or "", c.outlet or "", c.source or "–", c.mode + (" ~" if c.hedged else ""),
                      Text(c.stance, style=STANCE_STYLE.get(c.stance)), ", ".join(f.label() for f in c.figures),
                      c.content)
    return table


def render_story(out: Console, detail: Any) -> None:
    """Source table, claim groups, disagreements and a text timeline of one story."""
    from rich.table import Column, Table
    from rich.text import Text

    s = detail.story
    out.print(f"[bold]Story {s.id}: {s.title or ''}[/bold]  {s.first_published or '?'} – {s.last_published or '?'}"
              f" · {s.articles} articles · {s.outlets} outlets · {', '.join(s.languages)}")
    table = Table("source", "mode", "stance", "figure", Column("date", no_wrap=True), "outlets", "claim",
                  title="Sources",
                  caption="hedged claims are marked ~; syndicated copies are one line")
    for line in detail.sources:
        table.add_row(line.source or "–", line.mode + (" ~" if line.hedged else ""),
                      Text(line.stance, style=STANCE_STYLE.get(line.stance)),
                      ", ".join(f.label() for f in line.figures), line.date or "", ", ".join(line.outlets),
                      line.content)
    out.print(table)
    if detail.claim_groups:
        groups = Table("group", "about", "claims", "sources", title="Claim groups")
        for g in detail.claim_groups:
            groups.add_row(str(g.id), g.label or g.key, str(g.claims), ", ".join(g.sources))
        out.print(groups)
    if detail.disagreements:
        out.print("[bold red]Disagreements[/bold red]")
        for d in detail.disagreements:
            a = (d.a.source or "(unnamed)") if d.a else "?"
            b = (d.b.source or "(unnamed)") if d.b else "?"
            out.print(f"  • {d.kind} ({d.rule_id or '?'}): {a} vs {b} — {d.rule or d.explanation or ''}")
    else:
        out.print("No disagreements found.")
    if detail.timeline:
        out.print("[bold]Timeline[/bold]")
        for p in detail.timeline:
            outlets = ", ".join(p.outlets) or p.outlet
            out.print(f"  {p.date or 'undated   '}  {p.source or '–'}: {p.label or ''}"
                      + (f"  ({outlets})" if outlets else ""))
