"""`propos kb import FILE.jsonl`, `propos kb show`, `propos kb merge|split ID ID`: the user's knowledge base
of actors and the corrections of merges, which survive re-analysis.

Each line `{id, name, aliases, type, roles}` (e.g. a Wikidata id); analysed actors that match an entry carry
its id. The file lives at a per-user data path, or at $PROPOS_KB.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from propos.interfaces.cli.app import app

kb_app = typer.Typer(help="The knowledge base of actors that analysed actors are linked to.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
err = Console(stderr=True)


@kb_app.command("import")
def import_(file: Path = typer.Argument(..., help="JSON lines: {id, name, aliases, type, roles}")) -> None:
    """Add (or replace, by id) the entries of FILE in the knowledge base."""
    from propos.extraction.actors.kb import import_kb, kb_path

    if not file.is_file():
        err.print(f"[red]error:[/red] no such file: {file}")
        raise typer.Exit(2)
    try:
        added, problems = import_kb(file)
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/red] {file}: {exc}")
        raise typer.Exit(2) from None
    for p in problems:
        err.print(f"[yellow]skipped[/yellow] {p}", highlight=False)
    typer.echo(f"{added} entr{'y' if added == 1 else 'ies'} imported into {kb_path()}")
    if problems and not added:
        raise typer.Exit(1)


@kb_app.command("show")
def show() -> None:
    """List the entries of the knowledge base."""
    from propos.extraction.actors.kb import kb_path, read_kb

    for e in read_kb(kb_path()):
        aliases = f" ({', '.join(e.aliases)})" if e.aliases else ""
        typer.echo(f"{e.id}\t{e.type}\t{e.name}{aliases}")


@kb_app.command("merge")
def merge(first: str = typer.Argument(..., help="actor id"), second: str = typer.Argument(..., help="actor id")) -> None:
    """Record that two actor ids are one actor (applied whenever actors are merged across articles)."""
    from propos.extraction.actors.kb import add_correction

    typer.echo(f"recorded in {add_correction('same', first, second)}")


@kb_app.command("split")
def split(first: str = typer.Argument(..., help="actor id"), second: str = typer.Argument(..., help="actor id")) -> None:
    """Record that two actor ids are different actors, whatever the merging rules say."""
    from propos.extraction.actors.kb import add_correction

    typer.echo(f"recorded in {add_correction('different', first, second)}")
