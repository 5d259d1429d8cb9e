"""`propos train stances`: which quotations state a position, and which way (propos.extraction.stances).

Every quotation that propos finds in a train article, with a speaker resolved to an actor, is one example;
it states a position when it overlaps a gold quotation that is the evidence of a gold position of that same
holder (the scorer's rule: name, alias or surname), and that position's stance is its polarity. Two
logistic regressions: `position` over all examples, `polarity` (support = 1) over the positive ones. A
third, `issue` (extraction.stances.choice), reads the candidate questions of every gold holder that speaks
in the article: a candidate is right when it shares a word with one of the holder's gold issues (the
scorer's matcher). A fourth, `article`, reads the whole article (how much it is a dispute, how much it quotes):
does its gold hold positions at all? Five-fold cross-validation by article reports them, and the stance F1
(METRICS.md matcher) of the whole component at each threshold, averaged over three fold assignments; the
position threshold is chosen on that average, then the article model's, at that position threshold (each the
most precise one whose F1 is within F1_TOLERANCE of the best).
"""

from __future__ import annotations

from pathlib import Path

from propos.evaluation.quotes import read_jsonl, same_speaker
from propos.evaluation.stances import accepted_names, issue_keys, predicted_positions, score_positions
from propos.extraction.learned import LogisticModel
from propos.extraction.stances.evaluative import MODEL_DIR, models
from propos.training.common import fit_logistic, folds, provenance, write_beside

FOLDS = 5
# scikit-learn's C: a few hundred positive examples and many word features want a strong prior (chosen by
# cross-validated AUC on train: 0.1 over 0.02, 0.05, 0.3, 1 and 3)
REGULARISATION = 0.1
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# the issue model's C (cross-validated on train, 5 folds: 0.03, 0.1, 0.3 and 1 within noise, top-one 0.588-0.603;
# 0.1 gave the best stance F1, 0.2206 against 0.215-0.216; with the head and evaluative-verb features, over fold
# seeds 0, 1, 2 at position threshold 0.15 and article threshold 0.35: 0.03 0.2326, 0.1 0.2435, 0.3 0.2468 —
# better on every seed —, 1 0.2468)
ISSUE_REGULARISATION = 0.3
# the cross-validated precision a threshold must reach: a wrong stance is worse than none, so the best F1
# is taken only among thresholds at least this precise (the rules alone were at 0.08 on train)
PRECISION_FLOOR = 0.14
# how far under the best cross-validated F1 a more precise threshold may be and still be chosen: about half the
# spread of one threshold's F1 between fold assignments (0.01 on train)
F1_TOLERANCE = 0.005
# how many fold assignments (seeds seed, seed + 1, …) the threshold is chosen over: the curve is flat near its
# top, and one assignment's best point moves with it (seed 0 alone chose 0.25; over three, 0.15)
FOLD_SEEDS = 3
# the article model (does the article report positions at all?): its C, not tuned, and the thresholds tried
ARTICLE_REGULARISATION = 0.3
ARTICLE_THRESHOLDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
# the holder model (is this speaker one whose position the article reports?): its C (cross-validated on train,
# fold seeds 0-2, stance F1 with the holder model: 0.1 0.2631, 0.3 0.2643, 1 0.2654, 3 0.2647) and the
# thresholds tried (0: every speaker the position model takes)
HOLDER_REGULARISATION = 1.0
HOLDER_THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


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
        if not same_speaker(holder_name, accepted_names(p["holder"], article.get("entities", []))):
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
                        "label": label(article, quote, quote.speaker_name or actor.name)})
    return out


def issue_examples(gold: list[dict], docs, detector) -> list[dict]:
    """The candidate questions of each gold holder that speaks in the article (a quotation of propos whose
    speaker is that actor), labelled 1 when they share a word with one of the holder's gold issues."""
    from propos.extraction.actors.resolve import actor_by_id
    from propos.extraction.stances import choice
    from propos.extraction.stances.evaluative import topic

    out = []
    for article, doc in zip(gold, docs, strict=True):
        positions = article.get("positions", [])
        if not positions:
            continue
        about = topic(doc, detector.lex)
        issues = detector._article_issues(doc, about[:2])
        ctx = choice.context(doc, about, issues, detector.lex, detector.evaluative)
        speakers = {}
        for q in doc._.quotes:
            actor = actor_by_id(doc, q.speaker_id) if q.speaker_id else None
            if actor is not None:
                speakers.setdefault(actor.id, q.speaker_name or actor.name)
        holders: dict[str, set[str]] = {}
        for p in positions:
            holders.setdefault(p["holder"], set()).update(issue_keys(p["issue"]))
        for holder, words in sorted(holders.items()):
            names = accepted_names(holder, article.get("entities", []))
            actor_id = next((a for a, name in speakers.items() if same_speaker(name, names)), None)
            if actor_id is None:
                continue
            for text, (_, features) in choice.candidates(ctx, actor_id, detector.lex,
                                                         detector.evaluative.controversy).items():
                out.append({"article": article["id"], "holder": holder, "issue": text, "features": features,
                            "label": int(bool(issue_keys(text) & words))})
    return out


