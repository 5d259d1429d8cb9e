"""`propos train free-indirect`: which sentences after someone's words carry them on
(propos.extraction.quotes.free_indirect).

The quotes component runs on every train article with a classifier that keeps nothing, and hands over every
sentence it would score (those after a quotation whose speaker is known: free_indirect.candidates_after). A
sentence is an example of speech when it matches (@0.3, as the scorer) a required gold quotation that the
component's other quotations leave unmatched, of none when it overlaps no gold quotation; one that overlaps only
an optional quotation is left out, as the scorer leaves it out. Five folds by article (seed 0): each fold's
sentences are scored by a model fitted on the other four, and the threshold is the one that gives the best
quotation F1 @0.3 on train out of fold among those whose kept sentences are right at least MIN_PRECISION of the
time (a wrong free indirect quotation is a false one with a speaker). The whole component is then run on each
fold with the model of the other folds at that threshold, beside the rule it replaces (continuation.py), and
both are scored as `propos eval quotes` scores them; `funnel` counts where each required gold free indirect
quotation stands out of fold (scores.json, gold_free_indirect_out_of_fold).

Where they stand (stop 47, out of fold on train, 43 required): 12 found, 1 found with a wrong speaker, 21 scored
below the threshold (mostly a present after an opinion or indirect words, often in a live report's timed entry),
9 never scored (after speech reported without words, « L'agence prévoit une hausse. Sa dette devrait … »; past
the third sentence of a conditional run; a clause in the words' own sentence), 2 false. Tried at stop 47 and not
kept (out of fold quotation F1 with the shipped setting 0.9567 in the same runs): the words' paragraph opens
with a time (a timed entry of a live report: 65 sentences, 12 of speech) 0.9565, and only right after the
words 0.9564; the speaker quoted before these words (140 sentences, 9 of speech) 0.9564; C 0.1 0.9557, C 1.0
0.9572 (23 kept, 17 right; the shipped component on dev: pred 387 → 390, tp unchanged), C 3 0.9566;
MIN_PRECISION 0.85 with speech reported without words as anchors (threshold 0.4): dev tp 364 → 362. Speech
reported without words as anchors: tests/test_free_indirect_probe.py, KNOWN « after-reported-speech ».

Tried at stop 48, not kept (out of fold with the shipped setting: 13 found, 1 wrong speaker, 20 below the threshold,
9 never scored, 4 false; quotation F1 0.9651). A compound conditional (« aurait été payée », « seraient
bloqués »: a conditional auxiliary over the participle that is the main verb; 7 of the 37 sentences of speech, 8 of
the others): out of fold 13 found, 2 false (F1 0.9657), its gain steady over fold seeds 1–3 (+0.0003, +0.0003, 0);
retrained, train unchanged (tp 1525, pred 1546, e2e 1467) and dev pred 387 → 388, tp 364. With it, no name and no
figure in the sentence (a judgement, not narration; 14 of 37, 128 of 675): out of fold 15 found, 5 false (F1 0.9657,
threshold 0.25); retrained, train tp 1525 → 1526, pred 1546 → 1549, e2e 1467 → 1468, dev tp 364 → 365, pred 387 →
392, e2e 317 → 318; with MIN_PRECISION 0.8 (threshold 0.3) dev pred 387 → 390, tp 364. No name and no figure alone (threshold
0.35): out of fold 12 found, 2 false (F1 0.9653); retrained, dev tp 364 → 363, e2e 317 → 316. A question mark, a verbless
sentence, a colon before the sentence: none or almost none of the sentences scored; the last sentence of its
paragraph: F1 0.9650.

Stop 49 (issue 13). Out of fold with the code at c71a460 retrained (716 sentences, 37 of speech, threshold 0.3): tp
1520, pred 1542, e2e 1465, F1 0.9654; 13 found, 1 wrong speaker, 20 below the threshold, 9 never scored, 4 false.
The 9 never scored on train: after speech reported without words 4 (and 3 more after one of those, never anchored
either), a clause in the words' own sentence 1 (« selon un expert, P, c'est … »), a second paragraph break 1. On dev
(counts only) 8 of the 18 required are never scored, 4 scored below the threshold, 6 found; all 8 follow a gold
quotation that propos does not find (speech reported without words 3, free indirect 3, mixed 2): dev's free
indirect misses lie in the anchors, not in the run's limits (distance, paragraph, tense), and widening the run
after found words would not reach them. Tried, not kept: speech reported without words as anchors a third time,
now scoring only the sentences in the conditional after it (speech and cognition cues with a subject resolved to a
person or an actor, not negated, in a sentence that holds no quotation; feature anchor_reported): 8 more sentences,
2 of speech; out of fold tp 1520 → 1516, pred 1542 → 1534, e2e 1465 → 1462 (threshold 0.45; at 0.3 21 kept, 12
right, against 17 and 13), and the model without them keeps 3 of the 8 at 0.3, 1 right; speech cues only: 3 more
sentences, none of speech. A near future (« va occulter »), a passive future no longer read as a compound past
(« sera nommé », `perfect`) and « doit »/« faut » in the present (`modal_present`): out of fold unchanged (tp 1520,
pred 1542), the probe unchanged. An impersonal « il » (« Il faudrait »: expl, feature `impersonal`, and no longer
the speaker nor an anaphor): out of fold tp 1519, pred 1539, e2e 1464 (F1 0.9657); retrained, train tp 1526 →
1527, pred 1547 → 1548, e2e 1470 → 1471, but dev pred 387 → 388 with tp 364 (the model retrained without it keeps
dev at 364 / 387). The sentence's subject the same as that of the words' main verb, or a third-person pronoun that
agrees with it (« … que le médecin était blessé. Il serait … », feature `same_subject`; 32 sentences, 6 of speech):
out of fold tp 1520, pred 1542 → 1541, e2e 1465 (F1 0.9657); retrained, dev and the second check unchanged (364 /
387, 115 / 118) but train pred 1547 → 1548 with tp 1526 (« Il s'inscrit en effet en hausse … » after figures
from the Insee, a false free indirect quotation); the same noun only (13 sentences, 1 of speech): out of fold unchanged.

Stop 51 (issue 13), tried, not kept. Retrained with the code at 91ec570f, out of fold: tp 1528, pred 1549, e2e 1483,
4 false free indirect (13 found, 1 wrong speaker, 20 below the threshold, 9 never scored: the same funnel as stop
49). Three features of the sentence alone: a modal in the conditional that says a possibility (« pourrait », as
often the writer's guess) apart from one that says a forecast or a duty (« devrait », « faudrait »), and an adverb
past the first word that adds to what was said (« aurait aussi touché », « devrait ainsi passer »). Out of fold with
all three: tp 1528, pred 1547, 2 false (steady over fold seeds 0–2 with the sentences' features alone); retrained,
train tp 1534 → 1535 with pred 1554 → 1556, dev tp 365 → 364 with pred 389 (one right free indirect quotation traded
for a false one), so not kept. The modals alone: threshold 0.4, out of fold tp 1525, e2e 1480. The adverb alone:
out of fold tp 1528, pred 1548, 3 false; retrained, dev pred 389 → 390 with tp 365. The probe's « pourrait » controls
(fi17, fi734, fi736) stay kept with either.

Stop 52 (issue 13). The shipped model against the baseline's train predictions: 24 of the 43 required missed, 15
scored below the threshold (0.05–0.25; 12 of them after indirect words, several a present whose subject is a
pronoun for what the words spoke of: probe fi853) and 9 never scored (after speech reported without words 5, two of
them found by propos as `reported` quotations, which anchor nothing; chained after those 2; past the third sentence
1; a clause in the words' own sentence 1). Measured, not shipped: a run kept whole to its third sentence going on
while each sentence is kept (up to two more; probe fi852): train, dev and shared predictions unchanged, and the
model never saw a fourth sentence in training.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from propos.evaluation.quotes import Item, gold_items, match, read_jsonl, same_speaker, score_articles
from propos.extraction.quotes.component import FREE_INDIRECT_RULE
from propos.extraction.quotes.free_indirect import MODEL_DIR, FreeIndirectClassifier
from propos.training.common import fit_and_save, fit_logistic, folds

FOLDS = 5
MIN_PRECISION = 0.6
C = 0.3
_KEEP_NOTHING = FreeIndirectClassifier({}, -30.0, 2.0)


def _items(doc: Doc) -> list[Item]:
    return [Item(q.content.start, q.content.end, q.type, (q.speaker.start, q.speaker.end) if q.speaker else None,
                 (q.speaker_name,) if q.speaker_name else ()) for q in doc._.quotes]


def _run(gold: list[dict], nlp, docs: list[bytes], model, seen: dict | None = None) -> list[tuple[list, list]]:
    """(gold items, predicted items) per article: the quotes component (uncalibrated) with `model` in place of
    the shipped free indirect classifier (FREE_INDIRECT_RULE: the rule); `seen` receives each article's scored sentences."""
    extractor = nlp.get_pipe("propos_quotes")
    saved = extractor.calibrate, extractor.free_indirect, extractor.free_indirect_seen
    extractor.calibrate, extractor.free_indirect = False, model
    pairs = []
    try:
        for article, data in zip(gold, docs, strict=True):
            extractor.free_indirect_seen = [] if seen is not None else None
            doc = extractor(Doc(nlp.vocab).from_bytes(data))
            if seen is not None:
                seen[article["id"]] = extractor.free_indirect_seen
            pairs.append((gold_items(article), _items(doc)))
    finally:
        extractor.calibrate, extractor.free_indirect, extractor.free_indirect_seen = saved
    return pairs


