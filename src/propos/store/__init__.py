"""Store: tables generated from the result model, SQLite by default (WAL, FTS5), PostgreSQL by URL.

    store = Store.open()                     # --db / PROPOS_DB / the per-user SQLite file
    store.save(document)                     # stored, replaced (newer analysis) or duplicate
    store.search(QuoteFilter(query="entraineurs", speaker="Kirby", date_from="2024-05-01"))
    store.search_articles("entraineurs")     # articles with the words in their title or text, with the passage
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from sqlalchemy import Engine

from propos.model import AnalysisDocument
from propos.store import reads
from propos.store.db import make_engine, migrate, resolve_url
from propos.store.reads import QuoteFilter
from propos.store.writes import (
    MergeReport,
    SaveResult,
    apply_rules,
    is_duplicate,
    join_actors,
    save_document,
    split_actors,
)


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | os.PathLike | None = None, *, create: bool = True) -> Store:
        engine = make_engine(resolve_url(db))
        if create:
            migrate(engine)
        return cls(engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # ---- writes

    def save(self, doc: AnalysisDocument) -> SaveResult:
        """One transaction per article: it is stored whole or not at all.

        Two processes may store the same article at once: the one that loses the race on the unique keys
        reads again and finds it stored (a duplicate, or a replacement by a newer pipeline)."""
        from sqlalchemy.exc import IntegrityError

        try:
            with self.engine.begin() as conn:
                return save_document(conn, doc)
        except IntegrityError:
            with self.engine.begin() as conn:
                return save_document(conn, doc)

    def save_all(self, docs: Iterable[AnalysisDocument]) -> list[SaveResult]:
        return [self.save(d) for d in docs]

    def split_actors(self, first: str, second: str) -> list[MergeReport]:
        """Undo the merges of two actors in the store (`propos kb split`): their rows carry their own ids again."""
        with self.engine.begin() as conn:
            return split_actors(conn, first, second)

    def join_actors(self, first: str, second: str) -> MergeReport | None:
        """Merge the second actor into the first (`propos kb merge`); None when one is unknown or they are one."""
        with self.engine.begin() as conn:
            return join_actors(conn, first, second)

    def apply_actor_rules(self) -> list[MergeReport]:
        """Apply the merge rules and the user's corrections to every actor already stored (`propos kb apply`)."""
        from propos.extraction.actors.kb import read_corrections

        with self.engine.begin() as conn:
            return apply_rules(conn, read_corrections())

    def is_duplicate(self, *, url: str | None, text: str, pipeline_version: str) -> bool:
        with self.engine.connect() as conn:
            return is_duplicate(conn, url=url, text=text, pipeline_version=pipeline_version)

    # ---- reads (each in its own connection; see propos.store.reads)

    def _read(self, fn, *args, **kwargs):
        with self.engine.connect() as conn:
            return fn(conn, *args, **kwargs)

    def articles(self, **kw):
        return self._read(reads.list_articles, **kw)

    def article(self, pk: int):
        return self._read(reads.get_article, pk)

    def search(self, f: QuoteFilter | None = None, **kw):
        return self._read(reads.search_quotes, f or QuoteFilter(), **kw)

    def search_articles(self, query: str, limit: int = 20, offset: int = 0, **kw):
        """Articles with every word of `query` in their title or text, newest first, each with its passage;
        `source`, `date_from`, `date_to` as for `articles`."""
        return self._read(reads.search_articles, query, limit=limit, offset=offset, **kw)

    def actors(self, **kw):
        return self._read(reads.list_actors, **kw)

    def actor(self, actor_id: str):
        return self._read(reads.get_actor, actor_id)

    def events(self, **kw):
        return self._read(reads.list_events, **kw)

    def stances(self, **kw):
        return self._read(reads.list_stances, **kw)

    def issues(self, **kw):
        return self._read(reads.list_issues, **kw)

    def issue(self, issue_key: str):
        return self._read(reads.get_issue, issue_key)

    def stats(self):
        return self._read(reads.stats)


__all__ = ["MergeReport", "QuoteFilter", "SaveResult", "Store", "resolve_url"]
