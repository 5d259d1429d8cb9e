"""`propos train speaker-confidence`: the calibration of speaker confidence (extraction/quotes/confidence.py).

propos runs on the train gold with the calibration off and, for each fold of articles, a speaker ranker trained on
the other folds (as on unseen text); every named quotation that matches a gold one (@0.3)
is a row, right when its speaker is the gold one (the scorer's rule: name, alias or surname). Five-fold
cross-validation by article gives, per threshold, the share of named quotations kept and their precision,
averaged over SPLITS fold splits; the shipped `threshold` is the lowest whose cross-validated precision reaches
TARGET (the issue's 0.96) with one-sided 90 % confidence (the lower end of its Wilson interval, whose units are the
articles: `_by_article`).

A resolution family whose held-out precision at that threshold does not reach TARGET at the lower end of its own
interval — the standard the threshold meets, shared among the families judged (Bonferroni) — is capped
(`capped` in the model's meta, at that precision, under the threshold): a pooled calibration otherwise names it with confidence because the rules around it are surer.
"""

from __future__ import annotations

import math
from pathlib import Path
from statistics import NormalDist

from propos.evaluation.quotes import Item, gold_items, match, read_jsonl, same_speaker
from propos.extraction.quotes.confidence import MODEL_DIR, SpeakerConfidence, speaker_features
from propos.extraction.quotes.lexicon import lexicon
from propos.training.common import PROVENANCE_KEYS, fit_logistic, folds, provenance, write_beside

TARGET = 0.96
# the threshold is the lowest whose cross-validated precision is above TARGET with one-sided 90 % confidence:
# a point estimate at the target falls under it on new text half the time
Z = 1.2816
FOLDS = 5
# fold splits (seed, seed + 1, …) whose curves are averaged before the threshold is read: with one split the
# threshold of the same model moved between 0.92 and 0.94 with the split's seed (train, 5 seeds)
SPLITS = 5
THRESHOLDS = [round(0.01 * k, 2) for k in range(100)]
# "named with confidence" says at least that the speaker is more likely right than wrong: where train's pooled held-out
# precision is over the target at every threshold (0.968, lower end 0.961, at main after session 45's merges) the lowest
# was 0.0, which named a quotation its model gives 0.1 and capped the families under the target at -0.01, a
# "probability" under zero (Brier 0.556)
LOWEST_THRESHOLD = 0.5


def examples(quoted) -> list[dict]:
    """One row per named quotation that matches a gold quotation with a speaker; `quoted`: (article, doc) pairs
    through the (uncalibrated) quotes component."""
    out = []
    for article, doc in quoted:
        quotes = list(doc._.quotes)
        actors = {a.id: a for a in doc._.actors}
        golds = gold_items(article)
        lex = lexicon(doc.lang_)
        preds = [Item(q.content.start, q.content.end, q.type) for q in quotes]
        for gi, pi in match("@0.3", golds, preds):
            g, q = golds[gi], quotes[pi]
            if g.optional or not g.names or not q.speaker_name:
                continue
            out.append({"article": article["id"], "row": speaker_features(q, q.confidence, lex, actors.get(q.speaker_id or "")),
                        "label": int(same_speaker(q.speaker_name, g.names))})
    return out


def held_out_examples(gold: list[dict], lang: str, seed: int) -> list[dict]:
    """The rows as on unseen text: each article's quotations attributed with a speaker ranker trained on the
    other folds (training/speakers.held_out). With the shipped ranker, trained on these very articles, its
    choices look surer than they are on new text and the threshold comes out too low."""
    from propos.training.speakers import held_out_quoted

    return examples(held_out_quoted(gold, lang, seed))


def _fit(rows: list[dict], seed: int) -> SpeakerConfidence:
    weights, bias = fit_logistic([r["row"] for r in rows], [r["label"] for r in rows], seed)
    return SpeakerConfidence(weights, bias, 0.0)


def _family(row: dict) -> str:
    """The resolution family a feature row was written with (its `resolved=` feature; confidence.family)."""
    return next((k.partition("=")[2] for k in row["row"] if k.startswith("resolved=")), "")


def held_out_scores(rows: list[dict], seed: int) -> list[tuple[float, int, str, str]]:
    """(probability, right, resolution family, article) of each row, from a model fitted on the other folds."""
    fold_of = folds([r["article"] for r in rows], FOLDS, seed)
    outcomes = []
    for fold in range(FOLDS):
        model = _fit([r for r in rows if fold_of[r["article"]] != fold], seed)
        test = [r for r in rows if fold_of[r["article"]] == fold]
        outcomes += zip(model.predict([r["row"] for r in test]), [r["label"] for r in test], map(_family, test),
                        [r["article"] for r in test], strict=True)
    return outcomes


def cross_validate(rows: list[dict], seed: int, capped: dict[str, float] | None = None,
                   outcomes: list[tuple] | None = None) -> dict:
    outcomes = [(min(score, (capped or {}).get(fam, 1.0)), right, rest)
                for score, right, fam, *rest in (outcomes or held_out_scores(rows, seed))]
    curve = []
    for threshold in THRESHOLDS:
        kept = [(right, rest) for score, right, rest in outcomes if score >= threshold]
        rights = [right for right, _ in kept]
        curve.append({"threshold": threshold, "named": round(len(kept) / len(outcomes), 4),
                      "precision": round(sum(rights) / len(kept), 4) if kept else 0.0,
                      "precision_low": round(_wilson_low(*_by_article(kept)), 4)})
    return {"folds": FOLDS, "rows": len(outcomes), "precision_all": round(sum(r for _, r, _ in outcomes) / len(outcomes), 4),
            "brier": round(sum((s - r) ** 2 for s, r, _ in outcomes) / len(outcomes), 4), "curve": curve}


