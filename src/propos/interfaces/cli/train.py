"""`propos train speakers|speaker-confidence|quote-marks|quote-fragments|free-indirect|quote-verifier|stances`:
rebuild a learned piece from the train gold (deterministic with its seed)."""

from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path

import typer

from propos.interfaces.cli.app import app

train_app = typer.Typer(help="Rebuild the learned pieces from gold/fr/train.jsonl.", no_args_is_help=True)
app.add_typer(train_app, name="train")

GoldOption = typer.Option(Path("gold/fr/train.jsonl"), "--gold", exists=True, dir_okay=False)
SeedOption = typer.Option(0, "--seed")
OutOption = typer.Option(None, "--out", help="default: the model shipped in the package")


def _train(module: str, gold: Path, seed: int, out: Path | None) -> None:
    try:
        trainer = import_module(f"propos.training.{module}")
    except ImportError as exc:
        typer.echo(f"error: training needs scikit-learn ({exc}); run `make test` (or pip install -e '.[dev]')",
                   err=True)
        raise typer.Exit(2) from None
    scores = trainer.train(gold, out or trainer.MODEL_DIR, seed)
    typer.echo(json.dumps({k: v for k, v in scores.items() if k not in ("curve", "bands")}, indent=1))


@train_app.command("speakers")
def train_speakers(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """The mention → entity ranker for pronouns and floating quotations."""
    _train("speakers", gold, seed, out)


@train_app.command("speaker-confidence")
def train_speaker_confidence(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """The probability that a named speaker is right, calibrated from the rules' scores."""
    _train("speaker_confidence", gold, seed, out)


@train_app.command("quote-marks")
def train_quote_marks(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """Which pairs of quote marks are speech (not a name, a title or a term)."""
    _train("quote_marks", gold, seed, out)


@train_app.command("quote-fragments")
def train_quote_fragments(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """Which fragments in quote marks in narration, with no reported speech right before, are quotations."""
    _train("quote_fragments", gold, seed, out)


@train_app.command("free-indirect")
def train_free_indirect(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """Which sentences after someone's words carry them on (free indirect speech)."""
    _train("free_indirect", gold, seed, out)


@train_app.command("quote-verifier")
def train_quote_verifier(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """Which indirect and mixed quotations the rules find are not reported speech (after free-indirect; retrain
    speaker-confidence and stances after it)."""
    _train("quote_verifier", gold, seed, out)


@train_app.command("stances")
def train_stances(gold: Path = GoldOption, seed: int = SeedOption, out: Path | None = OutOption) -> None:
    """Which quotations state a position of their speaker, and which way."""
    _train("stances", gold, seed, out)