def _cover(gold: Item, start: int, end: int) -> float:
    overlap = min(gold.end, end) - max(gold.start, start)
    return overlap / (gold.end - gold.start) if overlap > 0 and gold.end > gold.start else 0.0


def examples(gold: list[dict], nlp, docs: list[bytes]) -> tuple[list[dict], list[tuple[list, list]]]:
    """The labelled sentences, and the component's quotations without free indirect speech (per article)."""
    seen: dict[str, list] = {}
    pairs = _run(gold, nlp, docs, _KEEP_NOTHING, seen)
    out = []
    for article, (gitems, pitems) in zip(gold, pairs, strict=True):
        matched = {gi for gi, _ in match("@0.3", gitems, pitems)}
        claimed: set[int] = set()
        for row in seen[article["id"]]:
            open_gold = [gi for gi, g in enumerate(gitems) if not g.optional and gi not in matched | claimed
                         and _cover(g, row["start"], row["end"]) > 0.3]
            if open_gold:
                label, kind = 1, gitems[open_gold[0]].type
                claimed.add(open_gold[0])
            elif any(g.optional and _cover(g, row["start"], row["end"]) > 0 for g in gitems):
                continue
            else:
                overlapping = [g for g in gitems if _cover(g, row["start"], row["end"]) > 0]
                label, kind = 0, overlapping[0].type + "-already-found" if overlapping else None
            out.append({"article": article["id"], "start": row["start"], "end": row["end"], "label": label,
                        "gold_type": kind, "features": row["features"]})
    return out, pairs


