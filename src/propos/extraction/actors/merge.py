"""Merge the actors of several analysis documents into one list with stable ids (what the store calls).

Within an article the actors component has already merged mentions. Across articles, actors with the same
id are one (ids are knowledge-base ids or deterministic slugs: `per:john-kirby`, `gov:us`); a person known
only by a surname, or by a shorter form of a name, joins the one fuller name it fits — only when exactly one
fits. Corrections (`same`, `different`: pairs of ids) override the rules, so that a user's fix of a wrong
merge or split survives re-analysis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from propos.extraction.actors.kb import read_corrections
from propos.extraction.actors.knowledge import fold
from propos.model import Actor, AnalysisDocument


@dataclass
class MergedActors:
    actors: list[Actor]
    # (document id, actor id in that document) -> id of the merged actor
    ids: dict[tuple[str, str], str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


def _fits(short: Actor, full: Actor) -> bool:
    """A shorter person name that is the surname, or first and last name, of a fuller one."""
    if short.type != "PER" or full.type != "PER" or short.id == full.id:
        return False
    s, f = _words(short.name), _words(full.name)
    if len(s) >= len(f) or not s or s[-1] != f[-1]:
        return False
    return set(s) <= set(f)


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, keep: str, other: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


def merge_actors(documents: Iterable[AnalysisDocument], *, same: Iterable[tuple[str, str]] | None = None,
                 different: Iterable[tuple[str, str]] | None = None) -> MergedActors:
    """Merge across documents; corrections default to the user's saved ones (`propos kb merge|split`)."""
    if same is None or different is None:
        saved_same, saved_different = read_corrections()
        same = saved_same if same is None else same
        different = saved_different if different is None else different
    docs = list(documents)
    by_id: dict[str, Actor] = {}
    reasons: dict[str, list[str]] = {}
    for doc in docs:
        for a in doc.actors:
            if a.id in by_id:
                base = by_id[a.id]
                by_id[a.id] = base.model_copy(update={
                    "aliases": list(dict.fromkeys([*base.aliases, *a.aliases])),
                    "roles": [*base.roles, *a.roles],
                    "kb_id": base.kb_id or a.kb_id,
                    "name": max(base.name, a.name, key=lambda n: len(n.split())),
                })
                reasons.setdefault(a.id, []).append(f"same id {a.id} in article {doc.id}")
            else:
                by_id[a.id] = a
    apart = {frozenset(p) for p in different}
    groups = _Groups()
    for short in by_id.values():
        fuller = [f for f in by_id.values() if _fits(short, f)]
        # only an unambiguous surname joins: two Macrons in the corpus leave "Macron" alone
        if len({f.name for f in fuller}) == 1 and frozenset((short.id, fuller[0].id)) not in apart:
            groups.union(fuller[0].id, short.id)
            reasons.setdefault(fuller[0].id, []).append(
                f"« {short.name} » (another article) is the only fit for {fuller[0].name}")
    for a, b in same:
        if a in by_id and b in by_id:
            groups.union(a, b)
            reasons.setdefault(a, []).append(f"{b} merged with {a} by a correction")
    merged: dict[str, Actor] = {}
    for actor_id, actor in by_id.items():
        root = groups.find(actor_id)
        if root not in merged:
            merged[root] = by_id[root]
        if root != actor_id:
            base = merged[root]
            merged[root] = base.model_copy(update={
                "aliases": list(dict.fromkeys([*base.aliases, actor.name, *actor.aliases])),
                "roles": [*base.roles, *actor.roles],
            })
    out = []
    for root, actor in merged.items():
        why = list(dict.fromkeys([*actor.merged_because, *reasons.get(root, [])]))
        aliases = [x for x in actor.aliases if x != actor.name]
        # mentions are spans of one article's text: they stay on each document's actors (see `ids`)
        roles = [r.model_copy(update={"span": None}) for r in actor.roles]
        out.append(actor.model_copy(update={"merged_because": why, "aliases": aliases, "mentions": [],
                                            "roles": roles}))
    ids = {(doc.id, a.id): groups.find(a.id) for doc in docs for a in doc.actors}
    return MergedActors(actors=out, ids=ids)