def _fit_issue(rows: list[dict], seed: int) -> LogisticModel:
    return LogisticModel(*fit_logistic([r["features"] for r in rows], [r["label"] for r in rows], seed,
                                       ISSUE_REGULARISATION), 0.5)


def _top_one(rows: list[dict], models_by_fold, fold_of) -> float:
    """The share of gold holders whose best-scored candidate is right, each fold scored by its own model."""
    from propos.extraction.stances import choice

    groups: dict[tuple, list] = {}
    for r in rows:
        groups.setdefault((r["article"], r["holder"]), []).append(r)
    right = 0
    for (article, _), group in groups.items():
        scores = models_by_fold[fold_of[article]].predict([r["features"] for r in group])
        right += group[choice.best_index(scores)]["label"]
    return round(right / max(1, len(groups)), 4)


def _fit_one(rows: list[dict[str, float]], labels: list[int], seed: int) -> LogisticModel:
    return LogisticModel(*fit_logistic(rows, labels, seed, REGULARISATION), 0.5)


def _fit(rows: list[dict], seed: int) -> tuple[LogisticModel, LogisticModel]:
    position = _fit_one([r["features"] for r in rows], [int(r["label"] is not None) for r in rows], seed)
    polar = [r for r in rows if r["label"] is not None]
    return position, _fit_one([r["features"] for r in polar], [r["label"] for r in polar], seed)


def cross_validate(gold: list[dict], docs, detector, rows: list[dict], seed: int,
                   issue_rows: list[dict] | None = None) -> dict:
    """Stance P/R/F1 per threshold, each fold's articles analysed with models fitted on the other folds."""
    fold_of = folds([a["id"] for a in gold], FOLDS, seed)
    curve = []
    fitted = {k: _fit([r for r in rows if fold_of[r["article"]] != k], seed) for k in range(FOLDS)}
    extra = {}
    if issue_rows is not None:
        issue = {k: _fit_issue([r for r in issue_rows if fold_of[r["article"]] != k], seed) for k in range(FOLDS)}
        fitted = {k: (*fitted[k], issue[k]) for k in range(FOLDS)}
        extra = {"issue_top_one": _top_one(issue_rows, issue, fold_of)}
    for threshold in THRESHOLDS:
        pairs = []
        for article, doc in zip(gold, docs, strict=True):
            models_ = fitted[fold_of[article["id"]]]
            models_[0].threshold = threshold
            detector.models = models_
            stances = [s.model_dump() for s in detector(doc)._.stances]
            pairs.append((article, predicted_positions({"stances": stances})))
        curve.append({"threshold": threshold, **score_positions(pairs)})
    detector.models = None
    return {"curve": curve, **extra}


def _averaged(threshold: float, points: list[dict]) -> dict:
    """One threshold's P, R and F1 averaged over the fold assignments it was scored on, and each one's F1."""
    return {"threshold": threshold, **{m: round(sum(p[m] for p in points) / len(points), 4) for m in ("p", "r", "f1")},
            "f1_by_fold_seed": [p["f1"] for p in points]}


def cross_validate_seeds(gold: list[dict], docs, detector, rows: list[dict], seed: int,
                         issue_rows: list[dict] | None = None) -> dict:
    """cross_validate over FOLD_SEEDS fold assignments: each threshold's P, R and F1 averaged over them (and
    each one's F1), so that the threshold chosen on it does not follow one split's noise."""
    runs = [cross_validate(gold, docs, detector, rows, seed + k, issue_rows) for k in range(FOLD_SEEDS)]
    curve = []
    for n, point in enumerate(runs[0]["curve"]):
        curve.append(_averaged(point["threshold"], [run["curve"][n] for run in runs]))
    out = {"curve": curve, "fold_seeds": [seed + k for k in range(FOLD_SEEDS)]}
    if issue_rows is not None:
        out["issue_top_one"] = round(sum(run["issue_top_one"] for run in runs) / len(runs), 4)
    return out