def _totals(pairs: list[tuple[list, list]]) -> tuple[int, int, int]:
    q = score_articles(pairs)["@0.3"]["quotes"]
    return q["tp"], q["pred"], q["gold"]


def choose_threshold(data: list[dict], scores: list[float], base: tuple[int, int, int]) -> tuple[float, list]:
    """The threshold with the best estimated quotation F1 (the component's quotations without free indirect
    speech, plus the sentences kept) among those whose kept sentences are right at least MIN_PRECISION of the
    time; and the curve."""
    tp0, pred0, gold_n = base
    curve = []
    for step in range(5, 100, 5):
        t = step / 100
        kept = [d["label"] for d, s in zip(data, scores, strict=True) if s >= t]
        tp, pred = tp0 + sum(kept), pred0 + len(kept)
        p, r = tp / pred, tp / gold_n
        curve.append({"threshold": t, "kept": len(kept), "right": sum(kept),
                      "precision_kept": round(sum(kept) / len(kept), 4) if kept else 1.0,
                      "quotation_f1": round(2 * p * r / (p + r), 4)})
    allowed = [c for c in curve if c["precision_kept"] >= MIN_PRECISION]
    best = max(allowed, key=lambda c: (c["quotation_f1"], c["threshold"]))
    return best["threshold"], curve


def _summary(pairs: list[tuple[list, list]]) -> dict:
    mode = score_articles(pairs)["@0.3"]
    return {"quotation": mode["quotes"], "speaker_mention_acc": mode["speaker_mention_acc"],
            "speaker_resolved_acc": mode["speaker_resolved_acc"], "end_to_end_f1": mode["end_to_end"]["f1"],
            "end_to_end": mode["end_to_end"],  # its tp: quotations found with their speaker right
            "free_indirect_found": mode["recall_by_type"].get("free_indirect")}


def held_out(gold: list[dict], nlp, docs: list[bytes], data: list[dict], threshold: float, seed: int) -> list:
    """The whole component on each fold's articles with the classifier fitted on the other folds."""
    fold_of = folds([a["id"] for a in gold], FOLDS, seed)
    pairs: list = [None] * len(gold)
    for fold in range(FOLDS):
        rest = [d for d in data if fold_of[d["article"]] != fold]
        weights, bias = fit_logistic([d["features"] for d in rest], [d["label"] for d in rest], seed, C)
        ks = [k for k, a in enumerate(gold) if fold_of[a["id"]] == fold]
        got = _run([gold[k] for k in ks], nlp, [docs[k] for k in ks], FreeIndirectClassifier(weights, bias, threshold))
        for k, pair in zip(ks, got, strict=True):
            pairs[k] = pair
    return pairs


