"""Quotation quality and speed (issue 3).

    .venv/bin/python benchmarks/bench_quotes.py

Quality: `propos eval quotes` on the development gold (../shared/gold/quotes-fr-dev.jsonl).
Speed: words per second of `propos_quotes` alone, after every step before it (spaCy, actors, time), on the
French news pool (../shared/corpus/news-fr-pool.jsonl), next to the speed of those steps.
"""

from __future__ import annotations

from component_speed import SHARED, component_speed


def main() -> None:
    import propos
    from propos.evaluation.quotes import format_table, score_quotes

    gold = SHARED / "gold" / "quotes-fr-dev.jsonl"
    if gold.exists():
        print(format_table(score_quotes(gold)))
    report = component_speed(propos.load("fr"), "propos_quotes", lambda doc: len(doc._.quotes))
    if report:
        print(report)


if __name__ == "__main__":
    main()
