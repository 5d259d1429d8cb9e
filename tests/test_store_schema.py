"""The store keeps every field of the result model: the migrated database must hold a column for each one.

When the model gains a field, this fails until a migration adds its column (see README, "Store": write it
with Alembic's autogenerate against a migrated database).
"""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

import storedocs
from propos.model import Actor, AnalysisDocument, Event, Quote, Stance, Timex
from propos.store import tables
from propos.store.tables import ARTICLE_SKIP, field_maps

STORED = [("articles", AnalysisDocument, ARTICLE_SKIP), ("quotes", Quote, frozenset()),
          ("article_actors", Actor, frozenset()), ("timexes", Timex, frozenset()), ("events", Event, frozenset()),
          ("stances", Stance, frozenset())]

store = storedocs.store  # the fixture: SQLite, then PostgreSQL



@pytest.mark.parametrize("table, model, skip", STORED, ids=[s[0] for s in STORED])
def test_every_model_field_has_a_migrated_column(store, table, model, skip):
    columns = {c["name"] for c in inspect(store.engine).get_columns(table)}
    assert missing_columns(columns, model, skip) == [], f"model fields without a column in '{table}': add a migration"


def missing_columns(columns: set[str], model, skip=frozenset()) -> list[str]:
    return [f"{model.__name__}.{fm.name}" for fm in field_maps(model, skip=skip) if not set(fm.columns) <= columns]


def test_a_new_model_field_is_caught(store):
    class GrownQuote(Quote):
        sentiment: float | None = None
        target: Quote | None = None

    columns = {c["name"] for c in inspect(store.engine).get_columns("quotes")}
    assert missing_columns(columns, GrownQuote) == ["GrownQuote.sentiment", "GrownQuote.target"]


def test_article_children_are_the_model_lists():
    lists = {name for name, info in AnalysisDocument.model_fields.items()
             if getattr(info.annotation, "__origin__", None) is list and name != "warnings"}
    assert lists == set(ARTICLE_SKIP), "a new list on AnalysisDocument needs a child table in propos.store.tables"


def test_migrations_match_the_tables(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), tables.metadata)
    # The full-text indexes (FTS5 tables and their shadow tables, GIN indexes) are not in the metadata;
    # everything else must agree.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(("quotes_fts", "articles_fts")))
            and not (d[0] == "remove_index" and d[1].name in ("ix_quotes_fts", "ix_articles_fts"))]
    assert diff == []


def test_migrating_twice_changes_nothing(store):
    from propos.store.db import migrate

    migrate(store.engine)
    assert store.stats().articles == 0
