"""One issue across wordings: the store's issue keys grouped into questions, at read time.

An issue key is the sorted content lemmas of a wording (`propos.extraction.stances.issues.key`): « envoi de
soldats » is `soldat` (« envoi » is a transfer word the key leaves out), « envoi de soldats américains »
`americain+soldat`, « … en Ukraine » `americain+soldat+ukraine`. The rule, over the keys of the whole store:

- a key joins the issue of the keys that hold all its words (`americain+soldat` ⊂ `americain+soldat+ukraine`:
  one issue);
- only when those keys are one issue: a key whose words stand in two issues (`loi+projet` in
  `immigration+loi+projet` and in `loi+projet+retraite`) names neither and stays an issue of its own — as
  « Martin » stays alone beside « Anne Martin » and « Paul Martin » (`propos.extraction.actors.merge`);
- a key of one word says nothing of how its word stands in a longer key (`securite` in « démission du conseiller
  à la sécurité nationale », `paix` in « accords de paix »): it joins only a key with a wording that begins with
  one of its own (« envoi de soldats » → « envoi de soldats américains »), since French noun phrases narrow
  after their head (`head_first` in the language's `stances_issue_words.json`; a head-last language would
  look at the end). Two keys of one word never hold each other, so `reforme` stays apart from them all
  unless a single issue narrows it;
- keys that share words without one holding the other (`americain+soldat`, `americain+election`) stay apart.

Keys are placed longest first, so the keys holding a key's words have found their issue before it. Nothing is
written: the groups follow the stored keys, whichever article came first, and a new key that makes a shorter one
ambiguous takes it back out. Each issue is known by its canonical key: the one with the most stances, then the
fewest words, then the shortest; its label is that key's. Pure functions (the reads fetch the keys).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from propos.language.resources import load_json
from propos.store.fulltext import words as folded_words


@dataclass(frozen=True)
class KeyCount:
    """One issue key of the store: its label (its most frequent wording), its wordings, how many stances."""

    key: str
    label: str
    stances: int
    labels: tuple[str, ...] = ()


def key_counts(rows: Iterable[tuple[str, str, int]]) -> list[KeyCount]:
    """(issue key, wording, stances) rows → one KeyCount per key, labelled by its most frequent wording."""
    per_key: dict[str, dict[str, int]] = defaultdict(dict)
    for key, wording, n in rows:
        per_key[key][wording] = per_key[key].get(wording, 0) + n
    return [KeyCount(key, min(found, key=lambda w: (-found[w], len(w), w)), sum(found.values()), tuple(sorted(found)))
            for key, found in per_key.items()]


def head_first(lang: str = "fr") -> bool:
    """Whether the language's noun phrases narrow after their head (the store holds analyses of one language)."""
    return bool(load_json(lang, "stances_issue_words.json").get("head_first", True))


@dataclass
class IssueGroup:
    key: str                                   # the canonical key
    label: str
    members: list[KeyCount] = field(default_factory=list)   # canonical first, then by stances, words, key
    # each member whose words all stand in another member: that member (the one of fewest words)
    within: dict[str, str] = field(default_factory=dict)

    @property
    def stances(self) -> int:
        return sum(m.stances for m in self.members)

    @property
    def keys(self) -> list[str]:
        return [m.key for m in self.members]


def words(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split("+") if w)


def _rank(k: KeyCount) -> tuple:
    return -k.stances, len(words(k.key)), len(k.key), k.key


def _narrows(short: KeyCount, long: KeyCount, *, head_first: bool, read) -> bool:
    """A wording of `long` begins (head first) or ends (head last) with a wording of `short`, word for word.
    `read`: a wording → its folded words."""
    for a in short.labels or (short.label,):
        part = read(a)
        if not part:
            continue
        for b in long.labels or (long.label,):
            whole = read(b)
            if len(whole) > len(part) and (whole[:len(part)] if head_first else whole[-len(part):]) == part:
                return True
    return False


def group_issues(counts: Iterable[KeyCount], *, head_first: bool = True) -> dict[str, IssueGroup]:
    """Every key → its issue (keys of one issue share one `IssueGroup`)."""
    known = {k.key: k for k in counts}
    sets = {key: words(key) for key in known}
    holding: dict[str, set[str]] = defaultdict(set)   # word → the keys with that word
    for key, ws in sets.items():
        for w in ws:
            holding[w].add(key)
    root: dict[str, str] = {}     # key → the widest key of its issue
    folded: dict[str, tuple[str, ...]] = {}

    def read(wording: str) -> tuple[str, ...]:
        if wording not in folded:
            folded[wording] = tuple(folded_words(wording))
        return folded[wording]

    within: dict[str, str] = {}
    for key in sorted(known, key=lambda k: (-len(sets[k]), k)):
        postings = sorted((holding[w] for w in sets[key]), key=len)
        holders = set.intersection(*postings) - {key} if postings else set()
        issues = {root[h] for h in holders}
        if len(issues) == 1 and len(sets[key]) == 1:
            holders = {h for h in holders if _narrows(known[key], known[h], head_first=head_first, read=read)}
        if len(issues) == 1 and holders:
            root[key] = issues.pop()
            within[key] = min(holders, key=lambda h: (len(sets[h]), _rank(known[h])))
        else:
            root[key] = key
    members: dict[str, list[KeyCount]] = defaultdict(list)
    for key, top in root.items():
        members[top].append(known[key])
    groups: dict[str, IssueGroup] = {}
    for found in members.values():
        found.sort(key=_rank)
        canonical = found[0]
        group = IssueGroup(key=canonical.key, label=canonical.label, members=found,
                           within={k.key: within[k.key] for k in found if k.key in within})
        for k in found:
            groups[k.key] = group
    return groups


def distinct(groups: dict[str, IssueGroup]) -> list[IssueGroup]:
    """Each issue once, the most stances first (then by canonical key)."""
    unique = {g.key: g for g in groups.values()}
    return sorted(unique.values(), key=lambda g: (-g.stances, g.key))
