"""Time-expression quality and speed (issue 4).

    .venv/bin/python benchmarks/bench_timex.py

Quality: `propos eval timex` on the French TimeBank development half (../shared/gold/timebank-fr-dev).
Speed: words per second of `propos_timex` alone, after the spaCy steps it reads (tagger, parser), on the
French news pool (../shared/corpus/news-fr-pool.jsonl), next to the speed of those spaCy steps.
"""

from __future__ import annotations

from component_speed import SHARED, component_speed


def main() -> None:
    from propos.evaluation.timex import format_table, score_timex, timex_pipeline

    gold = SHARED / "gold" / "timebank-fr-dev"
    if gold.exists():
        print(format_table(score_timex(gold)))
    report = component_speed(timex_pipeline(), "propos_timex", lambda doc: len(doc._.timexes))
    if report:
        print(report)


if __name__ == "__main__":
    main()
