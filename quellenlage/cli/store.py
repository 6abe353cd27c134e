"""Commands that read the store: ``db upgrade``, ``articles``, ``stories``, ``story``, ``search``,
``claims``, ``entity`` and ``export``.

Every listing prints a Rich table, or with ``--json`` the query result as JSON (the same
shape the REST API returns). Every command takes ``--db URL`` (default: ``QUELLENLAGE_DB``
or a SQLite file in the user data directory). A database that cannot be used is one line
on stderr and exit code 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:  # Rich is imported where a table is printed: it costs `analyze` a tenth of a second
    from rich.console import Console

from ..document import ModeChoice, StanceChoice
from .coercion import App
from .common import app, fail_line
from .store_tables import claims_table, render_story

db_app = App(help="Create or migrate the database.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(db_app, name="db")

DB_HELP = "Database URL: sqlite:///path or postgresql://user@host/db (default: $QUELLENLAGE_DB or the user data dir)."


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    jsonld = "jsonld"


def console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


@contextmanager
def opened(db: str | None, create: bool = False) -> Iterator[Any]:
    """The existing store at ``db``, or a one-line error and exit 1 (a missing store is not created,
    except for a command that fills one: ``create``)."""
    from ..store import FilterError, StoreError, open_store
    from ..store.db import missing_store

    try:
        where = None if create else missing_store(db)
        if where is not None:
            fail_line("--db", f"no store at {where} (`quellenlage ingest PATH --db …` creates one)")
            raise typer.Exit(1)
        store = open_store(db)
    except StoreError as exc:
        fail_line("--db", str(exc))
        raise typer.Exit(1) from None
    from sqlalchemy.exc import SQLAlchemyError

    from ..errors import one_line

    try:
        yield store
    except FilterError as exc:  # a filter value that cannot be meant: a usage error
        fail_line(f"--{exc.name.replace('_', '-')}", exc.reason)
        raise typer.Exit(2) from None
    except StoreError as exc:
        fail_line("--db", str(exc))
        raise typer.Exit(1) from None
    except SQLAlchemyError as exc:  # the server went away, a lock timed out …
        fail_line("--db", f"{store.url}: {one_line(exc)}")
        raise typer.Exit(1) from None
    finally:
        store.close()


def check_date(option: str, value: str | None) -> None:
    """A date given on the command line is a real ISO date, or one line and exit 2."""
    if value is None:
        return
    from datetime import date, datetime

    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            parse(value)
            return
        except ValueError:
            continue
    fail_line(option, f"{value!r} is not a date (use YYYY-MM-DD)")
    raise typer.Exit(2)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def footer(page: Any, what: str) -> str:
    shown = len(page.items)
    if not shown:
        return f"no {what}"
    return f"{page.offset + 1}–{page.offset + shown} of {page.total}{'' if page.exact else '+'} {what}"


@db_app.command("upgrade")
def db_upgrade(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Create the schema, or migrate it to the newest version."""
    from ..store import StoreError
    from ..store import db as storedb

    try:
        engine = storedb.create_store_engine(db)
        before, after = storedb.upgrade(engine)
    except StoreError as exc:
        fail_line("--db", str(exc))
        raise typer.Exit(1) from None
    where = storedb.describe(str(engine.url))
    engine.dispose()
    if before == after:
        typer.echo(f"{where}: already at revision {after}")
    else:
        typer.echo(f"{where}: migrated from {before or 'empty'} to revision {after}")