def _by_article(kept: list[tuple[int, list]]) -> tuple[float, float]:
    """(right, count) of (right, [article]) outcomes for an interval, with articles as the units drawn: a wrong
    speaker repeats over an article's quotations (a mis-linked actor, a carried choice), so its quotations are no
    independent draws (train, stop 48: 46 wrong speakers in 35 articles) and counting them as such narrows the
    interval; the precision is the quotations', the count the articles'. Outcomes without an article count each."""
    if not kept:
        return 0.0, 0.0
    units = len({rest[0] for _, rest in kept}) if all(rest for _, rest in kept) else len(kept)
    return units * sum(right for right, _ in kept) / len(kept), units


def averaged(rows: list[dict], seed: int, splits: int = SPLITS, capped: dict[str, float] | None = None,
             held_out: list[list[tuple[float, int, str]]] | None = None) -> dict:
    """`cross_validate` over several fold splits (`held_out`: their `held_out_scores`, when already known), its
    curve and Brier score averaged point by point."""
    held_out = held_out or [held_out_scores(rows, seed + k) for k in range(splits)]
    runs = [cross_validate(rows, seed + k, capped, outcomes) for k, outcomes in enumerate(held_out)]
    curve = [{key: round(sum(run["curve"][i][key] for run in runs) / len(runs), 4) for key in runs[0]["curve"][i]}
             for i in range(len(THRESHOLDS))]
    return runs[0] | {"splits": splits, "brier": round(sum(r["brier"] for r in runs) / len(runs), 4), "curve": curve,
                      "threshold_by_split": [threshold_of(r["curve"]) for r in runs]}


def threshold_of(curve: list[dict]) -> float:
    """The lowest threshold from LOWEST_THRESHOLD up whose precision reaches TARGET at the lower end of its interval
    (0.95 when none)."""
    return next((p["threshold"] for p in curve if p["threshold"] >= LOWEST_THRESHOLD and p["precision_low"] >= TARGET),
                0.95)


def under_target(held_out: list[list[tuple]], threshold: float) -> dict[str, float]:
    """The families whose precision at `threshold`, over the fold splits' held-out scores (counts averaged over
    the splits), does not reach TARGET at the lower end of its interval (articles as units, `_by_article`), each
    capped at its precision; a family kept less than once a split says nothing."""
    # with the quotations as units, the noun mentions as written (443 of 449 right held out on train, 255 articles)
    # passed at a rebuild of stop 47's code and were named with confidence: 0.739 of dev's speakers named, right 0.918
    # (the mentions 0.883), against 0.409 right 0.946 capped; with the articles as units they stay capped
    # the burden of proof is on the family: judged by the upper end of its interval, the ranker's families lost their
    # caps once their held-out precision on train (where the rules were written) came near the target, while on
    # unseen news they stay well under it; judged by its own estimate, a family of 300 quotations (noun mentions as
    # written) went in and out of its cap between two rebuilds (0.956 / 0.961 on train); a wrong name given with
    # confidence costs more than a name withheld
    kept: dict[str, list[float]] = {}
    for outcomes in held_out:
        by_family: dict[str, list] = {}
        for score, right, fam, *rest in outcomes:
            if score >= threshold:
                by_family.setdefault(fam, []).append((right, rest))
        for fam, rows in by_family.items():
            counts = kept.setdefault(fam, [0.0, 0.0, 0.0, 0.0])
            for k, value in enumerate((sum(r for r, _ in rows), len(rows), *_by_article(rows))):
                counts[k] += value / len(held_out)
    judged = {fam: counts for fam, counts in kept.items() if counts[1] >= 1}
    # every family is one test: at 90 % each, about one family in ten of those near the target passes by chance
    # (the noun mentions as written passed at 0.97 held out on train, stop 41, where the rules were written); the bound holds for all of them
    # together (Bonferroni)
    z = _family_z(len(judged))
    return {fam: round(min(right / n, threshold - 0.01), 3) for fam, (right, n, right_units, units)
            in sorted(judged.items()) if _wilson_low(right_units, units, z) < TARGET}


def _family_z(families: int) -> float:
    """The z of a one-sided bound at the confidence of Z shared among `families` tests."""
    miss = 1 - NormalDist().cdf(Z)
    return NormalDist().inv_cdf(1 - miss / max(1, families))


def _wilson_low(right: float, n: float, z: float = Z) -> float:
    """The lower end of the Wilson interval of a precision: what it stays above on new text, most likely."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    rows = held_out_examples(read_jsonl(gold_path), lang, seed)
    held_out = [held_out_scores(rows, seed + k) for k in range(SPLITS)]
    uncapped = averaged(rows, seed, held_out=held_out)
    threshold = threshold_of(uncapped["curve"])
    # the threshold stays the one read without caps: read again with them it falls (0.94 → 0.88 on train) and names
    # more of the rules' quotations, whose precision on unseen news is itself under train's
    capped = under_target(held_out, threshold)
    scores = averaged(rows, seed, capped=capped, held_out=held_out)
    scores["uncapped"] = next(p for p in uncapped["curve"] if p["threshold"] == threshold)
    model = _fit(rows, seed)
    model.threshold = threshold
    made = provenance(gold_path, seed, "speaker-confidence")
    model.meta = made | {"rows": len(rows), "target": TARGET, "capped": capped}
    model.to_disk(out)
    scores |= {"threshold": threshold, "capped": capped, "target": TARGET} | {k: made[k] for k in PROVENANCE_KEYS}
    write_beside(out, scores, rows, list(model.weights))
    return scores
