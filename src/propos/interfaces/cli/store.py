"""CLI commands over the store: ingest, search (quotations or articles), quotes, actors, stances, export, serve."""

from __future__ import annotations

import re
import shlex
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from propos.input.readers import describe_formats
from propos.interfaces.cli.app import app

out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="SQLite file or database URL (default: PROPOS_DB, then the per-user store)")
DateFrom = typer.Option(None, "--from", help="from this date, YYYY-MM-DD")
DateTo = typer.Option(None, "--to", help="to this date, YYYY-MM-DD")
Limit = typer.Option(20, "--limit", "-n", min=1, max=10_000)
Json = typer.Option(False, "--json", help="JSON lines instead of a table")


def _open(db: str | None):
    from propos.store import Store

    try:
        return Store.open(db)
    except Exception as exc:  # a wrong URL or an unreachable server: one clear line, not a traceback
        err.print(f"[red]error:[/red] cannot open the store {db or ''}: {exc}", highlight=False)
        raise typer.Exit(2) from None


def _dates(*values: str | None) -> None:
    from propos.analysis import normalize_date
    from propos.errors import ProposError

    try:
        for v in values:
            normalize_date(v)
    except ProposError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help=describe_formats()),
    db: str = DbOption,
    date: str = typer.Option(None, "--date", help="publication date YYYY-MM-DD (overrides the article's own)"),
    digest: bool = typer.Option(False, "--digest", help="print the digest of each article"),
) -> None:
    """Analyse articles and store them (idempotent: an article already stored by this pipeline is skipped)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from propos.analysis import Analyzer, internal_error
    from propos.input.readers import ReadFailure, read_sources
    from propos.interfaces.digest import render_digest
    from propos.store.writes import SaveResult

    _dates(date)
    store = _open(db)
    analyzer = Analyzer("fr")
    counts = {"stored": 0, "replaced": 0, "duplicate": 0, "failed": 0}
    failures: list[str] = []
    known: list = []

    def fresh(items):
        """Skip what is already stored before paying for its analysis."""
        for item in items:
            try:
                stored = not isinstance(item, ReadFailure) and store.is_duplicate(
                    url=item.url, text=item.text, pipeline_version=analyzer.pipeline_version)
            except Exception as exc:  # the article's keys cannot be looked up: it fails, the run goes on
                yield ReadFailure(item.origin or item.id, internal_error(exc, item.origin or item.id))
                continue
            if stored:
                counts["duplicate"] += 1
                known.append(item)
                progress.advance(task)
                continue
            yield item

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in analyzer.analyze_stream(fresh(read_sources(paths, stdin=sys.stdin.buffer)), date=date):
            progress.update(task, advance=1, description=f"ingesting {Path(outcome.origin).name}")
            if not outcome.ok:
                counts["failed"] += 1
                failures.append(str(outcome.error))
                continue
            try:
                result = store.save(outcome.document)
            except Exception as exc:  # the article's transaction was rolled back; the batch goes on
                counts["failed"] += 1
                failures.append(f"{outcome.origin}: not stored: {exc}")
                continue
            counts[result.value] += 1
            if digest and result is not SaveResult.duplicate:
                out.print(render_digest(outcome.document) + "\n", highlight=False, markup=False, soft_wrap=True)
    if digest:
        for item in known:
            stored = _stored_copy(store, item)
            if stored is not None:
                out.print(render_digest(stored) + "\n", highlight=False, markup=False, soft_wrap=True)
    err.print(f"stored {counts['stored']} · re-analysed {counts['replaced']} · skipped as duplicate "
              f"{counts['duplicate']} · failed {counts['failed']}  → {store.url}", highlight=False)
    for line in failures:
        err.print(f"  [red]failed:[/red] {line}", highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


def _stored_copy(store, item):
    from propos.store.urls import content_hash
    from propos.store.writes import find_article

    with store.engine.connect() as conn:
        found = find_article(conn, url=item.url, text_hash=content_hash(item.text))
    return store.article(found[0]) if found else None


def _print_quotes(page, as_json: bool) -> None:
    if as_json:
        for q in page.items:
            typer.echo(q.model_dump_json())
        return
    table = Table(title=f"{page.total} quotation(s)", show_lines=False)
    for col in ("date", "speaker", "quotation", "type", "article"):
        table.add_column(col, overflow="fold")
    for q in page.items:
        table.add_row(q.article_date or "", q.speaker_name or (q.speaker.text if q.speaker else "?"),
                      q.content.text, q.type, f"{q.article_pk} {q.article_title or ''}")
    out.print(table)


def _quotes(query, db, speaker, date_from, date_to, source, type, limit, as_json) -> None:
    from propos.store import QuoteFilter

    _dates(date_from, date_to)
    store = _open(db)
    page = store.search(QuoteFilter(query=query, speaker=speaker, date_from=date_from, date_to=date_to,
                                    source=source, type=type), limit=limit)
    _print_quotes(page, as_json)
    if query and not page.total and not (speaker or type or as_json):
        # The words may be in the narration: say so rather than let "nothing" mean "not in the store".
        found = store.search_articles(query, limit=1, source=source, date_from=date_from, date_to=date_to)
        if found.total:
            err.print(f"no quotation holds these words, but {found.total}{'' if found.total_exact else '+'} "
                      f"article(s) do: propos search --articles {shlex.quote(query)}",
                      highlight=False, markup=False, soft_wrap=True)


def _passage(hit):
    """The passage as Rich text, the words found in bold (the article's own text is never read as markup)."""
    from rich.text import Text

    shown = Text("…" if hit.passage.cut_before else "")
    for piece, marked in hit.passage.pieces():
        shown.append(re.sub(r"\s+", " ", piece), style="bold reverse" if marked else None)
    if hit.passage.cut_after:
        shown.append("…")
    return shown


def _articles(query, db, date_from, date_to, source, limit, as_json) -> None:
    _dates(date_from, date_to)
    page = _open(db).search_articles(query, limit=limit, source=source, date_from=date_from, date_to=date_to)
    if as_json:
        for hit in page.items:
            typer.echo(hit.model_dump_json())
        return
    table = Table(title=f"{page.total}{'' if page.total_exact else '+'} article(s)")
    for col in ("date", "article", "source", "passage"):
        table.add_column(col, overflow="fold")
    for hit in page.items:
        table.add_row(hit.date or "", f"{hit.pk} {hit.title or hit.id}", hit.source or "",
                      _passage(hit) if hit.passage else "")
    out.print(table)


@app.command()
def search(query: str = typer.Argument(..., help="words to find in quotations, or with --articles in articles "
                                                 "(accents optional; every word must be there)"),
           db: str = DbOption, speaker: str = typer.Option(None, "--speaker", help="actor id or part of a name"),
           date_from: str = DateFrom, date_to: str = DateTo, source: str = typer.Option(None, "--source"),
           type: str = typer.Option(None, "--type", help="direct, indirect, mixed, free_indirect, reported"),
           articles: bool = typer.Option(False, "--articles", "-a",
                                         help="search the articles' title and text instead, showing the passage"),
           limit: int = Limit, as_json: bool = Json) -> None:
    """Search stored quotations, or with --articles stored articles (newest first)."""
    if articles:
        if speaker or type:
            err.print("[red]error:[/red] --speaker and --type filter quotations, not --articles")
            raise typer.Exit(2)
        _articles(query, db, date_from, date_to, source, limit, as_json)
        return
    _quotes(query, db, speaker, date_from, date_to, source, type, limit, as_json)


@app.command()
def quotes(db: str = DbOption, speaker: str = typer.Option(None, "--speaker"), date_from: str = DateFrom,
           date_to: str = DateTo, source: str = typer.Option(None, "--source"), type: str = typer.Option(None, "--type"),
           limit: int = Limit, as_json: bool = Json) -> None:
    """List stored quotations, newest first."""
    _quotes(None, db, speaker, date_from, date_to, source, type, limit, as_json)


@app.command()
def actors(db: str = DbOption, query: str = typer.Option(None, "--name", help="part of the name"),
           limit: int = Limit, as_json: bool = Json) -> None:
    """List actors, most quoted first."""
    page = _open(db).actors(limit=limit, query=query)
    if as_json:
        for a in page.items:
            typer.echo(a.model_dump_json())
        return
    table = Table(title=f"{page.total} actor(s)")
    for col in ("id", "name", "type", "quotations", "articles", "roles"):
        table.add_column(col, overflow="fold")
    for a in page.items:
        table.add_row(a.id, a.name, a.type, str(a.quotes), str(a.articles), ", ".join(r.title for r in a.roles))
    out.print(table)


@app.command()
def stances(db: str = DbOption, issue: str = typer.Option(None, "--issue"), holder: str = typer.Option(None, "--holder"),
            stance: str = typer.Option(None, "--stance", help="support, oppose or neutral"),
            limit: int = Limit, as_json: bool = Json) -> None:
    """List stances: who supports or opposes what."""
    page = _open(db).stances(limit=limit, issue=issue, holder=holder, stance=stance)
    if as_json:
        for s in page.items:
            typer.echo(s.model_dump_json())
        return
    table = Table(title=f"{page.total} stance(s)")
    for col in ("date", "holder", "stance", "issue", "evidence"):
        table.add_column(col, overflow="fold")
    for s in page.items:
        table.add_row(s.date or "", s.holder_name, s.stance, s.issue, ", ".join(s.evidence))
    out.print(table)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportTable(StrEnum):
    quotes = "quotes"
    articles = "articles"
    actors = "actors"
    article_actors = "article_actors"
    timexes = "timexes"
    events = "events"
    stances = "stances"


@app.command()
def export(format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
           table: ExportTable = typer.Option(ExportTable.quotes, "--table", help="which table to export"),
           output: Path = typer.Option(None, "--output", "-o", help="file to write (standard output for jsonl/csv)"),
           db: str = DbOption) -> None:
    """Export a table as JSON lines, CSV or Parquet (JSON-valued columns as JSON text in CSV and Parquet)."""
    from propos.store.export import export_rows

    if format is ExportFormat.parquet and output is None:
        err.print("[red]error:[/red] Parquet needs --output FILE")
        raise typer.Exit(2)
    count = export_rows(_open(db), table.value, format.value, output)
    err.print(f"exported {count} row(s) of {table.value}" + (f" to {output}" if output else ""))


@app.command()
def serve(db: str = DbOption, host: str = typer.Option("127.0.0.1", "--host"), port: int = typer.Option(8000, "--port"),
          token: str = typer.Option(None, "--token",
                                    help="bearer token for POST /api/articles (default: read-only). Prefer "
                                         "PROPOS_API_TOKEN or the config file: a flag is visible to other users in `ps`"),
          allowed_host: list[str] = typer.Option(None, "--allowed-host",
                                                 help="a Host name the server answers (repeat; default: the loopback "
                                                      "names when bound to loopback, any otherwise)")) -> None:
    """Serve the web page and the REST API (OpenAPI at /docs)."""
    import dataclasses

    import uvicorn

    from propos.interfaces.api import create_app
    from propos.interfaces.api.config import ApiSettings, hosts_for

    settings = ApiSettings.load()
    if token:
        err.print("[yellow]warning:[/yellow] --token is visible to every user of this machine (ps); "
                  "set PROPOS_API_TOKEN or [api] token in the config file instead.", highlight=False)
        settings = dataclasses.replace(settings, token=token)
    settings = dataclasses.replace(settings, allowed_hosts=tuple(allowed_host or ()) or settings.allowed_hosts
                                   or hosts_for(host))
    application = create_app(_open(db), settings=settings)
    out.print(f"propos is served on http://{host}:{port}  (API: http://{host}:{port}/docs)", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
