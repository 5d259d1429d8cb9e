"""`propos analyze` and `propos schema`."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from propos.input.readers import describe_formats
from propos.interfaces.cli.app import app
from propos.interfaces.digest import render_digest
from propos.model import json_schema

err = Console(stderr=True)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def run_analysis(paths: list[str], *, date: str | None, lang: str, max_chars: int | None, force_lang: bool):
    """Yield outcomes for the given paths, with a progress bar on a terminal."""
    from propos.analysis import DEFAULT_MAX_CHARS, Analyzer
    from propos.errors import ProposError
    from propos.input.readers import read_sources

    try:
        analyzer = Analyzer(lang, max_chars=max_chars or DEFAULT_MAX_CHARS, force_lang=force_lang)
    except ProposError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    items = read_sources(paths, stdin=sys.stdin.buffer)
    if err.is_terminal:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                      transient=True) as progress:
            task = progress.add_task("analysing", total=None)
            for outcome in analyzer.analyze_stream(items, date=date):
                progress.update(task, advance=1, description=f"analysing {outcome.origin}")
                yield outcome
    else:
        yield from analyzer.analyze_stream(items, date=date)


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help=describe_formats()),
    format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text digest, JSON, or JSON lines"),
    date: str = typer.Option(None, "--date", help="publication date YYYY-MM-DD (overrides the article's own)"),
    lang: str = typer.Option("fr", "--lang", help="language of the articles"),
    output: Path = typer.Option(None, "--output", "-o", help="write here instead of standard output"),
    max_chars: int = typer.Option(None, "--max-chars", help="refuse longer articles (default 2,000,000)"),
    force_lang: bool = typer.Option(False, "--force-lang", help="skip language detection"),
) -> None:
    """Analyse articles: quotations with their speakers, actors, dates, events and stances."""
    from propos.analysis import normalize_date
    from propos.errors import ProposError

    try:
        date = normalize_date(date)
    except ProposError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failures = analysed = 0
    documents = []
    try:
        for outcome in run_analysis(paths, date=date, lang=lang, max_chars=max_chars, force_lang=force_lang):
            if not outcome.ok:
                failures += 1
                err.print(f"[red]error:[/red] {outcome.error}", highlight=False)
                continue
            doc = outcome.document
            analysed += 1
            if format is OutputFormat.jsonl:
                out.write(doc.model_dump_json() + "\n")
            elif format is OutputFormat.text:
                out.write(render_digest(doc) + "\n\n")
            else:
                documents.append(doc.model_dump(mode="json"))
            out.flush()
        if format is OutputFormat.json:
            payload = documents[0] if len(documents) == 1 else documents
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    finally:
        if output:
            out.close()
    if failures:
        if analysed:
            err.print(f"{failures} article(s) failed; the other {analysed} were analysed.")
        else:
            err.print(f"no article could be analysed ({failures} failed): see the errors above.")
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis document."""
    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))
