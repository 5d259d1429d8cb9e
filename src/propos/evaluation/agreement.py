"""Agreement between two annotators of the same articles, with the project's own scorers.

The first reading is taken as gold and the second as a prediction, so the figures read like the system's:
quotation F1 @0.3 / @0.8 / @iou0.5, speaker-mention and resolved-speaker agreement over matched quotations,
end-to-end F1 (same quotation and same speaker) and positions F1 (METRICS.md matcher).
"""

from __future__ import annotations

from propos.evaluation.quotes import MODES, gold_items, predicted_items, score_articles
from propos.evaluation.stances import score_positions


def agreement(first: list[dict], second: list[dict]) -> dict:
    """Scores of `second` against `first` over the articles both annotated."""
    by_id = {line["id"]: line for line in second}
    shared = [line for line in first if line["id"] in by_id]
    quotes = score_articles((gold_items(a), _as_predictions(a, by_id[a["id"]])) for a in shared)
    positions = score_positions((a, by_id[a["id"]].get("positions", [])) for a in shared)
    return {"articles": len(shared), "quotes": quotes, "positions": positions}


def _as_predictions(first: dict, second: dict) -> list:
    """The second reading as predictions; its optional quotations count only where the first has a quotation
    (an optional quotation is neither a miss nor a false alarm, whoever marked it)."""
    spans = [tuple(q["content"]) for q in first.get("quotes", [])]
    kept = [q for q in second.get("quotes", [])
            if not q.get("optional") or any(s < q["content"][1] and q["content"][0] < e for s, e in spans)]
    return predicted_items({"quotes": kept})


def format_agreement(result: dict) -> str:
    lines = [f"agreement over {result['articles']} doubly annotated articles (first reading as reference)"]
    for mode in MODES:
        m = result["quotes"][mode]
        lines.append(f"{mode:<8} quotes F1 {m['quotes']['f1']:.3f}  mention {m['speaker_mention_acc']:.3f}  "
                     f"resolved {m['speaker_resolved_acc']:.3f}  end-to-end F1 {m['end_to_end']['f1']:.3f}")
    p = result["positions"]
    lines.append(f"positions F1 {p['f1']:.3f} (P {p['p']:.3f}, R {p['r']:.3f}; {p['gold']} vs {p['pred']})")
    return "\n".join(lines)
