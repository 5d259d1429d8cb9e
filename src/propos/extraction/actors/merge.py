"""Merge the actors of several analysis documents into one list with stable ids (what the store calls).

Within an article the actors component has already merged mentions. Across articles, actors with the same
id are one (ids are knowledge-base ids or deterministic slugs: `per:john-kirby`, `gov:us`); a person known
only by a surname, or by a shorter form of a name, joins the one fuller name it fits — only when exactly one
fits —, and so does an organisation named by the generic noun its name opens with (« Union » for « Union
européenne »). Corrections (`same`, `different`: pairs of ids) override the rules, so that a user's fix of a
wrong merge or split survives re-analysis.

`fit_rule` and `only_fuller` are the matching rules; the store (`propos.store.writes`) applies them each time
it saves an article, against the actors it already holds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from propos.extraction.actors.kb import read_corrections
from propos.extraction.actors.knowledge import fold, is_shorter_form
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


def name_ends(name: str) -> tuple[str, str]:
    """The first and last words of a name, folded (case, accents, hyphens): every rule of `fit_rule` compares a
    name's first or last word, so a store finds the candidates of a name by these two."""
    words = _words(name)
    return (words[0], words[-1]) if words else ("", "")


class Named(Protocol):
    id: str
    name: str
    type: str


# Why a shorter name joins a fuller one (the codes a store keeps; pages say them in their language).
RULES = {
    "surname": "the surname of",
    "shorter_name": "a shorter form of the name of",
    "name_start": "the first word of the name of",
}


def fit_rule(short: Named, full: Named) -> str | None:
    """Why `short` is a shorter name of `full` ('surname', 'shorter_name', 'name_start'), None when it is not.

    People: a surname, or first and last name, of a fuller name (« Biden », « Joe Biden »). Organisations: a
    one-word name that opens a fuller name whose other words are lower-case — a generic noun and its modifiers,
    « Union » for « Union européenne » —, never an acronym or a brand before another name (« Renault Trucks »).
    """
    if short.type != full.type or short.id == full.id:
        return None
    s, f = _words(short.name), _words(full.name)
    if not s or len(s) >= len(f):
        return None
    if short.type == "PER":
        if not is_shorter_form(s, f):
            return None
        return "surname" if len(s) == 1 else "shorter_name"
    if short.type == "ORG":
        written = full.name.replace("-", " ").split()
        if len(s) != 1 or short.name.isupper() or len(s[0]) < 3 or f[0] != s[0]:
            return None
        if len(written) != len(f) or any(not w[:1].islower() for w in written[1:]):
            return None
        return "name_start"
    return None


def only_fuller(short: Named, candidates: Iterable[Named], *,
                apart: Collection[frozenset[str]] = frozenset()) -> tuple[Named, str] | None:
    """The one fuller name among `candidates` that `short` fits, with the rule; None when none fits, when
    several names do (two « … Martin » leave « Martin » alone: candidates of one name count once), or when a
    correction keeps the two apart."""
    fits = [(c, rule) for c in candidates if (rule := fit_rule(short, c))]
    if len({c.name for c, _ in fits}) != 1:
        return None
    full, rule = fits[0]
    if frozenset((short.id, full.id)) in apart:
        return None
    return full, rule


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
        # only an unambiguous surname joins: two Macrons in the corpus leave "Macron" alone
        found = only_fuller(short, by_id.values(), apart=apart)
        if found is not None:
            full = found[0]
            groups.union(full.id, short.id)
            reasons.setdefault(full.id, []).append(f"« {short.name} » (another article) is the only fit for {full.name}")
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
