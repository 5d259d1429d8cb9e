"""`propos train quote-fragments`: which quoted fragments in narration are quotations
(extraction/quotes/fragments.py).

propos runs on the train gold with every such fragment kept (`fragments="all"`), the calibration off and, for
each fold of articles, a speaker ranker trained on the other folds (as on unseen text, training/speakers.held_out).
Every fragment is a row, labelled 1 when it is a quotation said by the one it is given to: it matches a required
gold quotation (@0.3, the scorer's matching) and its speaker is right, name and mention (a quotation given to
the wrong person is worse than none); those that match only an optional one are left out, as the scorer leaves
them. Five folds by article give each fragment a held-out score; the threshold is the one at which keeping the
fragments scored at least it, with all the rules' own quotations, gives the best quotation F1 on train among
those at which the whole component's resolved-speaker and speaker-mention accuracies do not fall below the
rules' own (none kept when no threshold raises F1 so).
"""

from __future__ import annotations

from pathlib import Path

from propos.evaluation.quotes import Item, gold_items, match, overlaps, read_jsonl, same_speaker
from propos.extraction.quotes.fragments import MODEL_DIR, FragmentModel, is_wide
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.speech_marks import shipped_classifier
from propos.training.common import fit_and_save, fit_logistic, folds, quotation_scores

FOLDS = 5
THRESHOLDS = [round(0.02 * k, 2) for k in range(51)]
NONE_KEPT = 1.01  # the threshold that keeps no fragment (the rules alone)
C = 0.5


def examples(quoted, lang: str = "fr") -> tuple[list[dict], dict]:
    """One row per fragment; `quoted`: (article, doc) pairs through the quotes component with every fragment
    kept. Also the counts the F1 needs: the required gold quotations and the rules' own quotations (how many,
    how many right)."""
    lex, marks = lexicon(lang), shipped_classifier()
    model = FragmentModel({}, 0.0, 0.0)
    out, counts = [], {"gold": 0, "rules": 0, "rules_right": 0, "rules_speaker_right": 0,
                       "rules_named": 0, "rules_resolved": 0, "rules_mention": 0}
    for article, doc in quoted:
        quotes = list(doc._.quotes)
        golds = gold_items(article)
        counts["gold"] += sum(not g.optional for g in golds)
        matched = {pi: golds[gi] for gi, pi in match("@0.3", golds, [Item(q.content.start, q.content.end, q.type)
                                                                     for q in quotes])}
        for pi, row in enumerate(model.features(doc, quotes, lex, marks)):
            if pi in matched and matched[pi].optional:
                continue
            quote = quotes[pi]
            speaker_right = pi in matched and same_speaker(quote.speaker_name, matched[pi].names)
            # the scorer's figures: a name only where the gold has one, a mention where both have none or overlap
            named = pi in matched and bool(matched[pi].names)
            mention_right = pi in matched and overlaps(
                matched[pi].speaker, (quote.speaker.start, quote.speaker.end) if quote.speaker else None)
            if not is_wide(quote):
                counts["rules"] += 1
                counts["rules_right"] += pi in matched
                counts["rules_speaker_right"] += speaker_right
                counts["rules_named"] += named
                counts["rules_resolved"] += named and speaker_right
                counts["rules_mention"] += mention_right
                continue
            out.append({"article": article["id"], "start": quote.content.start, "row": row,
                        "label": int(speaker_right and mention_right), "quotation": int(pi in matched),
                        "speaker_right": int(speaker_right), "named": int(named),
                        "mention_right": int(mention_right)})
    return out, counts


def held_out_examples(gold: list[dict], lang: str, seed: int) -> tuple[list[dict], dict]:
    """The rows as on unseen text (training/speakers.held_out_quoted), every fragment left to the model."""
    from propos.training.speakers import held_out_quoted

    return examples(held_out_quoted(gold, lang, seed, fragments="all"), lang)


def _accuracies(kept: list[dict], counts: dict) -> dict:
    """The whole component's speaker accuracies (as `propos eval quotes` scores them) with the fragments kept."""
    matched = counts["rules_right"] + sum(d["quotation"] for d in kept)
    named = counts["rules_named"] + sum(d["named"] for d in kept)
    return {"speaker_resolved_acc": round((counts["rules_resolved"] + sum(d["named"] and d["speaker_right"]
                                                                          for d in kept)) / max(1, named), 4),
            "speaker_mention_acc": round((counts["rules_mention"] + sum(d["mention_right"] for d in kept)) /
                                         max(1, matched), 4)}


def cross_validate(data: list[dict], counts: dict, seed: int) -> dict:
    fold_of = folds([d["article"] for d in data], FOLDS, seed)
    scored = []
    for fold in range(FOLDS):
        train = [d for d in data if fold_of[d["article"]] != fold]
        weights, bias = fit_logistic([d["row"] for d in train], [d["label"] for d in train], seed, C)
        model = FragmentModel(weights, bias, 0.0)
        test = [d for d in data if fold_of[d["article"]] == fold]
        scored += list(zip(model.predict([d["row"] for d in test]), test, strict=True))
    rules = {"threshold": NONE_KEPT, "fragments": 0,
             "quotes": quotation_scores(counts["rules_right"], counts["rules"], counts["gold"]),
             "end_to_end": quotation_scores(counts["rules_speaker_right"], counts["rules"], counts["gold"])} | \
        _accuracies([], counts)
    curve = []
    for t in THRESHOLDS:
        kept = [d for score, d in scored if score >= t]
        right, said = sum(d["quotation"] for d in kept), sum(d["speaker_right"] for d in kept)
        quotes = quotation_scores(counts["rules_right"] + right, counts["rules"] + len(kept), counts["gold"])
        end_to_end = quotation_scores(counts["rules_speaker_right"] + said, counts["rules"] + len(kept), counts["gold"])
        curve.append({"threshold": t, "fragments": len(kept), "fragments_right": right,
                      "fragments_speaker_right": said, "quotes": quotes, "end_to_end": end_to_end} |
                     _accuracies(kept, counts))
    # more quotations found, and no speaker accuracy lost: a fragment given to the wrong person is worse than
    # none
    fair = [c for c in curve if c["quotes"]["f1"] > rules["quotes"]["f1"] and
            c["speaker_resolved_acc"] >= rules["speaker_resolved_acc"] and
            c["speaker_mention_acc"] >= rules["speaker_mention_acc"]]
    best = max(fair, key=lambda c: (c["quotes"]["f1"], -c["threshold"]), default=rules)
    return {"folds": FOLDS, "fragments": len(scored), "fragments_right": sum(d["quotation"] for _, d in scored),
            "fragments_speaker_right": sum(d["label"] for _, d in scored),
            "threshold": best["threshold"], "rules_alone": rules,
            "all_fragments_kept": curve[0], "with_model": best, "curve": curve}


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    data, counts = held_out_examples(read_jsonl(gold_path), lang, seed)
    scores = cross_validate(data, counts, seed)
    return fit_and_save(FragmentModel, data, "row", scores["threshold"], scores, gold_path=gold_path, seed=seed,
                        command="quote-fragments", out=out, c=C)
