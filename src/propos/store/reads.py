"""Reads: articles, quotations (with full-text search), actors, events, stances, issues, statistics."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, Select, Text, false, func, literal_column, or_, select

from propos.model import Actor, AnalysisDocument, Event, Quote, Span, Stance, Timex
from propos.store import tables
from propos.store.fulltext import (
    fold,
    key_to_pk,
    passage,
    postgres_article_match,
    postgres_match,
    sqlite_article_hits,
    sqlite_hits,
    words,
)
from propos.store.issue_groups import IssueGroup, distinct, group_issues, head_first, key_counts
from propos.store.positions import timelines, turns
from propos.store.tables import ARTICLE_SKIP, CHILD_TABLES, from_row
from propos.store.views import (
    ActorDetail,
    ActorMerge,
    ActorSummary,
    ArticleHit,
    ArticleSummary,
    DatedPosition,
    EventHit,
    HolderTimeline,
    IssueDetail,
    IssueSide,
    IssueSummary,
    IssueWording,
    MonthCount,
    Page,
    Passage,
    PositionEvidence,
    QuoteHit,
    StanceChange,
    StanceHit,
    Stats,
)

A, Q, S, E = tables.articles.c, tables.quotes.c, tables.stances.c, tables.events.c
_CHILD_MODELS = {"quotes": Quote, "actors": Actor, "timexes": Timex, "events": Event, "stances": Stance}


@dataclass
class QuoteFilter:
    query: str | None = None
    speaker: str | None = None      # an actor id, or part of the speaker's name
    date_from: str | None = None    # YYYY-MM-DD, inclusive
    date_to: str | None = None
    source: str | None = None
    type: str | None = None
    article_pk: int | None = None


# Counting every match of a common word costs more than finding a page of them: totals stop here.
COUNT_CAP = 1000


def _page(conn: Connection, stmt: Select, limit: int, offset: int, make) -> Page:
    cap = max(COUNT_CAP, offset + limit)
    # Counted without ordering or columns: the joins and filters stay, the sort and the row reads go.
    bare = stmt.order_by(None).with_only_columns(literal_column("1"), maintain_column_froms=True).limit(cap + 1)
    counted = conn.execute(select(func.count()).select_from(bare.subquery())).scalar_one()
    rows = conn.execute(stmt.limit(limit).offset(offset)).mappings().all()
    return Page(total=min(counted, cap), total_exact=counted <= cap, limit=limit, offset=offset,
                items=[make(r) for r in rows])


# ---- articles

def _article_columns():
    # Counted per listed article (a correlated subquery), not for the whole store.
    quote_count = select(func.count()).where(Q.article_pk == A.pk).correlate(tables.articles).scalar_subquery()
    return A.pk, A.id, A.title, A.date, A.source, A.url, A.pipeline_version, quote_count.label("quotes")


def _article_filters(stmt: Select, source: str | None, date_from: str | None, date_to: str | None) -> Select:
    if source:
        stmt = stmt.where(A.source == source)
    if date_from:
        stmt = stmt.where(A.date >= date_from)
    if date_to:
        stmt = stmt.where(A.date <= date_to)
    return stmt


def list_articles(conn: Connection, *, limit: int = 20, offset: int = 0, source: str | None = None,
                  date_from: str | None = None, date_to: str | None = None) -> Page[ArticleSummary]:
    stmt = select(*_article_columns()).order_by(A.date.desc().nulls_last(), A.pk.desc())
    return _page(conn, _article_filters(stmt, source, date_from, date_to), limit, offset,
                 lambda r: ArticleSummary(**r))


def _article_hit(row, found: list[str]) -> ArticleHit:
    summary = {k: v for k, v in row.items() if k in ArticleSummary.model_fields}
    text = row["text"] or ""
    title = row["title"] or ""
    skip_to = row["title_span_end"] or (len(title) if title and text.startswith(title) else 0)
    where = passage(text, found, skip_to=skip_to)
    if where is None:
        return ArticleHit(**summary)
    return ArticleHit(**summary, passage=Passage(
        start=where.start, end=where.end, text=text[where.start:where.end],
        marks=[Span.of(text, s, e) for s, e in where.marks], cut_before=where.cut_before, cut_after=where.cut_after))


def search_articles(conn: Connection, query: str, *, limit: int = 20, offset: int = 0, source: str | None = None,
                    date_from: str | None = None, date_to: str | None = None) -> Page[ArticleHit]:
    """Articles with every word of the query in their title or text (accent-insensitive), newest first, each
    with the passage where the words are. A query without words (punctuation only) finds nothing."""
    found = words(query or "")
    columns = (*_article_columns(), A.text, A.title_span_end)
    if not found:
        stmt = select(*columns).where(false())
    elif conn.dialect.name == "sqlite":
        hits = sqlite_article_hits(found, date_from, date_to)
        stmt = (select(*columns).select_from(hits).join(tables.articles, A.pk == key_to_pk(hits.c.key))
                .order_by(hits.c.key.desc()))
    else:
        stmt = select(*columns).where(postgres_article_match(found)).order_by(A.date.desc().nulls_last(), A.pk.desc())
    return _page(conn, _article_filters(stmt, source, date_from, date_to), limit, offset,
                 lambda r: _article_hit(r, found))


def get_article(conn: Connection, pk: int) -> AnalysisDocument | None:
    row = conn.execute(select(tables.articles).where(A.pk == pk)).mappings().first()
    if row is None:
        return None
    data = from_row(AnalysisDocument, row, skip=ARTICLE_SKIP)
    for name, table in CHILD_TABLES.items():
        children = conn.execute(select(table).where(table.c.article_pk == pk).order_by(table.c.pk)).mappings()
        data[name] = [from_row(_CHILD_MODELS[name], r) for r in children]
    return AnalysisDocument.model_validate(data)


# ---- quotations

def _quote_hit(row) -> QuoteHit:
    return QuoteHit(**from_row(Quote, row), article_pk=row["article_pk"], article_title=row["title"],
                    article_date=row["article_date"], article_source=row["source"])


def _speaker_ids(conn: Connection, speaker: str) -> list[str]:
    """The speaker filter as actor ids: the value itself, and actors with it in their name or aliases."""
    t = tables.actors.c
    value = speaker.lower()  # autoescape: % and _ in a name are letters, not LIKE wildcards
    ids = conn.execute(select(t.id).where(or_(func.lower(t.name).contains(value, autoescape=True), func.lower(
        func.cast(t.aliases, Text)).contains(value, autoescape=True))).limit(500)).scalars().all()
    found = list(dict.fromkeys([speaker, *ids]))
    # an actor merged into another: its quotations carry the other's id
    for _ in range(5):
        merged = conn.execute(select(t.merged_into).where(t.id.in_(found), t.merged_into.is_not(None))).scalars().all()
        more = [m for m in merged if m not in found]
        if not more:
            break
        found += more
    return found


def quote_statement(conn: Connection, f: QuoteFilter) -> Select:
    """Quotations matching the filter, newest first. On SQLite a word search is driven by the FTS5 index in date
    order (speaker included in the same index query), so one page costs about one page of index reads."""
    found = words(f.query) if f.query else []
    speaker_ids = _speaker_ids(conn, f.speaker) if f.speaker else []
    columns = (tables.quotes, A.title, A.source)
    speaker_words = words(f.speaker) if f.speaker else []
    if conn.dialect.name == "sqlite" and (found or speaker_words):
        hits = sqlite_hits(found, f.date_from, f.date_to, speaker_ids=speaker_ids, speaker_words=speaker_words)
        stmt = (select(*columns).select_from(hits).join(tables.quotes, Q.pk == key_to_pk(hits.c.key))
                .join(tables.articles, A.pk == Q.article_pk).order_by(hits.c.key.desc()))
    else:
        stmt = (select(*columns).join(tables.articles, A.pk == Q.article_pk)
                .order_by(Q.article_date.desc().nulls_last(), Q.pk.desc()))
        if found:
            stmt = stmt.where(postgres_match(found))
        if f.speaker:
            stmt = stmt.where(or_(Q.speaker_id.in_(speaker_ids),
                                  func.lower(Q.speaker_name).contains(f.speaker.lower(), autoescape=True)))
    if f.query and not found:  # only punctuation: no word to look for, so nothing matches (not everything)
        stmt = stmt.where(false())
    if f.date_from:
        stmt = stmt.where(Q.article_date >= f.date_from)
    if f.date_to:
        stmt = stmt.where(Q.article_date <= f.date_to)
    if f.source:
        stmt = stmt.where(A.source == f.source)
    if f.type:
        stmt = stmt.where(Q.type == f.type)
    if f.article_pk is not None:
        stmt = stmt.where(Q.article_pk == f.article_pk)
    return stmt


def search_quotes(conn: Connection, f: QuoteFilter, *, limit: int = 20, offset: int = 0) -> Page[QuoteHit]:
    return _page(conn, quote_statement(conn, f), limit, offset, _quote_hit)


# ---- actors

def _actor_counts():
    return (select(Q.speaker_id.label("actor_id"), func.count().label("quotes"),
                   func.count(func.distinct(Q.article_pk)).label("articles"))
            .where(Q.speaker_id.is_not(None)).group_by(Q.speaker_id).subquery())


def list_actors(conn: Connection, *, limit: int = 20, offset: int = 0, query: str | None = None,
                type: str | None = None) -> Page[ActorSummary]:
    t = tables.actors.c
    counts = _actor_counts()
    stmt = (select(tables.actors, func.coalesce(counts.c.quotes, 0).label("quotes"),
                   func.coalesce(counts.c.articles, 0).label("articles"))
            .outerjoin(counts, counts.c.actor_id == t.id).where(t.merged_into.is_(None))
            .order_by(func.coalesce(counts.c.quotes, 0).desc(), t.name))
    if type:
        stmt = stmt.where(t.type == type)
    if query:
        stmt = stmt.where(func.lower(t.name).contains(query.lower(), autoescape=True))
    return _page(conn, stmt, limit, offset, lambda r: ActorSummary(**r))


def get_actor(conn: Connection, actor_id: str) -> ActorDetail | None:
    t = tables.actors.c
    counts = _actor_counts()
    row = conn.execute(select(tables.actors, func.coalesce(counts.c.quotes, 0).label("quotes"),
                              func.coalesce(counts.c.articles, 0).label("articles"))
                       .outerjoin(counts, counts.c.actor_id == t.id).where(t.id == actor_id)).mappings().first()
    if row is None:
        return None
    month = func.substr(Q.article_date, 1, 7)
    timeline = conn.execute(select(month.label("month"), func.count().label("quotes"))
                            .where(Q.speaker_id == actor_id, Q.article_date.is_not(None))
                            .group_by(month).order_by(month)).mappings()
    stances = conn.execute(select(tables.stances).where(S.holder_id == actor_id).order_by(S.date)).mappings()
    found_in = conn.execute(select(tables.article_actors).where(tables.article_actors.c.id == actor_id)
                            .order_by(tables.article_actors.c.pk).limit(50)).mappings()
    merged_into, merged = _actor_merges(conn, row)
    own = {k: v for k, v in row.items() if k not in ("merged_into", "merged_because")}
    return ActorDetail(**own, timeline=[MonthCount(**m) for m in timeline],
                       stances=[StanceHit(**from_row(Stance, s), article_pk=s["article_pk"]) for s in stances],
                       mentions_in=[Actor(**from_row(Actor, m)) for m in found_in],
                       merged_into=merged_into, merged=merged,
                       merged_because=[m.merged_because for m in ([merged_into] if merged_into else []) + merged],
                       changes=_changes(conn, timelines(_dated_stances(conn, S.holder_id == actor_id,
                                                                      issue_groups(conn)))))


def _actor_merges(conn: Connection, row) -> tuple[ActorMerge | None, list[ActorMerge]]:
    """Where this actor was merged (if it was), and which actors were merged into it: those of their own
    (`actors.merged_into`), and mentions merged in some articles only (`actor_merges`, scope 'article')."""
    t, m = tables.actors.c, tables.actor_merges.c
    merged_into = None
    if row["merged_into"]:
        into_name = conn.execute(select(t.name).where(t.id == row["merged_into"])).scalar()
        articles = conn.execute(select(func.count(func.distinct(m.article_pk))).where(
            m.from_id == row["id"], m.scope == "store")).scalar_one()
        merged_into = ActorMerge(id=row["id"], name=row["name"], into_id=row["merged_into"], into_name=into_name,
                                 rule=row["merge_rule"] or "", merged_because=row["merged_because"] or "",
                                 articles=articles)
    merged = []
    for r in conn.execute(select(t.id, t.name, t.merge_rule, t.merged_because).where(t.merged_into == row["id"])
                          .order_by(t.name)).mappings():
        articles = conn.execute(select(func.count(func.distinct(m.article_pk))).where(
            m.from_id == r["id"], m.scope == "store")).scalar_one()
        merged.append(ActorMerge(id=r["id"], name=r["name"], into_id=row["id"], into_name=row["name"],
                                 rule=r["merge_rule"] or "", merged_because=r["merged_because"] or "", articles=articles))
    local = (select(m.from_id, m.from_name, m.rule, m.merged_because, func.count(func.distinct(m.article_pk))
                    .label("articles"))
             .where(m.to_id == row["id"], m.scope == "article")
             .group_by(m.from_id, m.from_name, m.rule, m.merged_because).order_by(m.from_name))
    for r in conn.execute(local).mappings():
        merged.append(ActorMerge(id=r["from_id"], name=r["from_name"], into_id=row["id"], into_name=row["name"],
                                 rule=r["rule"], merged_because=r["merged_because"], scope="article",
                                 articles=r["articles"]))
    return merged_into, merged


# ---- events and stances

def list_events(conn: Connection, *, limit: int = 20, offset: int = 0, type: str | None = None,
                actor: str | None = None, date_from: str | None = None, date_to: str | None = None) -> Page[EventHit]:
    stmt = (select(tables.events, A.date.label("article_date")).join(tables.articles, A.pk == E.article_pk)
            .order_by(A.date.desc().nulls_last(), E.pk.desc()))
    if type:
        stmt = stmt.where(E.type == type)
    if actor:
        stmt = stmt.where(or_(E.source_id == actor, E.target_id == actor))
    if date_from:
        stmt = stmt.where(A.date >= date_from)
    if date_to:
        stmt = stmt.where(A.date <= date_to)
    return _page(conn, stmt, limit, offset,
                 lambda r: EventHit(**from_row(Event, r), article_pk=r["article_pk"], article_date=r["article_date"]))


def list_stances(conn: Connection, *, limit: int = 20, offset: int = 0, issue: str | None = None,
                 holder: str | None = None, stance: str | None = None) -> Page[StanceHit]:
    stmt = select(tables.stances).order_by(S.date.desc().nulls_last(), S.pk.desc())
    if issue:
        group = issue_groups(conn).get(issue)
        stmt = stmt.where(or_(S.issue_key.in_(group.keys if group else [issue]),
                              func.lower(S.issue).contains(issue.lower(), autoescape=True)))
    if holder:
        stmt = stmt.where(or_(S.holder_id == holder, func.lower(S.holder_name).contains(holder.lower(),
                                                                                     autoescape=True)))
    if stance:
        stmt = stmt.where(S.stance == stance)
    return _page(conn, stmt, limit, offset, lambda r: StanceHit(**from_row(Stance, r), article_pk=r["article_pk"]))


def issue_groups(conn: Connection) -> dict[str, IssueGroup]:
    """Every issue key of the store → its issue, the keys of one question grouped (`propos.store.issue_groups`)."""
    rows = conn.execute(select(S.issue_key, S.issue, func.count()).group_by(S.issue_key, S.issue))
    return group_issues(key_counts(rows), head_first=head_first())


def _wordings(group: IssueGroup) -> list[IssueWording]:
    return [IssueWording(issue_key=m.key, issue=m.label, stances=m.stances, within=group.within.get(m.key))
            for m in group.members]


def list_issues(conn: Connection, *, limit: int = 20) -> list[IssueSummary]:
    """The issues with the most stances, each once with all its wordings."""
    return [IssueSummary(issue_key=g.key, issue=g.label, stances=g.stances, wordings=_wordings(g))
            for g in distinct(issue_groups(conn))[:limit]]


def _evidence(conn: Connection, article_pk: int, ids: list[str]) -> list[QuoteHit | EventHit]:
    if not ids:
        return []
    quotes = conn.execute(quote_statement(conn, QuoteFilter(article_pk=article_pk)).where(Q.id.in_(ids))).mappings()
    found: list[QuoteHit | EventHit] = [_quote_hit(r) for r in quotes]
    events = conn.execute(select(tables.events, A.date.label("article_date")).join(tables.articles, A.pk == E.article_pk)
                          .where(E.article_pk == article_pk, E.id.in_(ids))).mappings()
    found += [EventHit(**from_row(Event, r), article_pk=r["article_pk"], article_date=r["article_date"]) for r in events]
    return found


def get_issue(conn: Connection, issue_key: str) -> IssueDetail | None:
    """The issue of any of its keys: the stances of all its wordings, sides, timeline and changes."""
    groups = issue_groups(conn)
    group = groups.get(issue_key)
    if group is None:
        return None
    rows = conn.execute(select(tables.stances).where(S.issue_key.in_(group.keys)).order_by(S.date, S.pk)).mappings().all()
    sides: dict[tuple, IssueSide] = {}
    for r in rows:
        key = (r["stance"], r["holder_id"] or fold(r["holder_name"]))
        side = sides.setdefault(key, IssueSide(holder_id=r["holder_id"], holder_name=r["holder_name"],
                                               stance=r["stance"]))
        side.evidence += _evidence(conn, r["article_pk"], list(r["evidence"] or []))
        if r["date"] and r["date"] not in side.dates:
            side.dates.append(r["date"])
    grouped = defaultdict(list)
    for (value, _), side in sides.items():
        grouped[value].append(side)
    timeline = timelines(_dated_stances(conn, S.issue_key.in_(group.keys), groups))
    return IssueDetail(issue_key=group.key, issue=group.label, wordings=_wordings(group), **grouped,
                       timeline=timeline, changes=_changes(conn, timeline))


# ---- positions over time (propos.store.positions)

def _dated_stances(conn: Connection, where, groups: dict[str, IssueGroup]) -> list[dict]:
    """Stance rows placed in time, each under its issue (the canonical key and label of its wording's group)."""
    # The article's date places a stance in time; the stance's own date stands in when the article has none.
    date = func.coalesce(A.date, S.date).label("date")
    stmt = (select(S.pk, S.id, S.article_pk, S.holder_id, S.holder_name, S.issue_key, S.issue, S.stance,
                   S.confidence, S.evidence, date, A.title.label("article_title"))
            .join(tables.articles, A.pk == S.article_pk).where(where))
    rows = []
    for r in conn.execute(stmt).mappings():
        group = groups.get(r["issue_key"])
        rows.append({**r, "issue_key": group.key, "issue": group.label} if group else dict(r))
    return rows


def _changes(conn: Connection, found: list[HolderTimeline]) -> list[StanceChange]:
    changes = [StanceChange(holder_id=t.holder_id, holder_name=t.holder_name, issue_key=t.issue_key, issue=t.issue,
                            before=_with_evidence(conn, before), after=_with_evidence(conn, after))
               for t in found for before, after in turns(t)]
    return sorted(changes, key=lambda c: (c.after.date, c.after.article_pk, fold(c.holder_name), c.issue_key))


def _with_evidence(conn: Connection, position: DatedPosition) -> PositionEvidence:
    return PositionEvidence(**position.model_dump(),
                            evidence=_evidence(conn, position.article_pk, position.evidence_ids))


def stats(conn: Connection) -> Stats:
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    first, last = conn.execute(select(func.min(A.date), func.max(A.date))).one()
    versions = conn.execute(select(A.pipeline_version).distinct().order_by(A.pipeline_version)).scalars().all()
    return Stats(articles=count(tables.articles), quotes=count(tables.quotes), actors=count(tables.actors),
                 events=count(tables.events), stances=count(tables.stances), first_date=first, last_date=last,
                 pipeline_versions=list(versions))
