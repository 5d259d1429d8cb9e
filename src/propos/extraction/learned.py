"""The shape every learned piece shares: a logistic regression over named features, as plain JSON.

Weights are read without scikit-learn (which only training needs); `to_disk`/`from_disk` write and read
`model.json` in the piece's folder, where its training command also leaves its data, features and scores.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Self


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
            scores.append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
        return scores

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        data = {"weights": self.weights, "bias": self.bias, "threshold": self.threshold, "meta": self.meta}
        (path / "model.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> Self:
        data = json.loads((path / "model.json").read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"], data.get("meta"))
