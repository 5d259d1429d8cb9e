"""Where time expressions go wrong, by kind of error (counts only, so it can run on a measure-only file):
each gold expression missed (by its type), found with another extent (too long or too short on the left,
on the right), split over several predictions or merged with others into one; each prediction with no
gold expression under it (spurious, by its type); and, of the exact extents, how many have a wrong value.

    python -m propos.evaluation.timex_extents GOLD [GOLD ...]           # counts per file
    python -m propos.evaluation.timex_extents GOLD --examples           # tuning files only: the texts too
"""

from __future__ import annotations

import argparse
from collections import Counter

from propos.evaluation.timex import TimexItem, predict, read_gold, timex_pipeline


def _overlaps(a: TimexItem, b: TimexItem) -> bool:
    return min(a.end, b.end) > max(a.start, b.start)


def extent_kinds(gold: TimexItem, predicted: TimexItem) -> list[str]:
    """How a predicted extent differs from the gold one on each side (none when they are the same)."""
    kinds = []
    if predicted.start < gold.start:
        kinds.append("too long left")
    elif predicted.start > gold.start:
        kinds.append("too short left")
    if predicted.end > gold.end:
        kinds.append("too long right")
    elif predicted.end < gold.end:
        kinds.append("too short right")
    return kinds


def classify(gold: list[TimexItem], predicted: list[TimexItem]) -> list[tuple[str, TimexItem | None, TimexItem | None]]:
    """(kind, gold, predicted) for each error of one document."""
    out = []
    for g in gold:
        under = [p for p in predicted if _overlaps(g, p)]
        if not under:
            out.append((f"missed {g.type}", g, None))
        elif len(under) > 1:
            out.append(("split", g, None))
        elif sum(_overlaps(other, under[0]) for other in gold) > 1:
            out.append(("merged", g, under[0]))
        else:
            kinds = extent_kinds(g, under[0])
            out.extend((kind, g, under[0]) for kind in kinds)
            if not kinds and g.value != under[0].value:
                out.append(("exact extent, wrong value", g, under[0]))
    out.extend((f"spurious {p.type}", None, p) for p in predicted if not any(_overlaps(g, p) for g in gold))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="a time gold .jsonl file or a folder of .tml files")
    parser.add_argument("--examples", action="store_true", help="print each error's text (never on a dev file)")
    args = parser.parse_args()
    nlp = timex_pipeline()
    for path in args.gold:
        if args.examples and "dev" in path:
            raise SystemExit(f"{path}: measure-only, counts only")
        counts: Counter = Counter()
        gold_total = 0
        for document in read_gold(path):
            errors = classify(document.timexes, predict(document, nlp))
            gold_total += len(document.timexes)
            counts.update(kind for kind, _, _ in errors)
            if args.examples:
                text = document.text
                for kind, g, p in errors:
                    shown = [f"[{text[x.start:x.end]}] {x.value}" for x in (g, p) if x is not None]
                    around = next(x for x in (g, p) if x is not None)
                    context = text[max(0, around.start - 50):around.end + 50].replace("\n", " ")
                    print(f"{kind}\t{' → '.join(shown)}\t…{context}…")
        print(f"{path}: {gold_total} gold")
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:4d}  {kind}")


if __name__ == "__main__":
    main()
