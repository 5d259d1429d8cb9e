"""Ingestion: one article stored whole or not at all, keyed on its normalised URL and its content hash.

Actors: an article's actors join the store's (same id, same actor); then a person known by a bare surname
(« Biden ») joins the one fuller name of that type the store knows (« Joe Biden »), whichever came first —
the rules of `propos.extraction.actors.merge` —, and so does the shorter name within one article (« Union »
beside « Union européenne »). A merge rewrites the actor id in the articles' rows (quotations' speakers,
stances' holders, events' sources and targets, the article's actors), so reads need no mapping, and records
each rewrite in `actor_merges` so that `split_actors` (`propos kb split`) puts the rows back. Corrections
(`propos kb merge|split`) override the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Connection, delete, insert, or_, select, update

from propos.extraction.actors.merge import RULES, fit_rule, name_ends, only_fuller
from propos.model import Actor, AnalysisDocument
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


def _merge_actor(conn: Connection, actor: Actor) -> bool:
    """The actor as found in one article joins its row in `actors` (created when new: returns True)."""
    t = tables.actors
    existing = conn.execute(select(t).where(t.c.id == actor.id)).mappings().first()
    roles = [r.model_dump(mode="json") for r in actor.roles]
    if existing is None:
        first, last = name_ends(actor.name)
        conn.execute(insert(t).values(id=actor.id, name=actor.name, type=actor.type, kb_id=actor.kb_id,
                                      aliases=sorted(set(actor.aliases)), roles=roles, name_first=first,
                                      name_last=last))
        return True
    _absorb(conn, existing, [actor.name, *actor.aliases], roles, kb_id=actor.kb_id)
    return False


def _absorb(conn: Connection, existing: Mapping | None, names: Iterable[str], roles: list[dict], *,
            kb_id: str | None = None) -> None:
    """Names (as aliases) and roles (new titles) added to a stored actor."""
    if existing is None:
        return
    aliases = set(existing["aliases"]) | set(names)
    known_titles = {r["title"] for r in existing["roles"]}
    merged_roles = list(existing["roles"]) + [r for r in roles if r["title"] not in known_titles]
    conn.execute(update(tables.actors).where(tables.actors.c.id == existing["id"]).values(
        aliases=sorted(aliases - {existing["name"]}), roles=merged_roles, kb_id=existing["kb_id"] or kb_id))


# ---- actors merged across articles (and undone)

# The columns that hold actor ids, under the names `actor_merges.rows` records them by.
_ID_COLUMNS = {"quotes": (tables.quotes, "speaker_id"), "stances": (tables.stances, "holder_id"),
               "events_source": (tables.events, "source_id"), "events_target": (tables.events, "target_id"),
               "article_actors": (tables.article_actors, "id")}


@dataclass(frozen=True)
class _Known:
    """A stored actor as the merge rules see it."""

    id: str
    name: str
    type: str
    merged_into: str | None = None
    merge_rule: str | None = None
    merged_because: str | None = None


@dataclass
class MergeReport:
    """One actor merged into another, or put back apart from it: the rows rewritten, per column."""

    from_id: str
    from_name: str
    to_id: str
    rule: str
    why: str = ""
    undone: bool = False  # put back apart (a split), not merged
    articles: set[int] = field(default_factory=set)
    rows: dict[str, int] = field(default_factory=dict)

    def count(self, article_pk: int, rows: Mapping[str, int]) -> None:
        if any(rows.values()):
            self.articles.add(article_pk)
        for key, n in rows.items():
            self.rows[key] = self.rows.get(key, 0) + n

    def describe(self) -> str:
        """« 1 article: 2 quotations, 1 stance, 0 events » (an event counts once per id rewritten: source, target)."""
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        events = self.rows.get("events_source", 0) + self.rows.get("events_target", 0)
        return (f"{n(len(self.articles), 'article')}: {n(self.rows.get('quotes', 0), 'quotation')}, "
                f"{n(self.rows.get('stances', 0), 'stance')}, {n(events, 'event')}")


def _known(conn: Connection, actor_id: str) -> _Known | None:
    c = tables.actors.c
    row = conn.execute(select(c.id, c.name, c.type, c.merged_into, c.merge_rule, c.merged_because)
                       .where(c.id == actor_id)).mappings().first()
    return _Known(**row) if row else None


def canonical_id(conn: Connection, actor_id: str) -> str:
    """The id an actor's rows carry now: its own, or that of the actor it was merged into (followed)."""
    return _chain(conn, actor_id)[-1]


