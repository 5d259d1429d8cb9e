"""Time-expression quality and speed (issue 4).

    .venv/bin/python benchmarks/bench_timex.py

Quality: `propos eval timex` on the French TimeBank development half (../shared/gold/timebank-fr-dev).
Speed: words per second of `propos_timex` alone, after the spaCy steps it reads (tagger, parser), on the
French news pool (../shared/corpus/news-fr-pool.jsonl), next to the speed of those spaCy steps.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))


def main() -> None:
    from propos.evaluation.timex import format_table, score_timex, timex_pipeline

    gold = SHARED / "gold" / "timebank-fr-dev"
    if gold.exists():
        print(format_table(score_timex(gold)))
    pool = SHARED / "corpus" / "news-fr-pool.jsonl"
    if not pool.exists():
        return
    rows = [json.loads(line) for line in pool.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = timex_pipeline()
    words = sum(len(r["text"].split()) for r in rows)
    docs, started = [], time.perf_counter()
    for row in rows:
        doc = nlp.make_doc(row["text"])
        doc._.pub_date = row.get("date")
        for name, step in nlp.pipeline:
            if name != "propos_timex":
                doc = step(doc)
        docs.append(doc)
    parsed = time.perf_counter()
    tagger = nlp.get_pipe("propos_timex")
    found = sum(len(tagger(doc)._.timexes) for doc in docs)
    done = time.perf_counter()
    print(f"{len(rows)} articles, {words} words, {found} time expressions")
    print(f"spaCy steps: {words / (parsed - started):,.0f} words/s; propos_timex alone: {words / (done - parsed):,.0f} words/s")


if __name__ == "__main__":
    main()
