"""`propos eval quotes|timex`: score propos against gold files (../shared/eval/METRICS.md)."""

from __future__ import annotations

import typer

from propos.interfaces.cli.app import app

eval_app = typer.Typer(help="Score propos against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
