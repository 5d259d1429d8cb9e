"""Positions over time: each holder's stances on an issue in date order, and where they turn.

Pure functions over stance rows (the reads fetch them, on SQLite and PostgreSQL alike). A row needs `pk`, `id`,
`article_pk`, `article_title`, `holder_id`, `holder_name`, `issue_key`, `issue`, `stance`, `confidence`,
`evidence` and `date` (the article's date).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import pairwise

from propos.store.fulltext import fold
from propos.store.views import DatedPosition, HolderTimeline

POLAR = frozenset({"support", "oppose"})


def holder_key(row: Mapping) -> str:
    """A holder without an actor id is known by its name only (folded, as the issue sides group it)."""
    return row["holder_id"] or fold(row["holder_name"])


def timelines(rows: Iterable[Mapping]) -> list[HolderTimeline]:
    """One timeline per (holder, issue): one position per article, oldest first, then by article. Undated rows
    are left out: they cannot be placed in time."""
    per_article: dict[tuple, list[Mapping]] = defaultdict(list)
    for r in rows:
        if r["date"]:
            per_article[(holder_key(r), r["issue_key"], r["article_pk"])].append(r)
    threads: dict[tuple, list[tuple[DatedPosition, Mapping]]] = defaultdict(list)
    for (holder, issue_key, _), same in per_article.items():
        threads[(holder, issue_key)].append(_position(same))
    found = [_timeline(sorted(t, key=lambda pr: (pr[0].date, pr[0].article_pk))) for t in threads.values()]
    return sorted(found, key=lambda t: (t.positions[0].date, fold(t.holder_name), t.issue_key))


def _position(rows: list[Mapping]) -> tuple[DatedPosition, Mapping]:
    # Several stances in one article are one position: the surest (the first stored on a tie).
    best = max(rows, key=lambda r: (r["confidence"], -r["pk"]))
    position = DatedPosition(stance=best["stance"], date=best["date"], article_pk=best["article_pk"],
                             article_title=best["article_title"], stance_id=best["id"],
                             confidence=best["confidence"], evidence_ids=list(best["evidence"] or []),
                             mixed=POLAR <= {r["stance"] for r in rows})
    return position, best


def _timeline(ordered: list[tuple[DatedPosition, Mapping]]) -> HolderTimeline:
    first = ordered[0][1]
    return HolderTimeline(holder_id=first["holder_id"], holder_name=first["holder_name"],
                          issue_key=first["issue_key"], issue=first["issue"], positions=[p for p, _ in ordered])


def turns(timeline: HolderTimeline) -> list[tuple[DatedPosition, DatedPosition]]:
    """Consecutive polar positions of opposite polarity. A neutral position has no polarity, and an article
    holding both is no change over time: neither counts, nor stands between the positions around it."""
    polar = [p for p in timeline.positions if p.stance in POLAR and not p.mixed]
    return [(before, after) for before, after in pairwise(polar) if before.stance != after.stance]
