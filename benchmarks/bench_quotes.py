"""Quotation quality and speed (issue 3).

    .venv/bin/python benchmarks/bench_quotes.py

Quality: `propos eval quotes` on the development gold (../shared/gold/quotes-fr-dev.jsonl).
Speed: words per second of `propos_quotes` alone, after every step before it (spaCy, actors, time), on the
French news pool (../shared/corpus/news-fr-pool.jsonl), next to the speed of those steps.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))


def main() -> None:
    import propos
    from propos.evaluation.quotes import format_table, score_quotes

    gold = SHARED / "gold" / "quotes-fr-dev.jsonl"
    if gold.exists():
        print(format_table(score_quotes(gold)))
    pool = SHARED / "corpus" / "news-fr-pool.jsonl"
    if not pool.exists():
        return
    rows = [json.loads(line) for line in pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = propos.load("fr")
    words = sum(len(r["text"].split()) for r in rows)
    docs, started = [], time.perf_counter()
    for row in rows:
        doc = nlp.make_doc(row["text"])
        doc._.pub_date = row.get("date")
        for name, step in nlp.pipeline:
            if name == "propos_quotes":
                break
            doc = step(doc)
        docs.append(doc)
    before = time.perf_counter()
    extractor = nlp.get_pipe("propos_quotes")
    found = sum(len(extractor(doc)._.quotes) for doc in docs)
    done = time.perf_counter()
    print(f"{len(rows)} articles, {words} words, {found} quotations")
    print(f"steps before quotes: {words / (before - started):,.0f} words/s; "
          f"propos_quotes alone: {words / (done - before):,.0f} words/s")


if __name__ == "__main__":
    main()
