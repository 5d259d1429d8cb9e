"""The project's own gold corpus (gold/fr/): drawing the articles, splitting them, building the files.

Every step is deterministic from a seed, so `gold/fr/assignment.json` and `gold/fr/split.json` can be
rebuilt and checked by anyone:

- `sample`: seeded random draws (waves) from unannotated corpora, stratified by a plain lexical test for
  reported speech (a language data file), about 85 % with and 15 % without; the first `double` articles
  of a wave go to two different annotators, the others to one, round robin;
- `split`: train / dev by article with its own seed, each wave decided on its draw before any score exists;
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
class Wave:
    """One round of annotation: the next articles of each stratum's seeded order, `double` of them twice."""

    corpus: str  # a file under ../shared/corpus
    with_speech: int
    without_speech: int
    double: int
    splits: tuple[str, ...] = ("train", "dev")  # where its articles may go (a corpus read by rule writers: train)


# The draws, in order. Wave 1 was sized before annotation; its readings showed ~2.5 required quotations per
# article with reported speech, so wave 2 takes every remaining such article of news-fr-more, and wave 3 the
# pool (read while the first rules were written, so it goes to train only).
WAVES = (
    Wave("news-fr-more.jsonl", 340, 60, 60),
    Wave("news-fr-more.jsonl", 182, 32, 32),
    Wave("news-fr-pool.jsonl", 176, 0, 27, splits=("train",)),
)
ANNOTATORS = 8


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


def strata(corpus: Path, seed: int = SEED, lang: str = "fr") -> tuple[list[str], list[str]]:
    """The corpus's article ids with and without reported speech, each in its seeded random order."""
    pattern = speech_pattern(lang)
    articles = load_articles(corpus)
    speech = sorted(a for a, art in articles.items() if pattern.search(art["text"]))
    other = sorted(set(articles) - set(speech))
    rng = random.Random(seed)
    rng.shuffle(speech)
    rng.shuffle(other)
    return speech, other


