"""CLI commands: kb (registered on the shared app on import)."""

from propos.interfaces.cli.app import app  # noqa: F401
