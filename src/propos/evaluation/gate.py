"""The quality gate: scores on the development gold must not drop below the minimums recorded in the repo.

In the manner of trafilatura's eval gate: minimums live in `quality/minimums.json` with the SHA-256 of the
gold they were measured on; raising a minimum is part of the change that earns it, and lowering one needs
`--allow-regression`. Scores are deterministic here, so the only slack is `NOISE`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NOISE = 0.0005


@dataclass(frozen=True)
class Gate:
    gold: str  # relative to the shared folder, or to the repository for the project's own gold
    metrics: tuple[str, ...]  # dotted paths into the scorer's result
    # (gold path, analyzer, analysed): `analysed(path)` gives the analysis documents of a gold file, made once
    # for every gate that reads that file (quotations and stances share the dev split)
    score: Callable[[Path, object, Callable[[Path], dict]], dict]
    own: bool = False  # the project's own gold (gold/fr/), in the repository


def _score_quotes(path: Path, analyzer, analysed) -> dict:
    from propos.evaluation.quotes import score_quotes

    return score_quotes(path, predictions=analysed(path))


def _score_timex(path: Path, analyzer, analysed) -> dict:
    from propos.evaluation.timex import score_timex

    return score_timex(path, analyzer=analyzer)


def _score_stances(path: Path, analyzer, analysed) -> dict:
    from propos.evaluation.stances import score_stances

    return score_stances(path, predictions=analysed(path))


# `confident.precision`: how often a speaker named at or above the calibrated threshold is right;
# `without_speech.clean_share`: the share of articles without reported speech where no quotation is found
QUOTE_METRICS = ("@0.3.quotes.f1", "@0.8.quotes.f1", "@iou0.5.quotes.f1", "@0.3.end_to_end.f1",
                 "@0.8.end_to_end.f1", "@iou0.5.end_to_end.f1", "@0.3.speaker_resolved_acc",
                 "@0.3.speaker_mention_acc", "@0.3.confident.precision", "@0.3.without_speech.clean_share")
TIMEX_METRICS = ("strict.f1", "relaxed.f1", "value.f1", "type_accuracy")
REPO = Path(__file__).resolve().parents[3]

# The project's own dev splits (never tuned on) come first; the shared development files stay as a second check.
GATES = {
    "quotes-news-dev": Gate("gold/fr/dev.jsonl", QUOTE_METRICS, _score_quotes, own=True),
    "timex-news-dev": Gate("gold/fr/timex-news-dev.jsonl", TIMEX_METRICS, _score_timex, own=True),
    "stances-news-dev": Gate("gold/fr/dev.jsonl", ("p", "f1"), _score_stances, own=True),
    "quotes": Gate(
        "gold/quotes-fr-dev.jsonl",
        ("@0.3.quotes.f1", "@0.8.quotes.f1", "@0.3.end_to_end.f1", "@0.8.end_to_end.f1", "@iou0.5.end_to_end.f1",
         "@0.3.speaker_resolved_acc"),
        _score_quotes,
    ),
    "timex": Gate("gold/timebank-fr-dev", ("strict.f1", "relaxed.f1", "value.f1", "type_accuracy"), _score_timex),
}


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def metric(result: dict, dotted: str) -> float:
    node = result
    # mode names such as "@0.3" contain dots: match the longest key first
    while dotted:
        key = next((k for k in sorted(node, key=len, reverse=True) if dotted == k or dotted.startswith(k + ".")), None)
        if key is None:
            raise KeyError(dotted)
        node = node[key]
        dotted = dotted[len(key) + 1 :]
    return float(node)


def measure(shared: Path, analyzer=None, names: tuple[str, ...] = tuple(GATES), repo: Path = REPO) -> dict:
    from propos.evaluation.quotes import predictions_for, read_jsonl

    analyses: dict[Path, dict] = {}

    def analysed(path: Path) -> dict:
        if path not in analyses:
            analyses[path] = predictions_for(read_jsonl(path), analyzer=analyzer)
        return analyses[path]

    out = {}
    for name in names:
        gate = GATES[name]
        path = (repo if gate.own else shared) / gate.gold
        result = gate.score(path, analyzer, analysed)
        out[name] = {"sha256": fingerprint(path), "metrics": {m: round(metric(result, m), 4) for m in gate.metrics}}
    return out


def compare(measured: dict, minimums: dict) -> list[str]:
    """Every metric below its minimum, as a readable line; empty when the gate passes."""
    failures = []
    for name, got in measured.items():
        floor = minimums.get(name, {})
        changed = floor.get("sha256") and floor["sha256"] != got["sha256"]
        for key, minimum in floor.get("metrics", {}).items():
            value = got["metrics"].get(key)
            if value is None or value + NOISE < minimum:
                note = " (the gold changed since the minimum was set)" if changed else ""
                failures.append(f"{name} {key}: {value} < minimum {minimum}{note}")
    return failures


def raise_minimums(measured: dict, minimums: dict, *, allow_regression: bool = False) -> dict:
    updated = json.loads(json.dumps(minimums))
    for name, got in measured.items():
        entry = updated.setdefault(name, {"metrics": {}})
        for key, value in got["metrics"].items():
            old = entry["metrics"].get(key, 0.0)
            if value < old and not allow_regression:
                raise ValueError(f"{name} {key} would drop from {old} to {value}; pass --allow-regression")
            entry["metrics"][key] = value
        entry["sha256"] = got["sha256"]
        entry["gold"] = GATES[name].gold
    return updated


def read_minimums(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
