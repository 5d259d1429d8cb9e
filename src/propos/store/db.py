"""Where the store lives and how to open it: SQLite by default, PostgreSQL by URL; schema by Alembic."""

from __future__ import annotations

import os
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

MIGRATIONS = Path(__file__).with_name("migrations")


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("propos", appauthor=False) / "propos.sqlite"


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """`--db` first, then PROPOS_DB, then the per-user SQLite file. A bare path means a SQLite file."""
    value = str(db) if db else os.environ.get("PROPOS_DB") or str(default_db_path())
    if "://" in value:
        # psycopg 3 is the driver installed with propos.
        if value.startswith(("postgresql://", "postgres://")):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    path = Path(value).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (the web page) are not blocked by an ingest
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


# Any fixed number: the PostgreSQL advisory lock that one migrating process holds at a time.
_PG_MIGRATION_LOCK = 7_402_315


@contextmanager
def _sqlite_file_lock(engine: Engine):
    """Two processes opening a new SQLite store at once must not both create its tables."""
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    import fcntl

    with open(f"{database}.migrate.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (idempotent: a current database is left as it is), one process at a time."""
    from alembic import command
    from sqlalchemy import text

    config = alembic_config(engine)
    lock = _sqlite_file_lock(engine) if engine.dialect.name == "sqlite" else nullcontext()
    with lock, engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
