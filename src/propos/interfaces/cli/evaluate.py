"""`propos eval quotes|timex|gate`: score propos against gold files (../shared/eval/METRICS.md)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from propos.interfaces.cli.app import app

eval_app = typer.Typer(help="Score propos against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")



class ScoreFormat(StrEnum):
    json = "json"
    table = "table"


FORMAT_OPTION = typer.Option(ScoreFormat.table, "--format", "-f", help="json or table")


def echo_scores(result: dict, format_table, as_json: bool) -> None:
    """A scorer's result as indented JSON (`as_json`) or as its table."""
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else format_table(result))


DEFAULT_SHARED = Path("../shared")
DEFAULT_MINIMUMS = Path("quality/minimums.json")


@eval_app.command("gate")
def eval_gate(
    shared: Path = typer.Option(DEFAULT_SHARED, "--shared", help="folder holding gold/ (development data)"),
    minimums: Path = typer.Option(DEFAULT_MINIMUMS, "--minimums", help="the recorded minimums"),
    update: bool = typer.Option(False, "--update", help="record the measured scores as the new minimums"),
    allow_regression: bool = typer.Option(False, "--allow-regression", help="with --update, allow lowering"),
) -> None:
    """Fail when a development score drops below its recorded minimum (raise minimums with --update)."""
    from propos.evaluation.gate import compare, measure, raise_minimums, read_minimums

    recorded = read_minimums(minimums)
    measured = measure(shared)
    typer.echo(json.dumps(measured, indent=2))
    if update:
        try:
            new = raise_minimums(measured, recorded, allow_regression=allow_regression)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        minimums.parent.mkdir(parents=True, exist_ok=True)
        minimums.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
        typer.echo(f"minimums written to {minimums}")
        return
    failures = compare(measured, recorded)
    for line in failures:
        typer.echo(f"below minimum: {line}", err=True)
    if failures:
        raise typer.Exit(1)
    typer.echo("quality gate passed")
