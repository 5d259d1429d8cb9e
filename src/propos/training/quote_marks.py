"""`propos train quote-marks`: which pairs of quote marks are speech (propos.extraction.quotes.speech_marks).

Every outer pair of quote marks in the train articles is an example: speech when it overlaps a required gold
quotation, not speech when it overlaps none (pairs that only overlap optional ones are left out). Five-fold
cross-validation by article chooses the threshold: the highest score under which at most MAX_SPEECH_DROPPED of
the speech pairs fall, so that the classifier removes only what it is sure of; it reports how many non-speech
pairs that removes.
"""

from __future__ import annotations

from pathlib import Path

from propos.evaluation.quotes import read_jsonl
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speech_marks import MODEL_DIR, QuoteMarkClassifier, pair_features
from propos.training.common import fit_and_save, fit_logistic, folds

FOLDS = 5
MAX_SPEECH_DROPPED = 0.01


def examples(gold: list[dict], nlp, lang: str) -> list[dict]:
    lex = lexicon(lang)
    out = []
    for article in gold:
        doc = nlp(article["text"])
        required = [q["content"] for q in article["quotes"] if not q.get("optional")]
        optional = [q["content"] for q in article["quotes"] if q.get("optional")]
        for pair in doc._.quote_pairs:
            if pair.depth != 0 or pair.end - pair.start < 3:
                continue
            hit = any(s < pair.end and pair.start < e for s, e in required)
            if not hit and any(s < pair.end and pair.start < e for s, e in optional):
                continue
            out.append({"article": article["id"], "start": pair.start, "label": int(hit),
                        "features": pair_features(doc, pair, lex)})
    return out


def cross_validate(data: list[dict], seed: int) -> dict:
    fold_of = folds([d["article"] for d in data], FOLDS, seed)
    scored = []
    for fold in range(FOLDS):
        train = [d for d in data if fold_of[d["article"]] != fold]
        weights, bias = fit_logistic([d["features"] for d in train], [d["label"] for d in train], seed)
        model = QuoteMarkClassifier(weights, bias, 0.0)
        test = [d for d in data if fold_of[d["article"]] == fold]
        scored += list(zip(model.predict([d["features"] for d in test]), [d["label"] for d in test], strict=True))
    speech = sorted(score for score, label in scored if label)
    allowed = int(len(speech) * MAX_SPEECH_DROPPED)
    threshold = round(speech[allowed] - 1e-6, 6) if speech else 0.0
    dropped = [label for score, label in scored if score < threshold]
    return {"folds": FOLDS, "pairs": len(scored), "speech_pairs": len(speech),
            "threshold": threshold, "speech_dropped": sum(dropped),
            "non_speech_dropped": len(dropped) - sum(dropped),
            "non_speech_pairs": len(scored) - len(speech)}


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    from propos.language.pipeline import build

    nlp = build(lang, components=())
    data = examples(read_jsonl(gold_path), nlp, lang)
    scores = cross_validate(data, seed)
    return fit_and_save(QuoteMarkClassifier, data, "features", scores["threshold"], scores, gold_path=gold_path, seed=seed,
                        command="quote-marks", out=out)
