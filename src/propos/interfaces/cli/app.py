"""The Typer application that every CLI module adds its commands to."""

import typer

app = typer.Typer(
    name="propos",
    help="propos — who said what, about whom, when, in French news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
