"""`propos eval quotes|stances|coref GOLD`: quotations and speakers, stances, and the mention → entity stage."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from propos.interfaces.cli.evaluate import FORMAT_OPTION, ScoreFormat, echo_scores, eval_app

PRED_OPTION = typer.Option(None, "--pred", exists=True, dir_okay=False,
                           help="predictions (JSONL analysis documents); default: run propos now")


@eval_app.command("quotes")
def eval_quotes(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold quotations (JSONL, GOLD_FORMAT.md)"),
    pred: Path | None = PRED_OPTION,
    format: ScoreFormat = FORMAT_OPTION,
) -> None:
    """Score quotations and speakers (P/R/F1 @0.3, @0.8, @iou0.5; speaker accuracy; end-to-end)."""
    from propos.evaluation.quotes import format_table, score_quotes

    echo_scores(score_quotes(gold, pred), format_table, format == ScoreFormat.json)


@eval_app.command("stances")
def eval_stances(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="gold with positions (JSONL, GOLD_FORMAT.md)"),
    pred: Path | None = PRED_OPTION,
    format: ScoreFormat = FORMAT_OPTION,
    details: bool = typer.Option(False, "--details", help="list each article's gold and predicted positions (json)"),
) -> None:
    """Score stances against gold positions with the METRICS.md matcher (same holder, same polarity, issues
    sharing a content word)."""
    from propos.evaluation.stances import format_table, score_stances

    echo_scores(score_stances(gold, pred, details=details), format_table, format == ScoreFormat.json or details)


@eval_app.command("coref")
def eval_coref(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="coreference chains (CoNLL-U + CoNLL-2012 column, as ../shared/gold/coref-fr)"),
) -> None:
    """Score the mention → entity stage alone: how often a pronoun or a role noun is linked into its gold chain."""
    from propos.evaluation.coref import score_coref

    typer.echo(json.dumps(score_coref(gold), indent=2, ensure_ascii=False))
