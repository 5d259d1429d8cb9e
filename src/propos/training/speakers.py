"""`propos train speakers`: the mention → entity ranker (propos.extraction.quotes.ranker) from train gold.

For every gold quotation whose speaker mention is a pronoun, or that floats with no mention at all, the
article's discourse model (from propos' own actors) gives the candidate entities at that point; a candidate is
right when it is the gold speaker (the scorer's rule: name, alias or surname). Earlier gold speakers are the
"who has spoken" history, as propos' own attributions are at run time. Five-fold cross-validation by article
reports top-1 accuracy and, per threshold, how many are named and how often rightly. A name is given when the
model's probability that it is the one meant is at least NAMING_THRESHOLD (more likely right than wrong: a
fixed point, since bands of a few dozen quotations are too noisy to choose one); the `confident` threshold is
the lowest whose cross-validated precision reaches CONFIDENT_TARGET.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from propos.evaluation.quotes import read_jsonl, same_speaker
from propos.extraction.quotes.discourse import Entity
from propos.extraction.quotes.discourse import fold as fold_mention
from propos.extraction.quotes.lexicon import lexicon
from propos.extraction.quotes.ranker import MODEL_DIR, Query, SpeakerRanker, candidate_features
from propos.extraction.quotes.speakers import SpeakerResolver
from propos.training.common import fit_logistic, folds, write_beside

CONFIDENT_TARGET = 0.96
NAMING_THRESHOLD = 0.5
# the resolver builds its discourse model only when a ranker is given: this one is never asked
_NO_MODEL = SpeakerRanker({}, 0.0, 1.0)
FOLDS = 5
BAND = 0.1


def _accepted(article: dict, quote: dict) -> list[str]:
    aliases = {e["name"]: [e["name"], *e.get("aliases", [])] for e in article.get("entities", [])}
    names: list[str] = []
    for key in ("speaker_name", "alt_speaker_name"):
        if quote.get(key):
            names += aliases.get(quote[key], [quote[key]])
    return names


def _is(entity: Entity, names: list[str], text: str) -> bool:
    return same_speaker(entity.name, names) or any(same_speaker(text[m.start:m.end], names) for m in entity.mentions)


def _entity_type(article: dict, quote: dict) -> str | None:
    return next((e.get("type") for e in article.get("entities", []) if e["name"] == quote.get("speaker_name")), None)


def query_for(quote: dict, text: str, pronouns: dict) -> Query | None:
    """The ranker's question for a gold quotation, or None when its mention is not the ranker's to resolve."""
    if quote.get("speaker"):
        start, end = quote["speaker"]
        features = pronouns.get(fold_mention(text[start:end]))
        return Query(start, "pronoun", features["gender"], features["number"]) if features else None
    if quote.get("floating") or quote.get("type") == "free_indirect":
        return Query(quote["content"][0], "floating")
    return None


def examples(gold: list[dict], nlp, pronouns: dict) -> list[dict]:
    """One group of candidate rows per gold quotation the ranker could resolve (with a right candidate)."""
    out = []
    for article in gold:
        doc = nlp.make_doc(article["text"])
        doc._.pub_date = article.get("date")
        doc = nlp(doc)
        model = SpeakerResolver(doc, lexicon(nlp.lang), ranker=_NO_MODEL).discourse
        text = article["text"]
        for number, quote in enumerate(sorted(article["quotes"], key=lambda q: q["content"][0])):
            names = _accepted(article, quote)
            if not names:
                continue
            query = query_for(quote, text, pronouns)
            if query is not None:
                candidates = candidate_features(model, query)
                labels = [_is(entity, names, text) for entity, _ in candidates]
                if candidates:  # groups with no right candidate teach nothing, but calibrate the threshold
                    out.append({"article": article["id"], "quote": number, "kind": query.kind,
                                "rows": [f for _, f in candidates], "labels": labels,
                                "names": [e.name for e, _ in candidates], "resolvable": any(labels)})
            speaker = next((e for e in model.entities if _is(e, names, text)), None)
            if speaker is not None:
                model.remember(quote["content"][0], speaker.name, speaker.id, person=speaker.type == "PER",
                               gender=speaker.gender)
            else:  # a speaker that is not one of propos' actors: known to the model by having spoken
                model.remember(quote["content"][0], names[0], None, person=_entity_type(article, quote) == "PER")
    return out


def _fit(groups: list[dict], seed: int) -> SpeakerRanker:
    groups = [g for g in groups if g["resolvable"]]
    weights, bias = fit_logistic([row for g in groups for row in g["rows"]],
                                 [int(label) for g in groups for label in g["labels"]], seed)
    return SpeakerRanker(weights, bias, 0.0)


def _top(ranker: SpeakerRanker, group: dict) -> tuple[bool, float]:
    scores = ranker.predict(group["rows"])
    k = max(range(len(scores)), key=scores.__getitem__)
    return group["labels"][k], scores[k]


def cross_validate(groups: list[dict], seed: int) -> dict:
    fold_of = folds([g["article"] for g in groups], FOLDS, seed)
    outcomes = []  # (right, score, kind)
    for fold in range(FOLDS):
        train = [g for g in groups if fold_of[g["article"]] != fold]
        test = [g for g in groups if fold_of[g["article"]] == fold]
        ranker = _fit(train, seed)
        outcomes += [(*_top(ranker, g), g["kind"], g["resolvable"]) for g in test]
    # precision counts every group: naming someone where the right entity is not a candidate is wrong
    bands = []
    for k in range(int(round(1 / BAND))):
        low = round(k * BAND, 2)
        inside = [right for right, score, _, _ in outcomes if low <= score < low + BAND or (k == 9 and score == 1)]
        bands.append({"from": low, "groups": len(inside),
                      "precision": round(sum(inside) / len(inside), 4) if inside else None})
    curve = []
    for threshold in [round(0.05 * k, 2) for k in range(0, 20)]:
        named = [right for right, score, _, _ in outcomes if score >= threshold]
        curve.append({"threshold": threshold, "named": round(len(named) / len(outcomes), 4),
                      "precision": round(sum(named) / len(named), 4) if named else 0.0})
    by_kind = {}
    for kind in sorted({k for *_, k, _ in outcomes}):
        mine = [right for right, _, k, ok in outcomes if k == kind and ok]
        by_kind[kind] = {"resolvable_groups": len(mine), "top1_accuracy": round(sum(mine) / len(mine), 4)}
    resolvable = [right for right, *_, ok in outcomes if ok]
    return {"folds": FOLDS, "groups": len(outcomes), "resolvable_groups": len(resolvable),
            "top1_accuracy_resolvable": round(sum(resolvable) / len(resolvable), 4),
            "by_kind": by_kind, "curve": curve, "bands": bands}


def baseline(groups: list[dict]) -> dict:
    """The rule the ranker replaces, on the same groups: the most recent agreeing speaker, else mention."""
    right = 0
    groups = [g for g in groups if g["resolvable"]]
    for g in groups:
        order = sorted(range(len(g["rows"])), key=lambda k: (
            -g["rows"][k]["spoke_last"] * (1 - g["rows"][k]["gender_clash"]), g["rows"][k]["log_distance"]))
        right += g["labels"][order[0]]
    return {"top1_accuracy_resolvable": round(right / len(groups), 4)}


def train(gold_path: Path, out: Path = MODEL_DIR, seed: int = 0, lang: str = "fr") -> dict:
    from propos.language.pipeline import build

    gold = read_jsonl(gold_path)
    nlp = build(lang, components=("propos_actors", "propos_timex"))
    groups = examples(gold, nlp, {fold_mention(k): v for k, v in lexicon(lang).markers["pronouns"].items()})
    scores = cross_validate(groups, seed)
    threshold = NAMING_THRESHOLD
    confident = next((p["threshold"] for p in scores["curve"] if p["precision"] >= CONFIDENT_TARGET), 0.95)
    ranker = _fit(groups, seed)
    ranker.threshold = threshold
    digest = hashlib.sha256(gold_path.read_bytes()).hexdigest()
    ranker.meta = {"gold": str(gold_path), "gold_sha256": digest, "seed": seed, "groups": len(groups),
                   "confident_threshold": confident,
                   "command": f"propos train speakers --gold {gold_path} --seed {seed}"}
    ranker.to_disk(out)
    scores |= {"threshold": threshold, "confident_threshold": confident, "confident_target": CONFIDENT_TARGET,
               "rule_baseline": baseline(groups),
               "gold": str(gold_path), "gold_sha256": digest, "seed": seed}
    write_beside(out, scores, groups, list(ranker.weights))
    return scores