def article_rows(gold: list[dict], docs, detector) -> list[dict]:
    """One row per article: what article_gate_features reads, labelled 1 when the gold has positions."""
    from propos.extraction.stances.evaluative import article_gate_features, topic

    return [{"article": a["id"], "features": article_gate_features(doc, detector.evaluative, topic(doc, detector.lex)[1]),
             "label": int(bool(a.get("positions")))} for a, doc in zip(gold, docs, strict=True)]


def _fit_article(rows: list[dict], seed: int) -> LogisticModel:
    return LogisticModel(*fit_logistic([r["features"] for r in rows], [r["label"] for r in rows], seed,
                                       ARTICLE_REGULARISATION), 0.5)


def article_curve(gold: list[dict], docs, detector, rows: list[dict], issue_rows: list[dict],
                  arows: list[dict], seed: int, threshold: float) -> dict:
    """Stance P/R/F1 when the positions of an article the article model (fitted on the other folds) scores
    below each of ARTICLE_THRESHOLDS are left out, at the position threshold chosen, averaged over the
    FOLD_SEEDS fold assignments like the position curve."""
    from propos.input.article import title_from_text

    by_threshold: dict[float, list[dict]] = {t: [] for t in ARTICLE_THRESHOLDS}
    for s in range(seed, seed + FOLD_SEEDS):
        fold_of = folds([a["id"] for a in gold], FOLDS, s)
        pairs = []
        for k in range(FOLDS):
            position, polarity = _fit([r for r in rows if fold_of[r["article"]] != k], s)
            position.threshold = threshold
            detector.models = (position, polarity,
                               _fit_issue([r for r in issue_rows if fold_of[r["article"]] != k], s))
            gate = _fit_article([r for r in arows if fold_of[r["article"]] != k], s)
            for article, doc, row in zip(gold, docs, arows, strict=True):
                if fold_of[article["id"]] == k:
                    stances = [x.model_dump() for x in detector(doc)._.stances]
                    p = 1.0 if title_from_text(article["text"]) is None else gate.predict([row["features"]])[0]
                    pairs.append((article, predicted_positions({"stances": stances}), p))
        for t in ARTICLE_THRESHOLDS:
            by_threshold[t].append(score_positions([(a, ps if p >= t else []) for a, ps, p in pairs]))
    detector.models = None
    curve = [_averaged(t, points) for t, points in by_threshold.items()]
    return {"curve": curve, "position_threshold": threshold, "fold_seeds": list(range(seed, seed + FOLD_SEEDS))}


def holder_examples(gold: list[dict], docs, detector) -> list[dict]:
    """One row per actor that speaks in an article (holder_features), labelled 1 when the gold gives it a
    position (the scorer's rule on the names its quotations call it by, or its own)."""
    from propos.extraction.actors.resolve import actor_by_id
    from propos.extraction.stances.evaluative import topic

    out = []
    for article, doc in zip(gold, docs, strict=True):
        holders = [accepted_names(p["holder"], article.get("entities", [])) for p in article.get("positions", [])]
        for actor_id, features in sorted(detector.holder_rows(doc, topic(doc, detector.lex)[1]).items()):
            actor = actor_by_id(doc, actor_id)
            names = {q.speaker_name for q in doc._.quotes if q.speaker_id == actor_id and q.speaker_name}
            names.add(actor.name)
            out.append({"article": article["id"], "holder": actor.name, "features": features,
                        "label": int(any(same_speaker(n, h) for n in sorted(names) for h in holders))})
    return out


def _fit_holder(rows: list[dict], seed: int) -> LogisticModel:
    return LogisticModel(*fit_logistic([r["features"] for r in rows], [r["label"] for r in rows], seed,
                                       HOLDER_REGULARISATION), 0.5)


