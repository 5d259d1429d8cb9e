"""The shape every learned piece shares: a logistic regression over named features, as plain JSON.

Weights are read without scikit-learn (which only training needs); `to_disk`/`from_disk` write and read
`model.json` in the piece's folder, where its training command also leaves its data, features and scores.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Self


def sigmoid(z: float) -> float:
    """The logistic function, its argument clamped so that `math.exp` cannot overflow on an extreme score."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def logit(p: float, bound: float) -> float:
    """The log-odds of a probability, kept `bound` away from 0 and 1 so that a sure 0 or 1 stays finite."""
    p = min(max(p, bound), 1 - bound)
    return math.log(p / (1 - p))


class LogisticModel:
    def __init__(self, weights: dict[str, float], bias: float, threshold: float, meta: dict | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.meta = meta or {}

    def predict(self, rows: list[dict[str, float]]) -> list[float]:
        """The model's probability for each row of features."""
        scores = []
        for row in rows:
            z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in row.items())
            scores.append(sigmoid(z))
        return scores

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        data = {"weights": self.weights, "bias": self.bias, "threshold": self.threshold, "meta": self.meta}
        (path / "model.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> Self:
        data = json.loads((path / "model.json").read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"], data.get("meta"))


class BoostedTrees:
    """A small ensemble of regression trees over named features (gradient boosting for log-loss), as plain JSON:
    a row's probability is the sigmoid of `bias` plus `rate` times the sum of its leaves. Each tree is four
    lists by node: the feature tested (None at a leaf), the threshold (a row goes left when its value, 0.0 when
    absent, is at most it), the left and right children, and the node's value."""

    def __init__(self, trees: list[dict], bias: float, rate: float, threshold: float, meta: dict | None = None) -> None:
        self.trees = trees
        self.bias = bias
        self.rate = rate
        self.threshold = threshold
        self.meta = meta or {}

    def predict(self, rows: list[dict[str, float]]) -> list[float]:
        """The model's probability for each row of features."""
        # each tree's lists read once per call, not by key at every node of every row (the same sums, in order)
        trees = [(t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in self.trees]
        rate, scores = self.rate, []
        for row in rows:
            z = self.bias
            for feature, threshold, left, right, value in trees:
                node = 0
                while (name := feature[node]) is not None:
                    node = left[node] if row.get(name, 0.0) <= threshold[node] else right[node]
                z += rate * value[node]
            scores.append(sigmoid(z))
        return scores

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        data = {"trees": self.trees, "bias": self.bias, "rate": self.rate, "threshold": self.threshold,
                "meta": self.meta}
        (path / "model.json").write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> Self:
        data = json.loads((path / "model.json").read_text(encoding="utf-8"))
        return cls(data["trees"], data["bias"], data["rate"], data["threshold"], data.get("meta"))
