"""Database tables generated from the result model (`propos.model`), so a new field flows into the store.

Mapping, one rule per field type: a scalar (str, int, float, bool, Literal) is a column of that name; a
`Span` is three columns `<name>_start`, `<name>_end`, `<name>_text`, so spans stay queryable; anything else
(lists, nested models) is a JSON column. `to_row` and `from_row` use the same mapping, so a document read
back equals the one stored. The Alembic migrations in `migrations/` must match these tables; a test compares
them, so a model field without a migration fails the suite instead of being silently dropped.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)

from propos.model import Actor, AnalysisDocument, Event, Quote, Span, Stance, Timex

metadata = MetaData()

_SCALARS = {str: Text, int: Integer, float: Float, bool: Boolean}


@dataclass(frozen=True)
class FieldMap:
    """How one model field is stored: its kind ('scalar', 'span' or 'json') and its column names."""

    name: str
    kind: str
    columns: tuple[str, ...]


def _strip_optional(annotation):
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _scalar_type(annotation):
    if typing.get_origin(annotation) is typing.Literal:
        return Text
    return _SCALARS.get(annotation)


def field_maps(model: type[BaseModel], *, skip: frozenset[str] = frozenset()) -> list[FieldMap]:
    maps = []
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        inner, _ = _strip_optional(info.annotation)
        if _scalar_type(inner) is not None:
            maps.append(FieldMap(name, "scalar", (name,)))
        elif inner is Span:
            maps.append(FieldMap(name, "span", (f"{name}_start", f"{name}_end", f"{name}_text")))
        else:
            maps.append(FieldMap(name, "json", (name,)))
    return maps


def model_columns(model: type[BaseModel], *, skip: frozenset[str] = frozenset()) -> list[Column]:
    cols = []
    for fm in field_maps(model, skip=skip):
        info = model.model_fields[fm.name]
        inner, optional = _strip_optional(info.annotation)
        nullable = optional or not info.is_required()
        if fm.kind == "scalar":
            cols.append(Column(fm.name, _scalar_type(inner), nullable=nullable))
        elif fm.kind == "span":
            cols += [Column(fm.columns[0], Integer, nullable=optional), Column(fm.columns[1], Integer, nullable=optional),
                     Column(fm.columns[2], Text, nullable=optional)]
        else:
            cols.append(Column(fm.name, JSON, nullable=nullable))
    return cols


def to_row(obj: BaseModel, *, skip: frozenset[str] = frozenset()) -> dict:
    row = {}
    for fm in field_maps(type(obj), skip=skip):
        value = getattr(obj, fm.name)
        if fm.kind == "span":
            row.update(zip(fm.columns, (value.start, value.end, value.text) if value else (None, None, None),
                           strict=True))
        elif fm.kind == "json":
            dumped = obj.model_dump(mode="json", include={fm.name})
            row[fm.name] = dumped[fm.name]
        else:
            row[fm.name] = value
    return row


def from_row(model: type[BaseModel], row: typing.Mapping, *, skip: frozenset[str] = frozenset()) -> dict:
    """The model's fields read back from a row (a dict to validate, so children can be added first)."""
    data = {}
    for fm in field_maps(model, skip=skip):
        if fm.kind == "span":
            start, end, text = (row[c] for c in fm.columns)
            data[fm.name] = None if start is None else {"start": start, "end": end, "text": text}
        else:
            data[fm.name] = row[fm.name]
    return data


# The analysis lists are child tables, not columns of the article.
ARTICLE_CHILDREN = {"quotes": Quote, "actors": Actor, "timexes": Timex, "events": Event, "stances": Stance}
ARTICLE_SKIP = frozenset(ARTICLE_CHILDREN)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("url_key", Text, nullable=True, unique=True),
    Column("content_hash", Text, nullable=False, unique=True),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("analyzed_at", DateTime(timezone=True), nullable=False),
    *model_columns(AnalysisDocument, skip=ARTICLE_SKIP),
    Index("ix_articles_date", "date"),
    Index("ix_articles_source", "source"),
)


def _child(name: str, model: type[BaseModel], *extra) -> Table:
    return Table(
        name, metadata,
        Column("pk", Integer, primary_key=True, autoincrement=True),
        Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
        *model_columns(model),
        *extra,
    )


# `article_date` copies the article's date onto each quotation so that date filters need no join.
quotes = _child("quotes", Quote, Column("article_date", Text, nullable=True),
                Index("ix_quotes_speaker_id", "speaker_id"), Index("ix_quotes_speaker_name", "speaker_name"),
                Index("ix_quotes_article_date", "article_date"))
article_actors = _child("article_actors", Actor, Index("ix_article_actors_id", "id"))
timexes = _child("timexes", Timex)
events = _child("events", Event, Index("ix_events_type", "type"))
stances = _child("stances", Stance, Index("ix_stances_issue_key", "issue_key"), Index("ix_stances_holder_id", "holder_id"))

CHILD_TABLES = {"quotes": quotes, "actors": article_actors, "timexes": timexes, "events": events, "stances": stances}

# One row per actor id across all articles: the same id is the same actor, its aliases and roles merged.
# An actor merged into another (a bare surname into the one fuller name, `propos.store.writes`) keeps its row,
# with `merged_into` (the id its quotations, stances and events now carry), the rule and the reason.
actors = Table(
    "actors", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("kb_id", Text, nullable=True),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    # the name's first and last words, folded (merge.name_ends): how a name's candidates are found
    Column("name_first", Text, nullable=True),
    Column("name_last", Text, nullable=True),
    Column("merged_into", Text, nullable=True),
    Column("merge_rule", Text, nullable=True),       # merge.RULES, or "correction" (`propos kb merge`)
    Column("merged_because", Text, nullable=True),
    Index("ix_actors_name_first", "name_first"),
    Index("ix_actors_name_last", "name_last"),
    Index("ix_actors_merged_into", "merged_into"),
)

# Each rewrite of an actor id in one article's rows, so that `propos kb split` can put them back: `rows` holds
# the keys (pk) of the rows rewritten, per column ("quotes", "stances", "events_source", "events_target",
# "article_actors"). `scope` is "store" when the actor itself was merged (actors.merged_into), "article" when
# only this article's mention was (« Union » beside « Union européenne » in one text).
actor_merges = Table(
    "actor_merges", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("from_id", Text, nullable=False),
    Column("from_name", Text, nullable=False),
    Column("to_id", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("merged_because", Text, nullable=False),
    Column("scope", Text, nullable=False),
    Column("rows", JSON, nullable=False),
    Index("ix_actor_merges_from_id", "from_id"),
    Index("ix_actor_merges_to_id", "to_id"),
)
