"""`propos eval timex DIR [--format json|table] [--details]`: French TimeBank-style scoring of time expressions."""

from __future__ import annotations

from pathlib import Path

import typer

from propos.interfaces.cli.evaluate import FORMAT_OPTION, ScoreFormat, echo_scores, eval_app


@eval_app.command("timex")
def eval_timex(
    directory: Path = typer.Argument(..., exists=True, help="folder of ISO-TimeML .tml files, or a time gold JSONL file"),
    format: ScoreFormat = FORMAT_OPTION,
    details: bool = typer.Option(False, "--details", help="list every miss, false alarm and wrong value (json)"),
) -> None:
    """Score time expressions: strict / relaxed / value P, R, F1 and type accuracy (METRICS.md)."""
    from propos.evaluation.timex import format_table, score_timex

    echo_scores(score_timex(directory, details=details), format_table, format == ScoreFormat.json or details)
