"""The user's knowledge base: actors with their own ids (e.g. Wikidata), names and aliases.

One JSON object per line, `{id, name, aliases, type, roles}`, kept at a platformdirs user-data path or at
`$PROPOS_KB`. The actors component links the actors it finds to these entries, which then give their ids.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from propos.extraction.actors.knowledge import fold

KB_ENV = "PROPOS_KB"
_TYPES = {"PER", "ORG", "GPE", "GOV", "OTHER"}


@dataclass(frozen=True)
class KbEntry:
    id: str
    name: str
    type: str = "OTHER"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()

    @property
    def keys(self) -> set[str]:
        return {fold(n) for n in (self.name, *self.aliases) if n}


def kb_path() -> Path:
    env = os.environ.get(KB_ENV)
    return Path(env) if env else user_data_path("propos") / "kb.jsonl"


def parse_entry(obj: dict) -> KbEntry:
    """One knowledge-base record; raises ValueError with a readable reason when it is unusable."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    kb_id, name = obj.get("id"), obj.get("name")
    if not isinstance(kb_id, str) or not kb_id.strip():
        raise ValueError("missing 'id'")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("missing 'name'")
    kind = str(obj.get("type") or "OTHER").upper()
    aliases = obj.get("aliases") or []
    roles = obj.get("roles") or []
    if not isinstance(aliases, list) or not isinstance(roles, list):
        raise ValueError("'aliases' and 'roles' must be lists")
    return KbEntry(id=kb_id.strip(), name=name.strip(), type=kind if kind in _TYPES else "OTHER",
                   aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
                   roles=tuple(str(r if isinstance(r, str) else r.get("title", "")).strip() for r in roles
                               if r and (isinstance(r, str) or isinstance(r, dict))))


def read_kb(path: Path) -> list[KbEntry]:
    """The entries of a knowledge-base file; unreadable lines are skipped (the file is user data)."""
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            entries.append(parse_entry(json.loads(line)))
        except ValueError:
            continue
    return entries


_CACHE: dict[Path, tuple[float, list[KbEntry]]] = {}


def load_kb(path: Path | None = None) -> list[KbEntry]:
    """The current knowledge base, re-read when its file changes."""
    path = path or kb_path()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return []
    cached = _CACHE.get(path)
    if cached is None or cached[0] != mtime:
        cached = (mtime, read_kb(path))
        _CACHE[path] = cached
    return cached[1]


def import_kb(source: Path, target: Path | None = None) -> tuple[int, list[str]]:
    """Add or replace (by id) the entries of a JSONL file in the knowledge base; returns (count, problems)."""
    target = target or kb_path()
    current = {e.id: e for e in read_kb(target)}
    problems: list[str] = []
    added = 0
    for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = parse_entry(json.loads(line))
        except (ValueError, AttributeError) as exc:
            problems.append(f"line {n}: {exc}")
            continue
        current[entry.id] = entry
        added += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for e in current.values():
            out.write(json.dumps({"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                                  "roles": list(e.roles)}, ensure_ascii=False) + "\n")
    return added, problems


def kb_lookup(entries: list[KbEntry], names: list[str]) -> KbEntry | None:
    """The one entry that any of the names matches (ignoring case and accents); None when none or ambiguous."""
    keys = {fold(n) for n in names if n}
    found = {e.id: e for e in entries if e.keys & keys}
    return next(iter(found.values())) if len(found) == 1 else None


# Corrections of merges, kept beside the knowledge base so that they survive re-analysis:
# {"same": [id, id]} joins two actors, {"different": [id, id]} keeps them apart.
def corrections_path() -> Path:
    return kb_path().with_name("corrections.jsonl")


def read_corrections(path: Path | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(same, different) pairs, in the order recorded; the latest correction of a pair is the one that holds
    (`kb split A B` after `kb merge A B` keeps them apart)."""
    path = path or corrections_path()
    try:
        stamp = path.stat()
    except OSError:
        return [], []
    # Every stored article reads the corrections: parse the file again only when it changed.
    key = (str(path), stamp.st_mtime_ns, stamp.st_size)
    if key not in _PARSED:
        _PARSED.clear()
        _PARSED[key] = _parse_corrections(path.read_text(encoding="utf-8"))
    same, different = _PARSED[key]
    return list(same), list(different)


_PARSED: dict[tuple[str, int, int], tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}


def _parse_corrections(content: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    latest: dict[frozenset[str], tuple[str, tuple[str, str]]] = {}
    for line in content.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        for name in ("same", "different"):
            pair = obj.get(name) if isinstance(obj, dict) else None
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair):
                key = frozenset(pair)
                latest.pop(key, None)  # re-inserted: the dict keeps the order of the latest records
                latest[key] = (name, (pair[0], pair[1]))
    same = [pair for name, pair in latest.values() if name == "same"]
    different = [pair for name, pair in latest.values() if name == "different"]
    return same, different


def add_correction(kind: str, first: str, second: str, path: Path | None = None) -> Path:
    if kind not in ("same", "different"):
        raise ValueError(f"unknown correction {kind!r}")
    path = path or corrections_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({kind: [first, second]}, ensure_ascii=False) + "\n")
    return path
