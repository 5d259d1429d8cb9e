"""Score quotations and speakers against a gold file, exactly as ../shared/eval/METRICS.md defines it.

Gold: one article per JSON line (GOLD_FORMAT.md). Predictions: one analysis document per JSON line (the
output of `propos analyze --format jsonl`), matched to gold articles by `id`; without predictions propos
itself is run on the gold texts with each article's date.

Matching is greedy and one-to-one, best score first, in three modes: `@0.3` and `@0.8` (the prediction
covers more than that share of the gold content), `@iou0.5` (intersection over union at least 0.5).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MODES = ("@0.3", "@0.8", "@iou0.5")
TYPES = ("direct", "indirect", "mixed", "free_indirect", "reported")

# Words that name a function or a civility rather than the person: dropped before names are compared.
_TITLE_WORDS = {"m", "mme", "mlle", "dr", "me", "mgr", "pr", "monsieur", "madame", "mademoiselle", "le", "la",
                "les", "l", "un", "une", "des", "d", "de", "du"}


@dataclass(frozen=True)
class Item:
    """One quotation, gold or predicted, reduced to what the scorer needs."""

    start: int
    end: int
    type: str = "direct"
    speaker: tuple[int, int] | None = None
    names: tuple[str, ...] = ()  # acceptable canonical names (gold) or the predicted one
    optional: bool = False
    confidence: float = 1.0


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for ch in "'.,;:()«»\"-":
        text = text.replace(ch, " ")
    words = [w for w in text.split() if w not in _TITLE_WORDS]
    return " ".join(words)


def same_speaker(predicted: str | None, accepted: Iterable[str]) -> bool:
    """Exact name, a listed alias or the same surname, without case, accents or titles."""
    accepted = [a for a in accepted if a]
    if not accepted:
        return not predicted
    if not predicted:
        return False
    pred = _fold(predicted)
    if not pred:
        return False
    for name in accepted:
        gold = _fold(name)
        if not gold:
            continue
        if pred == gold or pred.split()[-1] == gold.split()[-1]:
            return True
    return False


def _span(value) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return int(value["start"]), int(value["end"])
    return int(value[0]), int(value[1])


def gold_items(article: dict) -> list[Item]:
    aliases = {e["name"]: [e["name"], *e.get("aliases", [])] for e in article.get("entities", [])}
    items = []
    for q in article.get("quotes", []):
        names: list[str] = []
        for key in ("speaker_name", "alt_speaker_name"):
            if q.get(key):
                names.extend(aliases.get(q[key], [q[key]]))
        start, end = _span(q["content"])
        items.append(Item(start, end, q.get("type", "direct"), _span(q.get("speaker")), tuple(names),
                          bool(q.get("optional"))))
    return items


def predicted_items(document: dict) -> list[Item]:
    items = []
    for q in document.get("quotes", []):
        start, end = _span(q["content"])
        name = q.get("speaker_name")
        items.append(Item(start, end, q.get("type", "direct"), _span(q.get("speaker")), (name,) if name else (),
                          confidence=float(q.get("confidence", 1.0))))
    return items


def _score(mode: str, gold: Item, pred: Item) -> float | None:
    """The pair's matching score in a mode, or None when the pair does not match."""
    overlap = min(gold.end, pred.end) - max(gold.start, pred.start)
    if overlap <= 0 or gold.end <= gold.start:
        return None
    if mode == "@iou0.5":
        iou = overlap / (max(gold.end, pred.end) - min(gold.start, pred.start))
        return iou if iou >= 0.5 else None
    cover = overlap / (gold.end - gold.start)
    return cover if cover > float(mode[1:]) else None