def evaluate(gold: list[dict], nlp, docs: list[bytes], seed: int) -> tuple[dict, list[dict], float]:
    # the articles' folds: every article, also those without a sentence to score
    data, without = examples(gold, nlp, docs)
    fold_of = folds([a["id"] for a in gold], FOLDS, seed)
    scores = _oof_by_article_folds(data, fold_of, seed)
    threshold, curve = choose_threshold(data, scores, _totals(without))
    rule = _run(gold, nlp, docs, FREE_INDIRECT_RULE)
    learned = held_out(gold, nlp, docs, data, threshold, seed)
    result = {"folds": FOLDS, "seed": seed, "sentences": len(data), "speech": sum(d["label"] for d in data),
              "speech_by_gold_type": _count(d["gold_type"] for d in data if d["label"]),
              "min_precision_kept": MIN_PRECISION, "threshold": threshold, "curve": curve,
              "component_without_free_indirect": _summary(without),
              "component_with_rule": _summary(rule),
              "component_out_of_fold": _summary(learned),
              "gold_free_indirect_out_of_fold": funnel(gold, data, scores, threshold, learned)}
    return result, data, threshold


def funnel(gold: list[dict], data: list[dict], scores: list[float], threshold: float, pairs: list) -> dict:
    """Where each required gold free indirect quotation stands with the component out of fold (`pairs`): found
    (its speaker right or wrong), a sentence scored for it below the threshold, one kept yet unmatched (a span
    too far off), overlapped by another quotation, or never scored (no sentence after a quotation reached it:
    candidates_after's limits, speech reported without words before it, a clause inside a sentence); and the
    free indirect quotations that match no gold one."""
    out = {"found": 0, "found_wrong_speaker": 0, "scored_below_threshold": 0, "kept_unmatched": 0,
           "overlapped_by_another_quotation": 0, "never_scored": 0, "false_free_indirect": 0}
    rows: dict[str, list[tuple[dict, float]]] = {}
    for row, score in zip(data, scores, strict=True):
        rows.setdefault(row["article"], []).append((row, score))
    for article, (gitems, pitems) in zip(gold, pairs, strict=True):
        matched = dict(match("@0.3", gitems, pitems))
        out["false_free_indirect"] += sum(p.type == "free_indirect" for k, p in enumerate(pitems)
                                          if k not in matched.values())
        for gi, g in enumerate(gitems):
            if g.type != "free_indirect" or g.optional:
                continue
            scored = [score for row, score in rows.get(article["id"], ()) if _cover(g, row["start"], row["end"]) > 0.3]
            if gi in matched:
                right = same_speaker(pitems[matched[gi]].names[0] if pitems[matched[gi]].names else None, g.names)
                out["found" if right or not g.names else "found_wrong_speaker"] += 1
            elif scored:
                out["scored_below_threshold" if max(scored) < threshold else "kept_unmatched"] += 1
            elif any(_cover(g, p.start, p.end) > 0 for p in pitems):
                out["overlapped_by_another_quotation"] += 1
            else:
                out["never_scored"] += 1
    return out


def _count(values) -> dict:
    out: dict = {}
    for v in values:
        out[str(v)] = out.get(str(v), 0) + 1
    return dict(sorted(out.items()))


def _oof_by_article_folds(data: list[dict], fold_of: dict[str, int], seed: int) -> list[float]:
    scores = [0.0] * len(data)
    for fold in range(FOLDS):
        rest = [d for d in data if fold_of[d["article"]] != fold]
        weights, bias = fit_logistic([d["features"] for d in rest], [d["label"] for d in rest], seed, C)
        model = FreeIndirectClassifier(weights, bias, 0.0)
        held = [k for k, d in enumerate(data) if fold_of[d["article"]] == fold]
        for k, p in zip(held, model.predict([data[k]["features"] for k in held]), strict=True):
            scores[k] = round(p, 6)
    return scores


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr", parsed_docs=None) -> dict:
    from propos.training.speakers import parsed

    gold = read_jsonl(gold_path)
    nlp, docs = parsed_docs if parsed_docs is not None else parsed(gold, lang)
    scores, data, threshold = evaluate(gold, nlp, docs, seed)
    return fit_and_save(FreeIndirectClassifier, data, "features", threshold, scores, gold_path=gold_path, seed=seed,
                        command="free-indirect", out=out, c=C)
