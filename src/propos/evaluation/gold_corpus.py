"""The project's own gold corpus (gold/fr/): drawing the articles, splitting them, building the files.

Every step is deterministic from a seed, so `gold/fr/assignment.json` and `gold/fr/split.json` can be
rebuilt and checked by anyone:

- `sample`: a seeded random draw from an unannotated corpus, stratified by a plain lexical test for
  reported speech (a language data file), about 85 % with and 15 % without; the first `double` articles
  of the draw go to two different annotators, the others to one, round robin;
- `split`: train / dev by article with its own seed, decided on the draw before any score exists;
- `build`: the gold lines of one split from the annotators' fragment files (annotation.py), taking the
  adjudicated reading of a doubly annotated article when there is one.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from propos.evaluation.annotation import load_articles, place_article

SEED = 20261203
SPLIT_SEED = 7


@dataclass(frozen=True)
class Plan:
    with_speech: int = 340
    without_speech: int = 60
    double: int = 60
    annotators: int = 8
    seed: int = SEED


def speech_pattern(lang: str = "fr") -> re.Pattern:
    from importlib import import_module

    data = import_module(f"propos.language.{lang}").DATA_DIR / "gold_sampling.json"
    return re.compile(json.loads(data.read_text(encoding="utf-8"))["reported_speech"], re.IGNORECASE)


def interleave(first: list[str], second: list[str]) -> list[tuple[str, str]]:
    """Both lists in one order where every prefix keeps their proportion (so any prefix is a fair draw)."""
    out, i, j = [], 0, 0
    while i < len(first) or j < len(second):
        if j < len(second) and (i >= len(first) or j * len(first) <= i * len(second)):
            out.append(("other", second[j]))
            j += 1
        else:
            out.append(("speech", first[i]))
            i += 1
    return out


def sample(corpus: Path, plan: Plan = Plan(), lang: str = "fr") -> dict:
    """The seeded draw and who annotates what."""
    pattern = speech_pattern(lang)
    articles = load_articles(corpus)
    speech = sorted(a for a, art in articles.items() if pattern.search(art["text"]))
    other = sorted(a for a in articles if a not in set(speech))
    rng = random.Random(plan.seed)
    rng.shuffle(speech)
    rng.shuffle(other)
    chosen = interleave(speech[: plan.with_speech], other[: plan.without_speech])
    k = plan.annotators
    batches: dict[str, list[str]] = {f"a{n + 1}": [] for n in range(k)}
    for d, (_, article_id) in enumerate(chosen[: plan.double]):
        first = d % k
        second = (first + 1 + (d // k) % (k - 1)) % k  # never the same annotator twice
        batches[f"a{first + 1}"].append(article_id)
        batches[f"a{second + 1}"].append(article_id)
    for s, (_, article_id) in enumerate(chosen[plan.double :]):
        batches[f"a{s % k + 1}"].append(article_id)
    return {"seed": plan.seed, "chosen": [list(c) for c in chosen],
            "double": [a for _, a in chosen[: plan.double]], "assignment": batches}


def split(article_ids: list[str], seed: int = SPLIT_SEED, dev_share: float = 1 / 3) -> dict[str, list[str]]:
    """Train / dev by article: a seeded shuffle of the sorted ids, the first third to dev."""
    ids = sorted(article_ids)
    random.Random(seed).shuffle(ids)
    cut = round(len(ids) * dev_share)
    return {"seed": seed, "dev": sorted(ids[:cut]), "train": sorted(ids[cut:])}


def annotations_of(folder: Path) -> dict[str, dict[str, Path]]:
    """Fragment files by article id, then by annotator (folder name)."""
    found: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.glob("*/*.json")):
        found.setdefault(path.stem, {})[path.parent.name] = path
    return found


def reading_for(article_id: str, readings: dict[str, Path], assignment: dict) -> Path | None:
    """The reading that goes into the gold: the adjudicated one, else the first annotator's."""
    if "adjudicated" in readings:
        return readings["adjudicated"]
    for annotator, ids in assignment["assignment"].items():
        if article_id in ids and annotator in readings:
            return readings[annotator]
    return None


def build(folder: Path, corpus: Path, assignment: dict, ids: list[str]) -> tuple[list[dict], list[str]]:
    """Gold lines for `ids` (in that order) and the problems met; articles never annotated are left out."""
    articles = load_articles(corpus)
    readings = annotations_of(folder)
    lines, problems = [], []
    for article_id in ids:
        path = reading_for(article_id, readings.get(article_id, {}), assignment)
        if path is None:
            continue
        placed = place_article(json.loads(path.read_text(encoding="utf-8")), articles[article_id])
        problems += [f"{path}: {p}" for p in placed.problems]
        lines.append(placed.line)
    return lines, problems


def write_jsonl(path: Path, lines: list[dict]) -> None:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
