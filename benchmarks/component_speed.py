"""Words per second of one propos component alone, next to the steps before it, on the shared news pool."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))
POOL = SHARED / "corpus" / "news-fr-pool.jsonl"


def component_speed(nlp, component: str, count) -> str | None:
    """Run every step before `component` on the pool, then `component` alone; `count(doc)` counts results."""
    if not POOL.exists():
        return None
    rows = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = sum(len(r["text"].split()) for r in rows)
    docs, started = [], time.perf_counter()
    for row in rows:
        doc = nlp.make_doc(row["text"])
        doc._.pub_date = row.get("date")
        for name, step in nlp.pipeline:
            if name == component:
                break
            doc = step(doc)
        docs.append(doc)
    before = time.perf_counter()
    step = nlp.get_pipe(component)
    found = sum(count(step(doc)) for doc in docs)
    done = time.perf_counter()
    return (f"{len(rows)} articles, {words} words, {found} results of {component}\n"
            f"steps before it: {words / (before - started):,.0f} words/s; "
            f"{component} alone: {words / (done - before):,.0f} words/s")