def _chain(conn: Connection, actor_id: str) -> list[str]:
    """The actor, the one it was merged into, and so on to the actor of its own."""
    c = tables.actors.c
    chain = [actor_id]
    while (parent := conn.execute(select(c.merged_into).where(c.id == chain[-1])).scalar()) and parent not in chain:
        chain.append(parent)
    return chain


def _candidates(conn: Connection, actor: _Known | Actor, *, live: bool = True) -> list[_Known]:
    """Stored actors of the same type whose name shares its first or last word (every rule compares one)."""
    first, last = name_ends(actor.name)
    if not first:
        return []
    c = tables.actors.c
    stmt = (select(c.id, c.name, c.type, c.merged_into, c.merge_rule, c.merged_because)
            .where(c.type == actor.type, or_(c.name_first == first, c.name_last == last)).order_by(c.id))
    if live:
        stmt = stmt.where(c.merged_into.is_(None))
    return [_Known(**r) for r in conn.execute(stmt).mappings()]


def _why(short: str, full: str, rule: str, scope: str) -> str:
    if rule == "correction":
        return f"« {short} » is {full} by a correction (propos kb merge)"
    where = "in this article" if scope == "article" else "known"
    return f"« {short} » is {RULES.get(rule, 'a name of')} {full}, the only fuller name {where}"


def _rewrite(conn: Connection, article_pk: int, from_id: str, from_name: str, to_id: str, rule: str, why: str,
             scope: str) -> dict[str, int]:
    """One article's rows of `from_id` rewritten to `to_id`, and recorded."""
    rows: dict[str, list[int]] = {}
    for key, (table, column) in _ID_COLUMNS.items():
        col = table.c[column]
        pks = conn.execute(select(table.c.pk).where(table.c.article_pk == article_pk, col == from_id)
                           .order_by(table.c.pk)).scalars().all()
        if pks:
            conn.execute(update(table).where(table.c.pk.in_(pks)).values({column: to_id}))
            rows[key] = list(pks)
    if rows:
        conn.execute(insert(tables.actor_merges).values(
            article_pk=article_pk, from_id=from_id, from_name=from_name, to_id=to_id, rule=rule, merged_because=why,
            scope=scope, rows=rows))
    return {key: len(pks) for key, pks in rows.items()}


def _articles_with(conn: Connection, actor_id: str) -> list[int]:
    found: set[int] = set()
    for table, column in _ID_COLUMNS.values():
        found.update(conn.execute(select(table.c.article_pk).where(table.c[column] == actor_id).distinct()).scalars())
    return sorted(found)


def _actor_row(conn: Connection, actor_id: str) -> Mapping | None:
    return conn.execute(select(tables.actors).where(tables.actors.c.id == actor_id)).mappings().first()


def merge_stored(conn: Connection, from_id: str, to_id: str, rule: str, why: str) -> MergeReport:
    """A stored actor (of its own) merged into another: its rows in every article carry `to_id` from now on,
    its row says where it went and why, its names become the other's aliases."""
    source, target = _actor_row(conn, from_id), _actor_row(conn, to_id)
    report = MergeReport(from_id=from_id, from_name=source["name"], to_id=to_id, rule=rule, why=why)
    for article_pk in _articles_with(conn, from_id):
        report.count(article_pk, _rewrite(conn, article_pk, from_id, source["name"], to_id, rule, why, "store"))
    conn.execute(update(tables.actors).where(tables.actors.c.id == from_id).values(
        merged_into=to_id, merge_rule=rule, merged_because=why))
    _absorb(conn, target, [source["name"], *source["aliases"]], list(source["roles"]))
    return report


def _restore(conn: Connection, records: list[Mapping], report: MergeReport) -> None:
    """Rows rewritten by these records put back to the id they had (those that still carry the merged id)."""
    m = tables.actor_merges
    for rec in records:
        now = canonical_id(conn, rec["to_id"])
        counts = {}
        for key, pks in (rec["rows"] or {}).items():
            if key not in _ID_COLUMNS or not pks:
                continue
            table, column = _ID_COLUMNS[key]
            result = conn.execute(update(table).where(table.c.pk.in_(pks), table.c[column] == now)
                                  .values({column: rec["from_id"]}))
            counts[key] = result.rowcount
        report.count(rec["article_pk"], counts)
        conn.execute(delete(m).where(m.c.pk == rec["pk"]))


