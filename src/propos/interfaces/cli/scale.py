"""CLI commands: scale (registered on the shared app on import)."""

from propos.interfaces.cli.app import app  # noqa: F401
