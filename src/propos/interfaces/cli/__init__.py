"""`propos` command line. Each module registers its commands on the shared app; this file only wires them."""

from propos.interfaces.cli import analyze, evaluate  # noqa: F401  (commands register on import)
from propos.interfaces.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
