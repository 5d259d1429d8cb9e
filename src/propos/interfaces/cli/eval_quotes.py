"""CLI commands: eval_quotes (registered on the shared app on import)."""

from propos.interfaces.cli.evaluate import eval_app  # noqa: F401
