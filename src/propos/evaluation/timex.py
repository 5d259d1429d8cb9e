"""Score time expressions against ISO-TimeML files (French TimeBank layout), as ../shared/eval/METRICS.md
defines it.

Text = the content of `<TEXT>` with the tags removed and the XML entities decoded; offsets point into it;
the reference date is the document's DCT. Predicted and gold expressions are paired greedily one to one
(exact spans first, then the largest overlap):

- strict: same start and end; relaxed: overlapping; value: overlapping with the same normalised value;
- P = hits / predicted, R = hits / gold, F1 their harmonic mean (micro-averaged over all files);
- type accuracy: over relaxed pairs, the share with the same type (DATE, TIME, DURATION, SET).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from propos.errors import Errors, ProposError


@dataclass(frozen=True)
class TimexItem:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeMLDocument:
    id: str
    text: str
    dct: str | None
    timexes: list[TimexItem]


def read_timeml(path: Path) -> TimeMLDocument:
    """The `<TEXT>` of a TimeML file as plain text, its TIMEX3 spans in it, and the DCT value."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ProposError(Errors.E013.format(path=path, detail=exc), source=str(path)) from None
    dct_node = root.find("DCT/TIMEX3")
    dct = dct_node.get("value") if dct_node is not None else None
    text_node = root.find("TEXT")
    parts: list[str] = []
    timexes: list[TimexItem] = []

    def walk(node: ET.Element) -> None:
        parts.append(node.text or "")
        for child in node:
            start = sum(map(len, parts))
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(map(len, parts))
                timexes.append(TimexItem(start, end, child.get("type", ""), child.get("value", "")))
            parts.append(child.tail or "")

    if text_node is not None:
        walk(text_node)
    doc_id = root.findtext("DOCID") or path.stem
    return TimeMLDocument(doc_id.strip(), "".join(parts), dct[:10] if dct else None, timexes)


def read_timex_jsonl(path: Path) -> list[TimeMLDocument]:
    """A time gold file of the project's own (gold/fr/timex-news-*.jsonl): one article a line with its
    publication date and `timexes` [{span: [start, end], type, value}]."""
    import json

    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            items = [TimexItem(t["span"][0], t["span"][1], t["type"], t["value"]) for t in data["timexes"]]
            documents.append(TimeMLDocument(data["id"], data["text"], data.get("date"), items))
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise ProposError(Errors.E013.format(path=path, detail=f"line {number}: {exc!r}"), source=str(path)) from None
    return documents


def read_gold(path: str | Path) -> list[TimeMLDocument]:
    """A folder of ISO-TimeML `.tml` files, or a JSONL file of the project's own."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.tml"))
        if not files:
            raise ProposError(Errors.E013.format(path=path, detail="no .tml file in it"), source=str(path))
        return [read_timeml(f) for f in files]
    if not path.is_file():
        raise ProposError(Errors.E013.format(path=path, detail="no such file or folder"), source=str(path))
    return read_timex_jsonl(path)


def _overlap(a: TimexItem, b: TimexItem) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair(gold: list[TimexItem], predicted: list[TimexItem]) -> list[tuple[TimexItem, TimexItem]]:
    """Greedy one-to-one pairing of overlapping expressions: exact spans first, then larger overlaps."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = _overlap(g, p)
            if overlap:
                exact = (g.start, g.end) == (p.start, p.end)
                candidates.append((not exact, -overlap, gi, pi))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def prf(hits_p: int, hits_r: int, n_pred: int, n_gold: int) -> dict:
    precision = hits_p / n_pred if n_pred else 0.0
    recall = hits_r / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def predict(document: TimeMLDocument, nlp) -> list[TimexItem]:
    doc = nlp.make_doc(document.text)
    doc._.pub_date = document.dct
    doc = nlp(doc)
    return [TimexItem(t.span.start, t.span.end, t.type, t.value) for t in doc._.timexes]


def timex_pipeline(lang: str = "fr"):
    """Only what the time tagger needs: the spaCy model (tense, parse) and `propos_timex`."""
    from propos.language.pipeline import build

    return build(lang, components=("propos_timex",))


def score_timex(gold: str | Path, analyzer=None, *, details: bool = False, tagger=None) -> dict:
    """Score propos on a gold folder of `.tml` files or a time gold JSONL file; `analyzer` (an Analyzer)
    lends its pipeline, otherwise a time-only pipeline is built. `tagger` (document → expressions) scores
    another tagger in propos' place, as benchmarks/timex_dateparser.py does."""
    documents = read_gold(gold)
    if tagger is None:
        nlp = analyzer.nlp if analyzer is not None else timex_pipeline()
        tagger = lambda document: predict(document, nlp)  # noqa: E731
    counts = {"gold": 0, "pred": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    errors = []
    for document in documents:
        predicted = tagger(document)
        pairs = pair(document.timexes, predicted)
        counts["gold"] += len(document.timexes)
        counts["pred"] += len(predicted)
        counts["strict"] += len({(g.start, g.end) for g in document.timexes} & {(p.start, p.end) for p in predicted})
        counts["relaxed"] += len(pairs)
        counts["value"] += sum(g.value == p.value for g, p in pairs)
        counts["type"] += sum(g.type == p.type for g, p in pairs)
        if details:
            errors.extend(_differences(document, predicted, pairs))
    result = {
        "documents": len(documents),
        "gold": counts["gold"],
        "predicted": counts["pred"],
        "strict": prf(counts["strict"], counts["strict"], counts["pred"], counts["gold"]),
        "relaxed": prf(counts["relaxed"], counts["relaxed"], counts["pred"], counts["gold"]),
        "value": prf(counts["value"], counts["value"], counts["pred"], counts["gold"]),
        "type_accuracy": round(counts["type"] / counts["relaxed"], 4) if counts["relaxed"] else 0.0,
    }
    if details:
        result["differences"] = errors
    return result


def _differences(document: TimeMLDocument, predicted: list[TimexItem], pairs) -> list[dict]:
    """Every miss, false alarm and wrong value of one document, for error analysis."""
    text = document.text
    paired_gold = {id(g) for g, _ in pairs}
    paired_pred = {id(p) for _, p in pairs}
    out = []
    for g in document.timexes:
        if id(g) not in paired_gold:
            out.append({"doc": document.id, "kind": "missed", "gold": text[g.start:g.end], "gold_value": g.value})
    for p in predicted:
        if id(p) not in paired_pred:
            out.append({"doc": document.id, "kind": "spurious", "pred": text[p.start:p.end], "pred_value": p.value})
    for g, p in pairs:
        if g.value != p.value or (g.start, g.end) != (p.start, p.end):
            out.append({"doc": document.id, "kind": "value" if g.value != p.value else "span",
                        "gold": text[g.start:g.end], "gold_value": g.value,
                        "pred": text[p.start:p.end], "pred_value": p.value, "dct": document.dct})
    return out


def format_table(result: dict) -> str:
    lines = [f"{result['documents']} documents, {result['gold']} gold, {result['predicted']} predicted",
             f"{'':10}{'P':>8}{'R':>8}{'F1':>8}"]
    for mode in ("strict", "relaxed", "value"):
        scores = result[mode]
        lines.append(f"{mode:10}{scores['p']:>8.3f}{scores['r']:>8.3f}{scores['f1']:>8.3f}")
    lines.append(f"type accuracy {result['type_accuracy']:.3f}")
    return "\n".join(lines)