def _shed(conn: Connection, actor_id: str, names: Collection[str], titles: Collection[str]) -> None:
    """An actor loses the aliases and roles another one brought, unless its own articles give them."""
    row = _actor_row(conn, actor_id)
    if row is None:
        return
    aa = tables.article_actors.c
    seen_names: set[str] = set()
    seen_titles: set[str] = set()
    for name, aliases, roles in conn.execute(select(aa.name, aa.aliases, aa.roles).where(aa.id == actor_id)):
        seen_names.update([name, *(aliases or [])])
        seen_titles.update(r["title"] for r in roles or [])
    drop = set(names) - seen_names
    drop_titles = set(titles) - seen_titles
    conn.execute(update(tables.actors).where(tables.actors.c.id == actor_id).values(
        aliases=[a for a in row["aliases"] if a not in drop],
        roles=[r for r in row["roles"] if r["title"] not in drop_titles]))


def _undo_link(conn: Connection, actor_id: str) -> MergeReport:
    """An actor merged into another made an actor of its own again, its rows put back."""
    row = _actor_row(conn, actor_id)
    target = canonical_id(conn, row["merged_into"])
    report = MergeReport(from_id=actor_id, from_name=row["name"], to_id=row["merged_into"],
                         rule=row["merge_rule"] or "", why=row["merged_because"] or "", undone=True)
    m = tables.actor_merges.c
    records = conn.execute(select(tables.actor_merges).where(m.from_id == actor_id, m.scope == "store")
                           .order_by(m.pk)).mappings().all()
    _restore(conn, list(records), report)
    conn.execute(update(tables.actors).where(tables.actors.c.id == actor_id).values(
        merged_into=None, merge_rule=None, merged_because=None))
    _shed(conn, target, [row["name"], *row["aliases"]], [r["title"] for r in row["roles"]])
    return report


def _undo_in_articles(conn: Connection, from_id: str, other: str) -> MergeReport | None:
    """One article's mention merged into the other actor (« Union » beside « Union européenne »), put back."""
    m = tables.actor_merges.c
    target = canonical_id(conn, other)
    records = [r for r in conn.execute(select(tables.actor_merges).where(m.from_id == from_id, m.scope == "article")
                                       .order_by(m.pk)).mappings()
               if canonical_id(conn, r["to_id"]) == target]
    if not records:
        return None
    report = MergeReport(from_id=from_id, from_name=records[0]["from_name"], to_id=records[0]["to_id"],
                         rule=records[0]["rule"], why=records[0]["merged_because"], undone=True)
    _restore(conn, records, report)
    aa = tables.article_actors.c
    found = conn.execute(select(tables.article_actors).where(aa.id == from_id).order_by(aa.pk)).mappings().all()
    names: list[str] = []
    titles: list[str] = []
    for r in found:
        actor = Actor(**tables.from_row(Actor, r))
        _merge_actor(conn, actor)
        names += [actor.name, *actor.aliases]
        titles += [role.title for role in actor.roles]
    _shed(conn, target, names, titles)
    return report


def split_actors(conn: Connection, first: str, second: str) -> list[MergeReport]:
    """Undo what merged two actors in the store — one merged (maybe through others) into the other, or one
    article's mention of one merged into the other — and say what was put back. Call inside a transaction;
    record the correction (`different`) too, so that later articles do not merge them again."""
    reports = []
    a, b = _known(conn, first), _known(conn, second)
    if a is not None and b is not None and first != second and canonical_id(conn, first) == canonical_id(conn, second):
        if second in _chain(conn, first)[1:]:
            undo = first
        elif first in _chain(conn, second)[1:]:
            undo = second
        else:  # both merged into a third: the second leaves
            undo = second if b.merged_into else first
        reports.append(_undo_link(conn, undo))
    for x, y in ((first, second), (second, first)):
        report = _undo_in_articles(conn, x, y)
        if report is not None:
            reports.append(report)
    return reports


def join_actors(conn: Connection, first: str, second: str) -> MergeReport | None:
    """Merge the second actor (and what was merged into it) into the first, by a correction: None when one is
    unknown to the store or they are already one."""
    if _known(conn, first) is None or _known(conn, second) is None:
        return None
    keep, leave = canonical_id(conn, first), canonical_id(conn, second)
    if keep == leave:
        return None
    return merge_stored(conn, leave, keep, "correction", _why(_known(conn, leave).name, _known(conn, keep).name,
                                                              "correction", "store"))


def apply_rules(conn: Connection,
                corrections: tuple[Iterable[tuple[str, str]], Iterable[tuple[str, str]]]) -> list[MergeReport]:
    """The merge rules and the corrections applied to every actor already stored (a store filled before they
    existed, or corrections edited by hand): what saving articles does, for all of them at once."""
    same, different = (list(x) for x in corrections)
    apart = {frozenset(p) for p in different}
    reports = []
    for first, second in different:
        if first != second and _known(conn, first) and _known(conn, second) and \
                canonical_id(conn, first) == canonical_id(conn, second):
            reports += split_actors(conn, first, second)
    c = tables.actors.c
    for actor_id in conn.execute(select(c.id).where(c.merged_into.is_(None)).order_by(c.id)).scalars().all():
        row = _known(conn, actor_id)
        if row is None or row.merged_into is not None:
            continue
        report = _join_fuller(conn, row, apart)
        if report is not None:
            reports.append(report)
    for first, second in same:
        report = join_actors(conn, first, second)
        if report is not None:
            reports.append(report)
    return reports