def holder_curve(gold: list[dict], docs, detector, rows: list[dict], issue_rows: list[dict], arows: list[dict],
                 hrows: list[dict], seed: int, threshold: float, article_threshold: float) -> dict:
    """Stance P/R/F1 when the learned positions of a speaker the holder model (fitted on the other folds)
    scores below each of HOLDER_THRESHOLDS are left out, at the position and article thresholds chosen,
    averaged over the FOLD_SEEDS fold assignments like the other curves."""
    from propos.input.article import title_from_text

    by_threshold: dict[float, list[dict]] = {t: [] for t in HOLDER_THRESHOLDS}
    for s in range(seed, seed + FOLD_SEEDS):
        fold_of = folds([a["id"] for a in gold], FOLDS, s)
        pairs: dict[float, list] = {t: [] for t in HOLDER_THRESHOLDS}
        for k in range(FOLDS):
            position, polarity = _fit([r for r in rows if fold_of[r["article"]] != k], s)
            position.threshold = threshold
            issue = _fit_issue([r for r in issue_rows if fold_of[r["article"]] != k], s)
            gate = _fit_article([r for r in arows if fold_of[r["article"]] != k], s)
            holder = _fit_holder([r for r in hrows if fold_of[r["article"]] != k], s)
            for article, doc, row in zip(gold, docs, arows, strict=True):
                if fold_of[article["id"]] != k:
                    continue
                p = 1.0 if title_from_text(article["text"]) is None else gate.predict([row["features"]])[0]
                for t in HOLDER_THRESHOLDS:
                    holder.threshold = t
                    detector.models = (position, polarity, issue, None, holder)
                    stances = [x.model_dump() for x in detector(doc)._.stances] if p >= article_threshold else []
                    pairs[t].append((article, predicted_positions({"stances": stances})))
        for t in HOLDER_THRESHOLDS:
            by_threshold[t].append(score_positions(pairs[t]))
    detector.models = None
    curve = [_averaged(t, points) for t, points in by_threshold.items()]
    return {"curve": curve, "position_threshold": threshold, "article_threshold": article_threshold,
            "fold_seeds": list(range(seed, seed + FOLD_SEEDS))}


def _best_point(curve: list[dict]) -> dict:
    """Among the points at or above the precision floor, the most precise one whose F1 is within F1_TOLERANCE
    of the highest: a threshold that keeps fewer, surer positions for the same F1 (within the noise between
    fold assignments) is the better one, since users read each position."""
    precise = [p for p in curve if p["p"] >= PRECISION_FLOOR] or curve
    top = max(p["f1"] for p in precise)
    return max((p for p in precise if p["f1"] >= top - F1_TOLERANCE), key=lambda p: (p["p"], p["f1"]))


def _ship_gate(model, curve_scores: dict, rows: list[dict], out: Path, made: dict) -> dict:
    """A gate model (article, holder) at its best cross-validated threshold, written with its rows and scores."""
    best = _best_point(curve_scores["curve"])
    model.threshold = best["threshold"]
    model.meta = made | {"examples": len(rows), "positive": sum(r["label"] for r in rows)}
    model.to_disk(out)
    write_beside(out, curve_scores | {"threshold": best["threshold"], "cross_validated": best},
                 rows, sorted({k for r in rows for k in r["features"]}))
    return best


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    gold = read_jsonl(gold_path)
    nlp, docs = docs_for(gold, lang)
    detector = nlp.get_pipe("propos_stances")
    rows = examples(gold, docs, detector)
    issue_rows = issue_examples(gold, docs, detector)
    scores = cross_validate_seeds(gold, docs, detector, rows, seed, issue_rows)
    best = _best_point(scores["curve"])
    position, polarity = _fit(rows, seed)
    position.threshold = best["threshold"]
    made = provenance(gold_path, seed, "stances")
    for name, model in (("position", position), ("polarity", polarity)):
        model.meta = made | {"examples": len(rows), "positive": sum(r["label"] is not None for r in rows)}
        model.to_disk(out / name)
    issue = _fit_issue(issue_rows, seed)
    issue.meta = made | {"examples": len(issue_rows), "positive": sum(r["label"] for r in issue_rows)}
    issue.to_disk(out / "issue")
    write_beside(out / "issue", {"top_one": scores["issue_top_one"]}, issue_rows,
                 sorted({k for r in issue_rows for k in r["features"]}))
    arows = article_rows(gold, docs, detector)
    gate_scores = article_curve(gold, docs, detector, rows, issue_rows, arows, seed, best["threshold"])
    gate_best = _ship_gate(_fit_article(arows, seed), gate_scores, arows, out / "article", made)
    hrows = holder_examples(gold, docs, detector)
    holder_scores = holder_curve(gold, docs, detector, rows, issue_rows, arows, hrows, seed, best["threshold"],
                                 gate_best["threshold"])
    holder_best = _ship_gate(_fit_holder(hrows, seed), holder_scores, hrows, out / "holder", made)
    scores |= {"threshold": best["threshold"], "cross_validated": best, "with_article_model": gate_best,
               "with_holder_model": holder_best}
    write_beside(out, scores, rows)
    models.cache_clear()
    return scores
