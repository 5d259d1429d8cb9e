"""Ingestion: one article stored whole or not at all, keyed on its normalised URL and its content hash."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Connection, delete, insert, or_, select, update

from propos.model import AnalysisDocument
from propos.store import tables
from propos.store.tables import ARTICLE_SKIP, CHILD_TABLES, to_row
from propos.store.urls import content_hash, normalize_url


class SaveResult(StrEnum):
    stored = "stored"          # a new article
    replaced = "replaced"      # a known article analysed again (newer pipeline or changed text)
    duplicate = "duplicate"    # same article, same pipeline: nothing to do


def find_article(conn: Connection, *, url: str | None, text_hash: str) -> tuple[int, str, str] | None:
    """(pk, content_hash, pipeline_version) of the stored article with this URL or this content."""
    key = normalize_url(url)
    a = tables.articles.c
    condition = a.content_hash == text_hash if key is None else or_(a.url_key == key, a.content_hash == text_hash)
    row = conn.execute(select(a.pk, a.content_hash, a.pipeline_version).where(condition)
                       .order_by((a.url_key == key).desc() if key else a.pk).limit(1)).first()
    return tuple(row) if row else None


def is_duplicate(conn: Connection, *, url: str | None, text: str, pipeline_version: str) -> bool:
    """True when storing this article again would change nothing (checked before paying for analysis)."""
    text_hash = content_hash(text)
    found = find_article(conn, url=url, text_hash=text_hash)
    return found is not None and found[1] == text_hash and found[2] == pipeline_version


def _merge_actor(conn: Connection, actor) -> None:
    t = tables.actors
    existing = conn.execute(select(t).where(t.c.id == actor.id)).mappings().first()
    roles = [r.model_dump(mode="json") for r in actor.roles]
    if existing is None:
        conn.execute(insert(t).values(id=actor.id, name=actor.name, type=actor.type, kb_id=actor.kb_id,
                                      aliases=sorted(set(actor.aliases)), roles=roles))
        return
    aliases = set(existing["aliases"]) | set(actor.aliases)
    if actor.name != existing["name"]:
        aliases.add(actor.name)
    known_titles = {r["title"] for r in existing["roles"]}
    merged_roles = list(existing["roles"]) + [r for r in roles if r["title"] not in known_titles]
    conn.execute(update(t).where(t.c.id == actor.id).values(
        aliases=sorted(aliases - {existing["name"]}), roles=merged_roles, kb_id=existing["kb_id"] or actor.kb_id))


def save_document(conn: Connection, doc: AnalysisDocument) -> SaveResult:
    """Store or replace one analysed article. Call inside a transaction (`engine.begin()`)."""
    text_hash = content_hash(doc.text)
    found = find_article(conn, url=doc.url, text_hash=text_hash)
    if found and found[1] == text_hash and found[2] == doc.pipeline_version:
        return SaveResult.duplicate
    now = dt.datetime.now(dt.UTC)
    row = to_row(doc, skip=ARTICLE_SKIP) | {"content_hash": text_hash, "url_key": normalize_url(doc.url),
                                              "analyzed_at": now}
    a = tables.articles
    if found:
        pk = found[0]
        for table in CHILD_TABLES.values():
            conn.execute(delete(table).where(table.c.article_pk == pk))
        conn.execute(update(a).where(a.c.pk == pk).values(**row))
        result = SaveResult.replaced
    else:
        pk = conn.execute(insert(a).values(**row, ingested_at=now).returning(a.c.pk)).scalar_one()
        result = SaveResult.stored
    for name, table in CHILD_TABLES.items():
        rows = [to_row(item) | {"article_pk": pk} for item in getattr(doc, name)]
        if name == "quotes":
            rows = [r | {"article_date": doc.date} for r in rows]
        if rows:
            conn.execute(insert(table), rows)
    for actor in doc.actors:
        _merge_actor(conn, actor)
    return result