def _join_fuller(conn: Connection, row: _Known, apart: Collection[frozenset[str]]) -> MergeReport | None:
    """A stored actor merged into the one fuller name of its type the store knows, unless kept apart."""
    found = only_fuller(row, _candidates(conn, row), apart=apart)
    if found is None:
        return None
    full, rule = found
    target = canonical_id(conn, full.id)
    if target == row.id or _apart(apart, row.id, target):
        return None
    return merge_stored(conn, row.id, target, rule, _why(row.name, full.name, rule, "store"))


def _apart(apart: Collection[frozenset[str]], actor_id: str, *others: str) -> bool:
    return any(frozenset((actor_id, o)) in apart for o in others)


def _settle_actors(conn: Connection, article_pk: int, doc: AnalysisDocument,
                   corrections: tuple[Iterable[tuple[str, str]], Iterable[tuple[str, str]]]) -> None:
    """The article's actors joined to the store's, shorter names merged into the one fuller name (both ways),
    corrections applied."""
    same, different = (list(x) for x in corrections)
    apart = {frozenset(p) for p in different}
    created = {a.id for a in doc.actors if _merge_actor(conn, a)}
    own = {a.id: a for a in doc.actors}
    for actor_id, actor in own.items():
        row = _known(conn, actor_id)
        if row is None:  # merged within this article already (and removed)
            continue
        if row.merged_into is not None:
            target = canonical_id(conn, actor_id)
            if not _apart(apart, actor_id, row.merged_into, target):
                _rewrite(conn, article_pk, actor_id, row.name, target, row.merge_rule or "", row.merged_because or "",
                         "store")
                _absorb(conn, _actor_row(conn, target), [actor.name, *actor.aliases],
                        [r.model_dump(mode="json") for r in actor.roles])
                continue
            _undo_link(conn, actor_id)  # a correction now keeps them apart
        # a shorter name beside its one fuller name in this very article
        in_article = only_fuller(actor, [a for a in own.values() if a.id != actor_id], apart=apart)
        if in_article is not None:
            full, rule = in_article
            target = canonical_id(conn, full.id)
            if target != actor_id and not _apart(apart, actor_id, target):
                why = _why(actor.name, full.name, rule, "article")
                _rewrite(conn, article_pk, actor_id, actor.name, target, rule, why, "article")
                _absorb(conn, _actor_row(conn, target), [actor.name, *actor.aliases],
                        [r.model_dump(mode="json") for r in actor.roles])
                c = tables.actors.c
                if actor_id in created:  # known only from this article, where it is the other actor
                    conn.execute(delete(tables.actors).where(c.id == actor_id, ~select(c.id).where(
                        c.merged_into == actor_id).exists()))
                continue
        # a shorter name joins the one fuller name the store knows
        if _join_fuller(conn, row, apart) is not None:
            continue
        # ... and, the other way, shorter names stored before it join it
        for short in _candidates(conn, row, live=False):
            if short.id == actor_id or not fit_rule(short, row):
                continue
            fuller = only_fuller(short, _candidates(conn, short), apart=apart)
            if short.merged_into is None:
                if fuller is not None and canonical_id(conn, fuller[0].id) == actor_id:
                    merge_stored(conn, short.id, actor_id, fuller[1], _why(short.name, row.name, fuller[1], "store"))
            elif short.merge_rule != "correction" and fuller is None:
                _undo_link(conn, short.id)  # no longer the only fuller name: the merge does not hold
    for first, second in same:
        if (first in own or second in own) and _known(conn, first) and _known(conn, second):
            join_actors(conn, first, second)


def save_document(conn: Connection, doc: AnalysisDocument,
                  corrections: tuple[Iterable[tuple[str, str]], Iterable[tuple[str, str]]] | None = None) -> SaveResult:
    """Store or replace one analysed article. Call inside a transaction (`engine.begin()`).

    `corrections`: (same, different) pairs of actor ids; by default the user's (`propos kb merge|split`)."""
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
        conn.execute(delete(tables.actor_merges).where(tables.actor_merges.c.article_pk == pk))
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
    if corrections is None:
        from propos.extraction.actors.kb import read_corrections

        corrections = read_corrections()
    _settle_actors(conn, pk, doc, corrections)
    return result
