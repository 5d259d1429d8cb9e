"""Quality of the two-pass (fast) pipeline against the default one, on the quotation gold set.

    python benchmarks/fast_quality.py [GOLD.jsonl]     # default: ../shared/gold/quotes-fr-dev.jsonl

Prints `propos eval quotes` tables for both pipelines and the share of sentences the fast one parsed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))


def main() -> None:
    from propos.analysis import Analyzer
    from propos.evaluation.quotes import format_table, read_jsonl, score_quotes
    from propos.language.pipeline import load
    from propos.language.selective_parse import USER_DATA_KEY

    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "gold" / "quotes-fr-dev.jsonl"
    default = Analyzer("fr", force_lang=True)
    fast = Analyzer("fr", force_lang=True)
    fast.nlp = load("fr", fast=True)
    parsed = total = 0
    for article in read_jsonl(gold):
        counts = fast.nlp(article["text"]).user_data.get(USER_DATA_KEY, (0, 0))
        parsed, total = parsed + counts[0], total + counts[1]
    for name, analyzer in (("default", default), ("fast", fast)):
        print(f"== {name} pipeline")
        print(format_table(score_quotes(gold, analyzer=analyzer)))
    print(f"\nfast pipeline parsed {parsed} of {total} sentences ({parsed / max(1, total):.0%})")


if __name__ == "__main__":
    main()
