"""`propos eval quotes GOLD.jsonl [--pred PRED.jsonl] [--format json|table]`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from propos.interfaces.cli.evaluate import ScoreFormat, eval_app


@eval_app.command("quotes")
def eval_quotes(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold quotations (JSONL, GOLD_FORMAT.md)"),
    pred: Path | None = typer.Option(None, "--pred", exists=True, dir_okay=False,
                                     help="predictions (JSONL analysis documents); default: run propos now"),
    format: ScoreFormat = typer.Option(ScoreFormat.table, "--format", "-f", help="json or table"),
) -> None:
    """Score quotations and speakers (P/R/F1 @0.3, @0.8, @iou0.5; speaker accuracy; end-to-end)."""
    from propos.evaluation.quotes import format_table, score_quotes

    result = score_quotes(gold, pred)
    if format == ScoreFormat.json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_table(result))
