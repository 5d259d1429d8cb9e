"""What every training command shares: a logistic regression over named features, folds by article."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import random
from pathlib import Path


def fit_logistic(rows: list[dict[str, float]], labels: list[int], seed: int,
                 c: float = 1.0, weights: list[float] | None = None) -> tuple[dict[str, float], float]:
    """Weights by feature name and the intercept (scikit-learn's lbfgs, deterministic for a seed); `c`: the
    inverse of the regularisation strength (smaller for many sparse features and few examples); `weights`: one per
    row (rows from another source counted less), all 1 when None. A sample with
    one class only (a fold of a small split) gives a model without features that says that class."""
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        return {}, (5.0 if labels and labels[0] else -5.0)

    names = sorted({k for row in rows for k in row})
    x = [[row.get(n, 0.0) for n in names] for row in rows]
    fitted = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(x, labels, sample_weight=weights)
    return ({n: round(float(w), 6) for n, w in zip(names, fitted.coef_[0], strict=True)},
            round(float(fitted.intercept_[0]), 6))


def quotation_scores(tp: int, pred: int, n_gold: int) -> dict:
    """Quotations kept and right, with P / R / F1, as the training commands write them in `scores.json`."""
    return {"quotes": pred, "right": tp, "p": round(tp / pred, 4) if pred else 0.0,
            "r": round(tp / n_gold, 4) if n_gold else 0.0,
            "f1": round(2 * tp / (pred + n_gold), 4) if pred + n_gold else 0.0}


def fit_bagged(rows: list[dict[str, float]], labels: list[int], seeds: list[int],
               **params) -> tuple[list[dict], float, float]:
    """`fit_boosted` once per seed (each draws its own subsamples), averaged in log-odds as one ensemble: every
    member's trees, the members' mean bias and their rate divided by their number. Steadier than one fit: which of
    the rows near the threshold go moves less with the seed or a few rows changed."""
    fits = [fit_boosted(rows, labels, seed, **params) for seed in seeds]
    trees = [tree for fitted, _, _ in fits for tree in fitted]
    bias = round(sum(b for _, b, _ in fits) / len(fits), 6)
    return trees, bias, sum(rate for _, _, rate in fits) / len(fits) / len(fits)


def folds(articles: list[str], k: int, seed: int) -> dict[str, int]:
    """Each article's fold: a seeded shuffle of the sorted ids, dealt round robin."""
    order = sorted(set(articles))
    random.Random(seed).shuffle(order)
    return {a: i % k for i, a in enumerate(order)}


def write_beside(out: Path, scores: dict, rows: list[dict], features: list[str] | None = None) -> None:
    """What every learned piece leaves next to its model: its cross-validated scores, its feature names and
    its training rows (gzip with mtime 0, so that a rebuild writes the same bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    if features is not None:
        (out / "features.json").write_text(json.dumps(sorted(features), indent=1) + "\n", encoding="utf-8")
    with gzip.GzipFile(out / "training.jsonl.gz", "wb", mtime=0) as handle:
        for row in rows:
            handle.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))


def fit_and_save(model_class, data: list[dict], key: str, threshold: float, scores: dict, *, gold_path: Path,
                 seed: int, command: str, out: Path, c: float = 1.0) -> dict:
    """The last step of a logistic piece's training: fit it on all of `data` (features under `key`, a `label`
    each), write the model with its provenance, and its scores, features and rows beside it."""
    weights, bias = fit_logistic([d[key] for d in data], [d["label"] for d in data], seed, c)
    meta = provenance(gold_path, seed, command)
    model_class(weights, bias, threshold, meta).to_disk(out)
    scores |= {k: meta[k] for k in PROVENANCE_KEYS}
    write_beside(out, scores, data, list(weights))
    return scores


# what a model's scores.json repeats of its provenance
PROVENANCE_KEYS = ("gold", "gold_sha256", "seed")


def provenance(gold_path: Path, seed: int, command: str) -> dict:
    """What a model file says of its making: the gold it read (and its digest, which the tests compare with the
    file now), the seed, and the command that rebuilds it."""
    return {"gold": str(gold_path), "gold_sha256": hashlib.sha256(Path(gold_path).read_bytes()).hexdigest(),
            "seed": seed, "command": f"propos train {command} --gold {gold_path} --seed {seed}"}


def fit_boosted(rows: list[dict[str, float]], labels: list[int], seed: int, **params) -> tuple[list[dict], float, float]:
    """Trees, bias and learning rate of a gradient-boosted ensemble (scikit-learn, deterministic for a seed) in
    the form extraction.learned.BoostedTrees reads; `params`: GradientBoostingClassifier's (depth, trees…)."""
    from sklearn.ensemble import GradientBoostingClassifier

    if len(set(labels)) < 2:
        return [], (5.0 if labels and labels[0] else -5.0), 0.0
    names = sorted({k for row in rows for k in row})
    x = [[row.get(n, 0.0) for n in names] for row in rows]
    fitted = GradientBoostingClassifier(random_state=seed, **params).fit(x, labels)
    trees = []
    for (estimator,) in fitted.estimators_:
        t = estimator.tree_
        leaf = [int(left) == -1 for left in t.children_left]
        trees.append({"feature": [None if leaf[k] else names[int(t.feature[k])] for k in range(t.node_count)],
                      "threshold": [None if leaf[k] else round(float(t.threshold[k]), 6) for k in range(t.node_count)],
                      "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
                      "value": [round(float(t.value[k][0][0]), 6) for k in range(t.node_count)]})
    prior = sum(labels) / len(labels)
    return trees, round(math.log(prior / (1 - prior)), 6), float(fitted.learning_rate)
