"""`propos batch` (the Dask batch engine) and `propos dedup` (wire families of a collection)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from propos.interfaces.cli.app import app

err = Console(stderr=True)


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="files, directories, feed files or feed URLs, WARC archives"),
    workers: int = typer.Option(2, "--workers", "-w", help="worker processes (0: no Dask, in this process)"),
    scheduler: str = typer.Option(None, "--scheduler", help="a Dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster)"),
    out: Path = typer.Option(None, "--out", help="write Parquet shards (and report.json) to this directory"),
    db: str = typer.Option(None, "--db", help="save into the store at this URL (sqlite:///…, postgresql://…)"),
    date: str = typer.Option(None, "--date", help="publication date YYYY-MM-DD for articles without one"),
    lang: str = typer.Option("fr", "--lang", help="language of the articles"),
    force_lang: bool = typer.Option(False, "--force-lang", help="skip language detection"),
    fast: bool = typer.Option(False, "--selective-parse", "--fast",
                              help="parse only the sentences that may carry speech or events: faster where few do "
                                   "(on wire news they hold ~80 % of the words, and it is not); slightly less "
                                   "accurate"),
    shard_size: int = typer.Option(50, "--shard-size", help="articles per task and per Parquet shard"),
) -> None:
    """Analyse many articles on Dask: resumable, with wire duplicates and stories marked."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from propos.analysis import normalize_date
    from propos.errors import ProposError
    from propos.scale.batch import BatchOptions, run_batch

    if out is None and db is None:
        err.print("[red]error:[/red] give --out DIR and/or --db URL")
        raise typer.Exit(2)
    try:
        options = BatchOptions(lang=lang, date=normalize_date(date), force_lang=force_lang, fast=fast,
                               shard_size=shard_size)
    except ProposError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    with Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("batch", total=None)
        report = run_batch(inputs, out=out, db=db, workers=workers, scheduler=scheduler, options=options,
                           on_progress=lambda done, total: progress.update(task, completed=done, total=total))
    for failure in report.failures:
        err.print(f"[red]failed:[/red] {failure['message']}", highlight=False)
    err.print(
        f"{report.articles} article(s) read, {report.analysed} analysed, {report.resumed} already done, "
        f"{len(report.failures)} failure(s); {report.duplicates} duplicate(s) in {report.families} wire "
        f"famil{'y' if report.families == 1 else 'ies'}, {report.stories} stor{'y' if report.stories == 1 else 'ies'}; "
        f"{report.words} words in {report.seconds:.1f} s ({report.words_per_second:.0f} words/s)",
        highlight=False,
    )
    if report.failures:
        raise typer.Exit(1)


@app.command()
def dedup(
    inputs: list[str] = typer.Argument(..., help="files, directories, feeds or WARC archives"),
    threshold: float = typer.Option(0.5, "--threshold", help="Jaccard similarity of near copies"),
    containment: float = typer.Option(0.8, "--containment", help="share of a truncated copy found in the original"),
) -> None:
    """List wire families (JSON lines): the canonical (earliest) copy and its copies, without analysing."""
    from propos.input.readers import ReadFailure
    from propos.scale.batch import _unique_keys, read_inputs
    from propos.scale.dedup import DuplicateFinder, body_of

    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, ReadFailure):
            err.print(f"[red]failed:[/red] {item.error}", highlight=False)
        else:
            articles.append(item)
    finder = DuplicateFinder(threshold=threshold, containment=containment)
    keyed = dict(zip(_unique_keys(articles), articles, strict=True))
    for key, article in keyed.items():
        finder.add(key, body_of(article.text, article.title_span), date=article.date)
    families = finder.families()
    for family in families:
        copies = [{"id": keyed[m].id, "origin": keyed[m].origin, "date": keyed[m].date,
                   "match": finder.matches[m].kind if m in finder.matches else None} for m in family.members]
        sys.stdout.write(json.dumps({"canonical": keyed[family.canonical].id, "copies": copies},
                                    ensure_ascii=False) + "\n")
    err.print(f"{len(keyed)} article(s), {sum(len(f.members) - 1 for f in families)} duplicate(s) "
              f"in {len(families)} famil{'y' if len(families) == 1 else 'ies'}")
