"""`propos train speakers`: rebuild a learned piece from the train gold (deterministic with its seed)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from propos.interfaces.cli.app import app

train_app = typer.Typer(help="Rebuild the learned pieces from gold/fr/train.jsonl.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("speakers")
def train_speakers(gold: Path = typer.Option(Path("gold/fr/train.jsonl"), "--gold", exists=True, dir_okay=False),
                   seed: int = typer.Option(0, "--seed"),
                   out: Path | None = typer.Option(None, "--out", help="default: the model shipped in the package")) -> None:
    """The mention → entity ranker for pronouns and floating quotations."""
    try:
        from propos.training.speakers import MODEL_DIR, train
    except ImportError as exc:
        typer.echo(f"error: training needs scikit-learn ({exc}); run `make test` (or pip install -e '.[dev]')",
                   err=True)
        raise typer.Exit(2) from None
    scores = train(gold, out or MODEL_DIR, seed)
    typer.echo(json.dumps({k: v for k, v in scores.items() if k != "curve"}, indent=1))


@train_app.command("quote-marks")
def train_quote_marks(gold: Path = typer.Option(Path("gold/fr/train.jsonl"), "--gold", exists=True, dir_okay=False),
                      seed: int = typer.Option(0, "--seed"),
                      out: Path | None = typer.Option(None, "--out", help="default: the model shipped in the package")) -> None:
    """Which pairs of quote marks are speech (not a name, a title or a term)."""
    try:
        from propos.training.quote_marks import MODEL_DIR, train
    except ImportError as exc:
        typer.echo(f"error: training needs scikit-learn ({exc}); run `make test` (or pip install -e '.[dev]')",
                   err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(train(gold, out or MODEL_DIR, seed), indent=1))
