"""`propos train stances`: which quotations state a position, and which way (propos.extraction.stances).

Every quotation that propos finds in a train article, with a speaker resolved to an actor, is one example;
it states a position when it overlaps a gold quotation that is the evidence of a gold position of that same
holder (the scorer's rule: name, alias or surname), and that position's stance is its polarity. Two
logistic regressions: `position` over all examples, `polarity` (support = 1) over the positive ones.
Five-fold cross-validation by article reports both, and the stance F1 (METRICS.md matcher) of the whole
component at the chosen threshold.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from propos.evaluation.quotes import read_jsonl, same_speaker
from propos.evaluation.stances import _accepted_names, predicted_positions, score_positions
from propos.extraction.learned import LogisticModel
from propos.extraction.stances.evaluative import MODEL_DIR, models
from propos.training.common import fit_logistic, folds, write_beside

FOLDS = 5
# scikit-learn's C: a few hundred positive examples and many word features want a strong prior (chosen by
# cross-validated AUC on train: 0.1 over 0.02, 0.05, 0.3, 1 and 3)
REGULARISATION = 0.1
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# the cross-validated precision a threshold must reach: a wrong stance is worse than none, so the best F1
# is taken only among thresholds at least this precise (the rules alone were at 0.08 on train)
PRECISION_FLOOR = 0.14


def docs_for(gold: list[dict], lang: str = "fr"):
    """The gold texts through the pipeline, stances left out (they are what is trained)."""
    from propos.analysis import normalize_date
    from propos.language.pipeline import load

    nlp = load(lang)
    docs = []
    for a in gold:
        doc = nlp.make_doc(a["text"])
        doc._.pub_date, doc._.doc_id = normalize_date(a.get("date")), a["id"]
        docs.append(doc)
    with nlp.select_pipes(disable=["propos_stances"]):
        return nlp, list(nlp.pipe(docs, batch_size=16))


def label(article: dict, quote, holder_name: str) -> int | None:
    """The gold stance (1 support, 0 oppose) the quotation is evidence of for its speaker, else None."""
    gold_quotes = {q["id"]: q for q in article.get("quotes", [])}
    for p in article.get("positions", []):
        if not same_speaker(holder_name, _accepted_names(p["holder"], article.get("entities", []))):
            continue
        for e in p.get("evidence", []):
            g = gold_quotes.get(e)
            if g and min(g["content"][1], quote.content.end) > max(g["content"][0], quote.content.start):
                return int(p["stance"] == "support")
    return None


def examples(gold: list[dict], docs, detector) -> list[dict]:
    from propos.extraction.stances.evaluative import topic

    out = []
    for article, doc in zip(gold, docs, strict=True):
        findings = detector.rule_findings(doc)
        for quote, actor, features in detector.quote_rows(doc, findings, topic(doc, detector.lex)):
            out.append({"article": article["id"], "quote": quote.id, "features": features,
                        "label": label(article, quote, actor.name)})
    return out


def _fit_one(rows: list[dict[str, float]], labels: list[int], seed: int) -> LogisticModel:
    return LogisticModel(*fit_logistic(rows, labels, seed, REGULARISATION), 0.5)


def _fit(rows: list[dict], seed: int) -> tuple[LogisticModel, LogisticModel]:
    position = _fit_one([r["features"] for r in rows], [int(r["label"] is not None) for r in rows], seed)
    polar = [r for r in rows if r["label"] is not None]
    return position, _fit_one([r["features"] for r in polar], [r["label"] for r in polar], seed)


def cross_validate(gold: list[dict], docs, detector, rows: list[dict], seed: int) -> dict:
    """Stance P/R/F1 per threshold, each fold's articles analysed with models fitted on the other folds."""
    fold_of = folds([a["id"] for a in gold], FOLDS, seed)
    curve = []
    fitted = {k: _fit([r for r in rows if fold_of[r["article"]] != k], seed) for k in range(FOLDS)}
    for threshold in THRESHOLDS:
        pairs = []
        for article, doc in zip(gold, docs, strict=True):
            position, polarity = fitted[fold_of[article["id"]]]
            position.threshold = threshold
            detector.models = (position, polarity)
            stances = [s.model_dump() for s in detector(doc)._.stances]
            pairs.append((article, predicted_positions({"stances": stances})))
        curve.append({"threshold": threshold, **score_positions(pairs)})
    detector.models = None
    return {"curve": curve}


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    gold = read_jsonl(gold_path)
    nlp, docs = docs_for(gold, lang)
    detector = nlp.get_pipe("propos_stances")
    rows = examples(gold, docs, detector)
    scores = cross_validate(gold, docs, detector, rows, seed)
    precise = [p for p in scores["curve"] if p["p"] >= PRECISION_FLOOR] or scores["curve"]
    best = max(precise, key=lambda p: (p["f1"], p["p"]))
    position, polarity = _fit(rows, seed)
    position.threshold = best["threshold"]
    for name, model in (("position", position), ("polarity", polarity)):
        model.meta = {"examples": len(rows), "positive": sum(r["label"] is not None for r in rows), "seed": seed,
                      "gold_sha256": hashlib.sha256(Path(gold_path).read_bytes()).hexdigest()}
        model.to_disk(out / name)
    scores |= {"threshold": best["threshold"], "cross_validated": best}
    write_beside(out, scores, rows)
    models.cache_clear()
    return scores