def match(mode: str, gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first; a required gold wins a tie over an optional one."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = _score(mode, g, p)
            if score is not None:
                candidates.append((-score, g.optional, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _neg, _opt, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two speaker mentions are the same: both absent, or overlapping."""
    if a is None or b is None:
        return a is None and b is None
    return min(a[1], b[1]) > max(a[0], b[0])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def score_articles(pairs: Iterable[tuple[list[Item], list[Item]]], confident: float | None = None) -> dict:
    """Scores over (gold items, predicted items) per article, for every mode. With `confident` (a confidence
    threshold), also how many of the quotations with a gold speaker are named at or above it, and how often
    rightly."""
    pairs = list(pairs)
    result: dict = {"articles": len(pairs)}
    for mode in MODES:
        tp = n_pred = n_gold = e2e = 0
        mention_ok = mention_n = resolved_ok = resolved_n = sure_n = sure_ok = 0
        by_type = {t: [0, 0] for t in TYPES}
        quiet = quiet_clean = quiet_false = 0  # articles with no required quotation: kept clean, false quotations
        for gold, pred in pairs:
            matched = match(mode, gold, pred)
            on_optional = {pi for gi, pi in matched if gold[gi].optional}
            n_pred += len(pred) - len(on_optional)
            required = [g for g in gold if not g.optional]
            n_gold += len(required)
            if not required:
                quiet += 1
                quiet_false += len(pred) - len(on_optional)
                quiet_clean += len(pred) == len(on_optional)
            for g in required:
                by_type.setdefault(g.type, [0, 0])[1] += 1
            for gi, pi in matched:
                g, p = gold[gi], pred[pi]
                if g.optional:
                    continue
                tp += 1
                by_type[g.type][0] += 1
                mention_n += 1
                mention_ok += overlaps(g.speaker, p.speaker)
                right = same_speaker(p.names[0] if p.names else None, g.names)
                if g.names:
                    resolved_n += 1
                    resolved_ok += right
                    if confident is not None and p.names and p.confidence >= confident:
                        sure_n += 1
                        sure_ok += right
                e2e += right
        result[mode] = {
            "quotes": _prf(tp, n_pred, n_gold),
            "speaker_mention_acc": round(mention_ok / mention_n, 4) if mention_n else 0.0,
            "speaker_resolved_acc": round(resolved_ok / resolved_n, 4) if resolved_n else 0.0,
            "end_to_end": _prf(e2e, n_pred, n_gold),
            "recall_by_type": {t: {"found": f, "gold": n} for t, (f, n) in by_type.items() if n},
            # where there is no reported speech every quotation found is false: how many such articles stay clean,
            # and what share of all false quotations they hold
            "without_speech": {"articles": quiet, "clean": quiet_clean,
                               "clean_share": round(quiet_clean / quiet, 4) if quiet else 0.0,
                               "false_quotations": quiet_false, "false_quotations_all": n_pred - tp},
        }
        if confident is not None:
            result[mode]["confident"] = {"threshold": confident,
                                         "named": round(sure_n / resolved_n, 4) if resolved_n else 0.0,
                                         "precision": round(sure_ok / sure_n, 4) if sure_n else 0.0}
    return result


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(gold: list[dict], analyzer=None) -> dict[str, dict]:
    """Run propos on the gold texts (with each article's date); analysis documents by article id."""
    from propos.analysis import Analyzer
    from propos.input.article import RawArticle, title_from_text

    analyzer = analyzer or Analyzer("fr", force_lang=True)
    out = {}
    for article in gold:
        text = article["text"]
        found = title_from_text(text)
        raw = RawArticle(id=article["id"], text=text, title=found[0] if found else None,
                         title_span=found[1] if found else None)
        out[article["id"]] = analyzer.analyze_article(raw, date=article.get("date")).model_dump(mode="json")
    return out


def predictions_for(gold: list[dict], pred_path: str | Path | None = None, analyzer=None) -> dict[str, dict]:
    """Analysis documents by article id: read from a predictions file, or propos run now."""
    if pred_path is not None:
        return {d.get("id"): d for d in read_jsonl(pred_path)}
    return predict(gold, analyzer)


def score_quotes(gold_path: str | Path, pred_path: str | Path | None = None, analyzer=None,
                 predictions: dict[str, dict] | None = None) -> dict:
    """Score predictions (a JSONL file, analysis documents already made, or propos run now) against a gold
    JSONL file."""
    gold = read_jsonl(gold_path)
    if predictions is None:
        predictions = predictions_for(gold, pred_path, analyzer)
    pairs = [(gold_items(a), predicted_items(predictions.get(a["id"], {}))) for a in gold]
    return score_articles(pairs, _confident_threshold())


def _confident_threshold() -> float | None:
    """The shipped calibration's threshold (None when propos has none)."""
    from propos.extraction.quotes.confidence import shipped_confidence

    model = shipped_confidence()
    return model.threshold if model is not None else None


def format_table(result: dict) -> str:
    """The scores as a plain text table (one row per mode), then recall by type."""
    head = f"{'mode':<8} {'P':>6} {'R':>6} {'F1':>6} {'mention':>8} {'resolved':>9} {'e2e P':>6} {'e2e R':>6} {'e2e F1':>7}"
    lines = [f"quotations over {result['articles']} articles", head, "-" * len(head)]
    for mode in MODES:
        m = result[mode]
        q, e = m["quotes"], m["end_to_end"]
        lines.append(f"{mode:<8} {q['p']:>6.3f} {q['r']:>6.3f} {q['f1']:>6.3f} {m['speaker_mention_acc']:>8.3f} "
                     f"{m['speaker_resolved_acc']:>9.3f} {e['p']:>6.3f} {e['r']:>6.3f} {e['f1']:>7.3f}")
    sure = result["@0.3"].get("confident")
    if sure is not None:
        lines.append(f"@0.3 speakers named with confidence >= {sure['threshold']}: {sure['named']:.3f} of the quotations "
                     f"with a gold speaker, right {sure['precision']:.3f}")
    quiet = result["@0.3"]["without_speech"]
    lines.append(f"@0.3 articles without reported speech: {quiet['clean']}/{quiet['articles']} with no quotation found, "
                 f"{quiet['false_quotations']} of the {quiet['false_quotations_all']} false quotations stand there")
    lines.append("")
    for mode in MODES:
        types = ", ".join(f"{t} {v['found']}/{v['gold']}" for t, v in result[mode]["recall_by_type"].items())
        lines.append(f"recall by type {mode}: {types}")
    return "\n".join(lines)
