"""Where gold positions are lost: each gold position at the first step of the pipeline that misses it, and each
unmatched prediction by why it matches nothing (counts only, so it can run on a measure-only file).

Steps, in pipeline order: its evidence quotation not found; found with another speaker; found with its
speaker, but no position predicted for that holder; a position with the other polarity; the right polarity
on an issue sharing no content word (the METRICS.md matcher); matched.

    python -m propos.evaluation.stance_funnel GOLD.jsonl PRED.jsonl   # analysis documents by article
    python -m propos.evaluation.stance_funnel GOLD.jsonl --oof SEED   # train: each fold by the others' models
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from propos.evaluation.quotes import predictions_for, read_jsonl, same_speaker
from propos.evaluation.stances import accepted_names, position_matches, predicted_positions, score_positions

GOLD_STEPS = ("no evidence quotation in gold", "evidence not detected", "detected, wrong speaker",
              "right speaker, no position for holder", "wrong polarity", "right polarity, issue shares no word",
              "matched")
PREDICTED_STEPS = ("holder has no gold position", "holder's gold positions: other polarity",
                   "holder's gold positions: same polarity, other issue", "matched")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def gold_step(gold: dict, article: dict, document: dict) -> str:
    """The first step at which the pipeline's analysis `document` misses the gold position `gold`."""
    entities = article.get("entities", [])
    predicted = predicted_positions(document)
    if any(position_matches(p, gold, entities) for p in predicted):
        return "matched"
    names = accepted_names(gold["holder"], entities)
    gold_quotes = {q["id"]: q for q in article.get("quotes", [])}
    evidence = [tuple(gold_quotes[e]["content"]) for e in gold.get("evidence", []) if e in gold_quotes]
    found = [q for q in document.get("quotes", [])
             if any(_overlaps((q["content"]["start"], q["content"]["end"]), e) for e in evidence)]
    mine = [p for p in predicted if same_speaker(p["holder"], names)]
    if not evidence:
        return "no evidence quotation in gold"
    if not found:
        return "evidence not detected"
    if not any(same_speaker(q.get("speaker_name"), names) for q in found):
        return "detected, wrong speaker"
    if not mine:
        return "right speaker, no position for holder"
    if not any(p["stance"] == gold["stance"] for p in mine):
        return "wrong polarity"
    return "right polarity, issue shares no word"


def predicted_step(predicted: dict, article: dict) -> str:
    """Why a predicted position matches no gold position of its article (or "matched")."""
    entities, positions = article.get("entities", []), article.get("positions", [])
    if any(position_matches(predicted, g, entities) for g in positions):
        return "matched"
    held = [g for g in positions if same_speaker(predicted["holder"], accepted_names(g["holder"], entities))]
    if not held:
        return "holder has no gold position"
    if not any(g["stance"] == predicted["stance"] for g in held):
        return "holder's gold positions: other polarity"
    return "holder's gold positions: same polarity, other issue"


def funnel(gold: list[dict], documents: dict[str, dict]) -> dict:
    """Counts of gold positions and of predicted positions by step; `documents`: analysis documents by id."""
    by_gold, by_predicted = Counter(), Counter()
    for article in gold:
        document = documents.get(article["id"], {})
        by_gold.update(gold_step(g, article, document) for g in article.get("positions", []))
        by_predicted.update(predicted_step(p, article) for p in predicted_positions(document))
    return {"gold": {s: by_gold[s] for s in GOLD_STEPS}, "predicted": {s: by_predicted[s] for s in PREDICTED_STEPS},
            "score": score_positions([(a, predicted_positions(documents.get(a["id"], {}))) for a in gold])}


def out_of_fold(gold: list[dict], seed: int) -> dict[str, dict]:
    """Train articles analysed fold by fold, each with the stance models fitted on the other folds at the
    thresholds shipped (propos train stances)."""
    from propos.extraction.stances.evaluative import models
    from propos.training import stances as training

    nlp, docs = training.docs_for(gold)
    detector = nlp.get_pipe("propos_stances")
    shipped = models()
    rows = training.examples(gold, docs, detector)
    issue_rows = training.issue_examples(gold, docs, detector)
    article_rows = training.article_rows(gold, docs, detector)
    holder_rows = training.holder_examples(gold, docs, detector)
    fold_of = training.folds([a["id"] for a in gold], training.FOLDS, seed)
    out = {}
    for k in range(training.FOLDS):
        def rest(rs, k=k):
            return [r for r in rs if fold_of[r["article"]] != k]
        position, polarity = training._fit(rest(rows), seed)
        gate, holder = training._fit_article(rest(article_rows), seed), training._fit_holder(rest(holder_rows), seed)
        position.threshold, gate.threshold, holder.threshold = (m.threshold for m in (shipped[0], shipped[3], shipped[4]))
        detector.models = (position, polarity, training._fit_issue(rest(issue_rows), seed), gate, holder)
        for article, doc in zip(gold, docs, strict=True):
            if fold_of[article["id"]] == k:
                doc = detector(doc)
                out[article["id"]] = {"quotes": [q.model_dump() for q in doc._.quotes],
                                      "stances": [s.model_dump() for s in doc._.stances]}
    detector.models = None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("pred", nargs="?", help="analysis documents (JSONL); without it, propos analyses the gold now")
    parser.add_argument("--oof", type=int, metavar="SEED")
    args = parser.parse_args()
    for path in (args.gold, args.pred):
        if path is not None and not Path(path).is_file():
            parser.error(f"no such file: {path}")
    gold = read_jsonl(args.gold)
    documents = out_of_fold(gold, args.oof) if args.oof is not None else predictions_for(gold, args.pred)
    print(json.dumps(funnel(gold, documents), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
