"""Stances against gold `positions`, with the matcher of ../shared/eval/METRICS.md.

A predicted stance matches a gold position when the holder is the same actor (the speaker rule: name,
alias or surname), the polarity is the same, and the two issue phrases share a content word: a word of
5 letters or more, compared on its first 6 letters, accents folded, long function words ignored.
Precision counts predictions that match some gold position; recall counts gold positions matched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from propos.evaluation.quotes import same_speaker

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _function_words(lang: str) -> frozenset[str]:
    from importlib import import_module

    path = import_module(f"propos.language.{lang}").DATA_DIR / "eval_issue_function_words.json"
    return frozenset(_fold(w) for w in json.loads(path.read_text(encoding="utf-8"))["words"])


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def issue_keys(issue: str, lang: str = "fr") -> set[str]:
    """The issue's content words as METRICS.md compares them (first 6 letters of words of 5+ letters)."""
    skip = _function_words(lang)
    return {w[:6] for w in map(_fold, _WORD.findall(issue)) if len(w) >= 5 and w not in skip}


def accepted_names(holder: str, entities: list[dict]) -> list[str]:
    for entity in entities:
        names = [entity["name"], *entity.get("aliases", [])]
        if holder in names:
            return names
    return [holder]


def position_matches(predicted: dict, gold: dict, entities: list[dict], lang: str = "fr") -> bool:
    return (predicted.get("stance") == gold.get("stance")
            and same_speaker(predicted.get("holder"), accepted_names(gold["holder"], entities))
            and bool(issue_keys(predicted.get("issue", ""), lang) & issue_keys(gold.get("issue", ""), lang)))


def score_positions(pairs, lang: str = "fr") -> dict:
    """P / R / F1 over (gold article, predicted positions) pairs; predicted: [{holder, issue, stance}]."""
    n_pred = n_gold = pred_ok = gold_found = 0
    for gold, predicted in pairs:
        positions, entities = gold.get("positions", []), gold.get("entities", [])
        n_pred += len(predicted)
        n_gold += len(positions)
        pred_ok += sum(any(position_matches(p, g, entities, lang) for g in positions) for p in predicted)
        gold_found += sum(any(position_matches(p, g, entities, lang) for p in predicted) for g in positions)
    p = pred_ok / n_pred if n_pred else 0.0
    r = gold_found / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4), "pred": n_pred, "gold": n_gold,
            "pred_matched": pred_ok, "gold_found": gold_found}


def predicted_positions(document: dict) -> list[dict]:
    """An analysis document's stances as positions (support / oppose only: neutral is no position)."""
    return [{"holder": s.get("holder_name"), "issue": s.get("issue", ""), "stance": s.get("stance")}
            for s in document.get("stances", []) if s.get("stance") in ("support", "oppose")]


def score_stances(gold_path, pred_path=None, analyzer=None, *, details: bool = False, lang: str = "fr",
                  predictions: dict[str, dict] | None = None) -> dict:
    """Score propos' stances (or a predictions file, or analysis documents already made) against a gold
    file's positions."""
    from propos.evaluation.quotes import predictions_for, read_jsonl

    gold = [a for a in read_jsonl(gold_path)]
    if predictions is None:
        predictions = predictions_for(gold, pred_path, analyzer)
    pairs = [(a, predicted_positions(predictions.get(a["id"], {}))) for a in gold]
    result = {"articles": len(gold), **score_positions(pairs, lang)}
    if details:
        result["pairs"] = [
            {"article": a["id"],
             "gold": [f"{g['holder']} | {g['issue']} | {g['stance']}" for g in a.get("positions", [])],
             "predicted": [f"{p['holder']} | {p['issue']} | {p['stance']}"
                           + (" ✓" if any(position_matches(p, g, a.get("entities", []), lang)
                                          for g in a.get("positions", [])) else "") for p in predicted]}
            for a, predicted in pairs if a.get("positions") or predicted]
    return result


def format_table(result: dict) -> str:
    """The scores as `propos eval quotes` and `propos eval timex` print theirs."""
    return "\n".join([
        f"{result['articles']} articles, {result['gold']} gold positions, {result['pred']} predicted",
        f"{'':10}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'positions':10}{result['p']:>8.3f}{result['r']:>8.3f}{result['f1']:>8.3f}",
        f"matched: {result['pred_matched']} predicted, {result['gold_found']} gold"])
