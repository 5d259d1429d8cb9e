"""`propos` command line. Each module registers its commands on the shared app; this file only wires them."""

from propos.interfaces.cli import (  # noqa: F401  (commands register on import)
    analyze,
    eval_quotes,
    eval_timex,
    evaluate,
    gold,
    kb,
    scale,
    store,
    train,
)
from propos.interfaces.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
