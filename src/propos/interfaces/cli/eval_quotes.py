"""`propos eval quotes|stances|coref GOLD`: quotations and speakers, stances, and the mention → entity stage."""

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


@eval_app.command("stances")
def eval_stances(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold with positions (JSONL, GOLD_FORMAT.md)"),
    pred: Path | None = typer.Option(None, "--pred", exists=True, dir_okay=False,
                                     help="predictions (JSONL analysis documents); default: run propos now"),
    format: ScoreFormat = typer.Option(ScoreFormat.table, "--format", "-f", help="json or table"),
    details: bool = typer.Option(False, "--details", help="list each article's gold and predicted positions (json)"),
) -> None:
    """Score stances against gold positions with the METRICS.md matcher (same holder, same polarity, issues
    sharing a content word)."""
    from propos.evaluation.stances import format_table, score_stances

    result = score_stances(gold, pred, details=details)
    if format == ScoreFormat.json or details:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_table(result))


@eval_app.command("coref")
def eval_coref(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="coreference chains (CoNLL-U + CoNLL-2012 column, as ../shared/gold/coref-fr)"),
) -> None:
    """Score the mention → entity stage alone: how often a pronoun or a role noun is linked into its gold chain."""
    from propos.evaluation.coref import score_coref

    typer.echo(json.dumps(score_coref(gold), indent=2, ensure_ascii=False))
