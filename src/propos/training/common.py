"""What every training command shares: a logistic regression over named features, folds by article."""

from __future__ import annotations

import random


def fit_logistic(rows: list[dict[str, float]], labels: list[int], seed: int,
                 c: float = 1.0) -> tuple[dict[str, float], float]:
    """Weights by feature name and the intercept (scikit-learn's lbfgs, deterministic for a seed); `c`: the
    inverse of the regularisation strength (smaller for many sparse features and few examples)."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({k for row in rows for k in row})
    x = [[row.get(n, 0.0) for n in names] for row in rows]
    fitted = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(x, labels)
    return ({n: round(float(w), 6) for n, w in zip(names, fitted.coef_[0], strict=True)},
            round(float(fitted.intercept_[0]), 6))


def folds(articles: list[str], k: int, seed: int) -> dict[str, int]:
    """Each article's fold: a seeded shuffle of the sorted ids, dealt round robin."""
    order = sorted(set(articles))
    random.Random(seed).shuffle(order)
    return {a: i % k for i, a in enumerate(order)}
