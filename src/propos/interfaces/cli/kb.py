"""`propos kb import FILE.jsonl`, `propos kb show`, `propos kb merge|split ID ID [--db]`: the user's knowledge
base of actors and the corrections of merges, which survive re-analysis; merge and split apply to the store at
once (`split` undoes a merge the store made: a bare surname merged into the one fuller name).

Each line `{id, name, aliases, type, roles}` (e.g. a Wikidata id); analysed actors that match an entry carry
its id. The file lives at a per-user data path, or at $PROPOS_KB.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from propos.interfaces.cli.app import app
from propos.interfaces.cli.store import DbOption

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


def _store(db: str | None):
    """The store to apply a correction to; None when there is none yet (a SQLite file not created)."""
    from sqlalchemy.engine import make_url

    from propos.store import Store
    from propos.store.db import resolve_url

    try:
        url = resolve_url(db)
        database = make_url(url).database if url.startswith("sqlite") else None
        if database and database != ":memory:" and not Path(database).is_file():
            return None
        return Store.open(url)
    except Exception as exc:  # a wrong URL or an unreachable server: one clear line, not a traceback
        err.print(f"[red]error:[/red] cannot open the store {db or ''}: {exc}", highlight=False)
        raise typer.Exit(2) from None


@contextmanager
def _opened_store(db: str | None) -> Iterator:
    """The store of `_store` (None when there is none yet), closed when the block ends, whatever happens."""
    store = _store(db)
    try:
        yield store
    finally:
        if store is not None:
            store.close()


@kb_app.command("merge")
def merge(first: str = typer.Argument(..., help="actor id"), second: str = typer.Argument(..., help="actor id"),
          db: str = DbOption) -> None:
    """Record that two actor ids are one actor (applied whenever actors are merged across articles), and merge
    the second into the first in the store."""
    from propos.extraction.actors.kb import add_correction

    typer.echo(f"recorded in {add_correction('same', first, second)}")
    with _opened_store(db) as store:
        if store is None:
            return
        report = store.join_actors(first, second)
    if report is None:
        typer.echo(f"nothing to merge in the store: {first} and {second} are one already, or one is not stored")
    else:
        typer.echo(f"merged {report.from_id} (« {report.from_name} ») into {report.to_id}: {report.describe()}")


@kb_app.command("split")
def split(first: str = typer.Argument(..., help="actor id"), second: str = typer.Argument(..., help="actor id"),
          db: str = DbOption) -> None:
    """Record that two actor ids are different actors, whatever the merging rules say, and undo their merge in
    the store: the quotations, stances and events merged carry their own actor's id again."""
    from propos.extraction.actors.kb import add_correction

    typer.echo(f"recorded in {add_correction('different', first, second)}")
    with _opened_store(db) as store:
        if store is None:
            return
        reports = store.split_actors(first, second)
    if not reports:
        typer.echo(f"nothing to undo in the store: {first} and {second} were not merged there")
    for r in reports:
        typer.echo(f"undid the merge of {r.from_id} (« {r.from_name} ») into {r.to_id} ({r.why or r.rule}): "
                   f"{r.describe()} back to {r.from_id}")


@kb_app.command("apply")
def apply(db: str = DbOption) -> None:
    """Apply the merge rules (a bare surname joins the one fuller name) and the corrections to every actor
    already in the store: for a store filled before them, or after editing the corrections by hand."""
    with _opened_store(db) as store:
        if store is None:
            typer.echo("no store yet: nothing to apply")
            return
        reports = store.apply_actor_rules()
    for r in reports:
        done = "undid the merge of" if r.undone else "merged"
        typer.echo(f"{done} {r.from_id} (« {r.from_name} ») into {r.to_id} ({r.why or r.rule}): {r.describe()}")
    typer.echo(f"{len(reports)} change{'' if len(reports) == 1 else 's'}")