@app.command()
def articles(
    outlet: str | None = typer.Option(None, help="Only this outlet (as stored, e.g. taz.de)."),
    language: str | None = typer.Option(None, help="Only this language (ISO 639-1)."),
    since: str | None = typer.Option(None, help="Published on or after this ISO date."),
    until: str | None = typer.Option(None, help="Published on or before this ISO date."),
    limit: int = typer.Option(50, min=0, max=1000), offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List stored articles, newest first."""
    check_date("--since", since)
    check_date("--until", until)
    with opened(db) as store:
        page = store.articles(outlet=outlet, language=language, since=since, until=until, limit=limit,
                              offset=offset)
    if as_json:
        return print_json(page.to_dict())
    from rich.table import Column, Table

    table = Table(Column("date", no_wrap=True), "outlet", "lang", "title", "claims", "id", title="Articles",
                  caption=footer(page, "articles"))
    for a in page.items:
        table.add_row(a.published or "", a.outlet or "", a.language or "", a.title or "", str(a.claim_count),
                      a.id[:12])
    console().print(table)


@app.command()
def stories(
    update: bool = typer.Option(False, "--update", help="First place newly stored articles into stories."),
    limit: int = typer.Option(50, min=0, max=1000), offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List stories, most recent first: articles, outlets, languages, and whether sources disagree."""
    with opened(db) as store:
        if update:
            done = store.update_stories()
            typer.echo(f"{done.placed} articles placed, {done.stories} stories updated", err=True)
        page = store.stories(limit=limit, offset=offset)
    if as_json:
        return print_json({**page.to_dict(), "items": [s.to_dict() for s in page.items]})
    from rich.table import Table
    from rich.text import Text

    table = Table("id", "from", "to", "title", "articles", "outlets", "languages", "disagree",
                  title="Stories", caption=footer(page, "stories"))
    for s in page.items:
        table.add_row(str(s.id), s.first_published or "", s.last_published or "", s.title or "",
                      str(s.articles), str(s.outlets), ",".join(s.languages),
                      Text(f"yes ({s.disagreements})", style="bold red") if s.disagrees else Text("no"))
    console().print(table)


@app.command()
def delete(
    article_id: str = typer.Argument(..., help="Article id (the content hash, as `quellenlage articles --json` lists)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Delete one article; every story it was in is updated in the same transaction (an emptied one goes)."""
    with opened(db) as store:
        found = store.delete_article(article_id)
    if not found:
        fail_line(article_id, "no such article (see `quellenlage articles`)")
        raise typer.Exit(1)
    console().print(f"deleted {article_id}; its stories are updated", highlight=False)


@app.command()
def story(
    story_id: str = typer.Argument(..., help="Story id (as listed by `quellenlage stories`)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One story: its source table, disagreements and a timeline of its figures."""
    with opened(db) as store:
        detail = store.story(story_id)
    if detail is None:
        fail_line(story_id, "no such story (see `quellenlage stories`)")
        raise typer.Exit(1)
    if as_json:
        return print_json(detail.to_dict())
    render_story(console(), detail)


class Order(StrEnum):
    relevance = "relevance"
    date = "date"


LANGUAGE_HELP = "Only articles in this language (ISO 639-1: de, en)."
OUTLET_HELP = "Only this outlet (as stored, e.g. taz.de)."
SINCE_HELP = "Published on or after this date (YYYY-MM-DD)."
UNTIL_HELP = "Published on or before this date (YYYY-MM-DD)."


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find (all must occur; word beginnings, parts of compounds "
                                          "and spellings without umlauts match)."),
    order: Order = typer.Option(Order.relevance, "--order",
                                help="relevance: title, whole words, compound parts, newest first in each; "
                                     "date: newest published first."),
    language: str | None = typer.Option(None, "--language", help=LANGUAGE_HELP),
    outlet: str | None = typer.Option(None, "--outlet", help=OUTLET_HELP),
    since: str | None = typer.Option(None, "--since", help=SINCE_HELP),
    until: str | None = typer.Option(None, "--until", help=UNTIL_HELP),
    limit: int = typer.Option(20, min=0, max=1000), offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Full-text search over titles and article texts."""
    with opened(db) as store:
        page = store.search(query, limit=limit, offset=offset, order=order.value, language=language, outlet=outlet,
                            since=since, until=until)
    if as_json:
        return print_json({**page.to_dict(), "order": order.value,
                           "items": [{"article": h.article.to_dict(), "snippet": h.plain(),
                                      "highlights": [t for t, m in h.parts() if m]} for h in page.items]})
    from rich.table import Column, Table
    from rich.text import Text

    table = Table(Column("date", no_wrap=True), "outlet", "title", "snippet", "id", title=f"Search: {query}",
                  caption=footer(page, "articles") + f" · sorted by {ORDER_NOTE[order.value]}")
    for h in page.items:
        snippet = Text()
        for part, marked in h.parts():
            snippet.append(part.replace("\n", " "), style="bold yellow" if marked else None)
        table.add_row(h.article.published or "", h.article.outlet or "", h.article.title or "", snippet,
                      h.article.id[:12])
    console().print(table)


ORDER_NOTE = {"relevance": "relevance (title, whole words, compound parts; newest first in each)",
              "date": "date published, newest first"}


@app.command()
def claims(
    text: str | None = typer.Option(None, "--text", help="Words the claim's content or source must hold."),
    source: str | None = typer.Option(None, "--source", help="Who claims it: a name as written or canonical."),
    entity: str | None = typer.Option(None, "--entity", help="Who or what it is by or about: name or ref."),
    stance: StanceChoice | None = typer.Option(None, "--stance", help="assert, deny or uncertain."),
    mode: ModeChoice | None = typer.Option(None, "--mode", help="direct, indirect, reportive or assertion."),
    has_figure: bool | None = typer.Option(None, "--has-figure/--no-figure", help="Only claims with (without) a figure."),
    language: str | None = typer.Option(None, "--language", help=LANGUAGE_HELP),
    outlet: str | None = typer.Option(None, "--outlet", help=OUTLET_HELP),
    since: str | None = typer.Option(None, "--since", help=SINCE_HELP),
    until: str | None = typer.Option(None, "--until", help=UNTIL_HELP),
    limit: int = typer.Option(50, min=0, max=1000), offset: int = typer.Option(0, min=0),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List claims, filtered by words, source, entity, stance, mode, figure, language, outlet and date."""
    with opened(db) as store:
        page = store.claims(source=source, entity=entity, stance=stance.value if stance else None,
                            mode=mode.value if mode else None, limit=limit, offset=offset, text=text,
                            language=language, outlet=outlet, since=since, until=until, has_figure=has_figure)
    if as_json:
        return print_json(page.to_dict())
    title = f"Claims: {text}" if text else "Claims"
    console().print(claims_table(page.items, title=title, caption=footer(page, "claims")))


@app.command()
def entity(
    ref: str = typer.Argument(..., help="Entity ref (iso3166:KP) or name (Nordkorea, North Korea)."),
    limit: int = typer.Option(50, min=0, max=1000),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One entity: the claims it makes and the claims about it."""
    with opened(db) as store:
        detail = store.entity(ref, limit=limit)
    if detail is None:
        fail_line(ref, "no such entity")
        raise typer.Exit(1)
    if as_json:
        return print_json(detail.to_dict())
    out = console()
    out.print(f"[bold]{detail.name}[/bold] ({detail.type or '?'}, {detail.ref}) — in {detail.article_count} "
              f"articles as {', '.join(detail.names)}")
    out.print(claims_table(detail.claims_by, title=f"Claims by {detail.name}"))
    out.print(claims_table(detail.claims_about, title=f"Claims about {detail.name}"))


@app.command()
def export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                     help="jsonl: analysis contracts; csv: one row per claim; "
                                          "jsonld: schema.org Claim."),
    output: str = typer.Option("-", "--output", "-o", help="File to write (default: stdout)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the whole store."""
    from pathlib import Path

    from ..export import export as run_export

    folder = Path(output).parent
    if output != "-" and not folder.is_dir():
        fail_line(output, f"the folder {folder} does not exist (create it first)")
        raise typer.Exit(1)
    with opened(db) as store:
        try:
            fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            fail_line(output, exc.strerror or str(exc))
            raise typer.Exit(1) from None
        try:
            n = run_export(store, fmt.value, fh)
        finally:
            if fh is not sys.stdout:
                fh.close()
    if output != "-":
        typer.echo(f"{n} records written to {output}", err=True)