def assign(chosen: list[str], double: int, annotators: int = ANNOTATORS) -> dict[str, list[str]]:
    """The first `double` articles to two different annotators, the others to one, round robin."""
    batches: dict[str, list[str]] = {f"a{n + 1}": [] for n in range(annotators)}
    for d, article_id in enumerate(chosen[:double]):
        first = d % annotators
        second = (first + 1 + (d // annotators) % (annotators - 1)) % annotators  # never the same one twice
        batches[f"a{first + 1}"].append(article_id)
        batches[f"a{second + 1}"].append(article_id)
    for s, article_id in enumerate(chosen[double:]):
        batches[f"a{s % annotators + 1}"].append(article_id)
    return batches


def sample(corpus_dir: Path, waves: tuple[Wave, ...] = WAVES, seed: int = SEED) -> dict:
    """Every wave's draw and who annotates what: a wave takes the next articles of each stratum's order."""
    taken: dict[str, tuple[int, int]] = {}
    out = {"seed": seed, "waves": []}
    for number, wave in enumerate(waves, start=1):
        speech, other = strata(corpus_dir / wave.corpus, seed)
        used_speech, used_other = taken.get(wave.corpus, (0, 0))
        chosen = interleave(speech[used_speech : used_speech + wave.with_speech],
                            other[used_other : used_other + wave.without_speech])
        taken[wave.corpus] = (used_speech + wave.with_speech, used_other + wave.without_speech)
        ids = [article_id for _, article_id in chosen]
        out["waves"].append({"wave": number, "corpus": wave.corpus, "splits": list(wave.splits),
                             "chosen": [list(c) for c in chosen], "double": ids[: wave.double],
                             "assignment": assign(ids, wave.double)})
    return out


def split(article_ids: list[str], seed: int = SPLIT_SEED, dev_share: float = 1 / 3) -> dict[str, list[str]]:
    """Train / dev by article: a seeded shuffle of the sorted ids, the first third to dev."""
    ids = sorted(article_ids)
    random.Random(seed).shuffle(ids)
    cut = round(len(ids) * dev_share)
    return {"seed": seed, "dev": sorted(ids[:cut]), "train": sorted(ids[cut:])}


def split_waves(assignment: dict, seed: int = SPLIT_SEED) -> dict:
    """Each wave split on its own, so that a later wave never moves an article of an earlier one."""
    out = {"seed": seed, "dev_share": "1/3 of each wave whose articles may go to dev", "train": [], "dev": []}
    for wave in assignment["waves"]:
        ids = [article_id for _, article_id in wave["chosen"]]
        part = split(ids, seed) if "dev" in wave["splits"] else {"train": sorted(ids), "dev": []}
        out["train"] += part["train"]
        out["dev"] += part["dev"]
    return out


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
    for wave in assignment["waves"]:
        for annotator, ids in wave["assignment"].items():
            if article_id in ids and annotator in readings:
                return readings[annotator]
    return None


def build(folder: Path, corpus_dir: Path, assignment: dict, ids: list[str]) -> tuple[list[dict], list[str]]:
    """Gold lines for `ids` (in that order) and the problems met; articles never annotated are left out."""
    articles = {}
    for name in dict.fromkeys(wave["corpus"] for wave in assignment["waves"]):
        articles.update(load_articles(corpus_dir / name))
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


def double_readings(folder: Path, corpus_dir: Path, assignment: dict) -> tuple[list[dict], list[dict]]:
    """The two readings of every doubly annotated article that both annotators have done: (first, second),
    the first being the annotator listed first in the wave's assignment."""
    articles = {}
    for name in dict.fromkeys(wave["corpus"] for wave in assignment["waves"]):
        articles.update(load_articles(corpus_dir / name))
    readings = annotations_of(folder)
    first, second = [], []
    for wave in assignment["waves"]:
        for article_id in wave["double"]:
            who = [a for a, ids in wave["assignment"].items() if article_id in ids]
            found = readings.get(article_id, {})
            if len(who) != 2 or not all(a in found for a in who):
                continue
            for side, annotator in zip((first, second), who, strict=True):
                fragments = json.loads(found[annotator].read_text(encoding="utf-8"))
                side.append(place_article(fragments, articles[article_id]).line)
    return first, second


# ---- time expressions (gold/fr/timex-news-*.jsonl)

TIMEX_SEED = 20261204
TIMEX_ARTICLES, TIMEX_DOUBLE, TIMEX_ANNOTATORS = 100, 15, 4
# Later waves, drawn after the first scores existed: the next articles of the same seeded order, all to train
# (50 training articles held too few expressions of each kind to tell general grammar from the articles).
# (articles, read twice, annotators) per wave; waves 3 and 4 came when the one before had shown what more data finds.
TIMEX_MORE_WAVES = ((60, 9, 4), (80, 12, 4), (80, 12, 4), (80, 12, 4), (80, 12, 4), (80, 12, 4))


def timex_sample(corpus: Path, quotation_split: dict, seed: int = TIMEX_SEED) -> dict:
    """100 articles with their dates, none of the quotation dev split, 15 of them read twice; half to train,
    half to dev (seeded), decided before annotation. Then `wave2`, `wave3`, …: the next articles of the same
    order (TIMEX_MORE_WAVES), all to train, so that the dev half stays exactly what it was."""
    excluded = set(quotation_split["dev"])
    ids = sorted(a for a, art in load_articles(corpus).items() if a not in excluded and art.get("date"))
    rng = random.Random(seed)
    rng.shuffle(ids)
    chosen = ids[:TIMEX_ARTICLES]
    halves = split(chosen, seed, dev_share=1 / 2)
    out = {"seed": seed, "corpus": corpus.name, "chosen": chosen, "double": chosen[:TIMEX_DOUBLE],
           "assignment": {k.replace("a", "t"): v for k, v in assign(chosen, TIMEX_DOUBLE, TIMEX_ANNOTATORS).items()},
           "train": halves["train"], "dev": halves["dev"]}
    taken, first_annotator = TIMEX_ARTICLES, TIMEX_ANNOTATORS
    for number, (size, double, annotators) in enumerate(TIMEX_MORE_WAVES, start=2):
        more = ids[taken:taken + size]
        batches = assign(more, double, annotators)
        out["train"] = out["train"] + sorted(more)
        out[f"wave{number}"] = {"chosen": more, "double": more[:double],
                                "assignment": {f"t{first_annotator + int(k[1:])}": v for k, v in batches.items()}}
        taken, first_annotator = taken + size, first_annotator + annotators
    return out


def timex_waves(assignment: dict) -> list[dict]:
    """The draws of the time assignment, each {chosen, double, assignment}."""
    return [assignment] + [assignment[f"wave{n}"] for n in range(2, len(TIMEX_MORE_WAVES) + 2)
                           if f"wave{n}" in assignment]


def timex_readings(folder: Path, corpus: Path, assignment: dict) -> dict[str, dict[str, dict]]:
    """Every time reading placed in its article: {article id: {annotator: gold line}}."""
    from propos.evaluation.annotation import place_timexes

    articles = load_articles(corpus)
    out: dict[str, dict[str, dict]] = {}
    for path in sorted(folder.glob("*/*.json")):
        if path.stem in articles:
            fragments = json.loads(path.read_text(encoding="utf-8"))
            out.setdefault(path.stem, {})[path.parent.name] = place_timexes(fragments, articles[path.stem]).line
    return out


def timex_agreement(readings: dict[str, dict[str, dict]], assignment: dict) -> dict:
    """Strict / relaxed / value F1 and type agreement between the two readings of the doubly read articles."""
    from propos.evaluation.timex import prf

    counts = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0, "documents": 0}
    for wave in timex_waves(assignment):
        for article_id in wave["double"]:
            _count_double(counts, readings, wave, article_id)
    return {"documents": counts["documents"], "first": counts["gold"], "second": counts["pred"],
            **{mode: prf(counts[mode], counts[mode], counts["pred"], counts["gold"])
               for mode in ("strict", "relaxed", "value")},
            "type_agreement": round(counts["type"] / counts["relaxed"], 4) if counts["relaxed"] else 0.0}


def _count_double(counts: dict, readings: dict, wave: dict, article_id: str) -> None:
    """Add one doubly read article's two readings to the agreement counts (nothing when one is missing)."""
    from propos.evaluation.timex import TimexItem, pair

    who = [a for a, ids in wave["assignment"].items() if article_id in ids]
    found = readings.get(article_id, {})
    if len(who) != 2 or not all(a in found for a in who):
        return
    gold, pred = ([TimexItem(t["span"][0], t["span"][1], t["type"], t["value"]) for t in found[a]["timexes"]]
                  for a in who)
    pairs = pair(gold, pred)
    counts["documents"] += 1
    counts["gold"] += len(gold)
    counts["pred"] += len(pred)
    counts["strict"] += len({(g.start, g.end) for g in gold} & {(p.start, p.end) for p in pred})
    counts["relaxed"] += len(pairs)
    counts["value"] += sum(g.value == p.value for g, p in pairs)
    counts["type"] += sum(g.type == p.type for g, p in pairs)


def build_timex(folder: Path, corpus: Path, assignment: dict) -> tuple[dict[str, list[dict]], list[str]]:
    """timex-news train and dev lines (adjudicated readings win, else the first annotator's) and problems."""
    from propos.evaluation.annotation import place_timexes

    articles = load_articles(corpus)
    readings = annotations_of(folder)
    parts: dict[str, list[dict]] = {"train": [], "dev": []}
    problems: list[str] = []
    for part in parts:
        for article_id in assignment[part]:
            found = readings.get(article_id, {})
            who = [a for wave in timex_waves(assignment) for a, ids in wave["assignment"].items() if article_id in ids]
            first = next((a for a in who if a in found), None)
            path = found.get("adjudicated") or (found[first] if first else None)
            if path is None:
                continue
            placed = place_timexes(json.loads(path.read_text(encoding="utf-8")), articles[article_id])
            problems += [f"{path}: {p}" for p in placed.problems]
            parts[part].append(placed.line)
    return parts, problems
