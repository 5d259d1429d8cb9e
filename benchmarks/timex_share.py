"""Share of the analysis time spent tagging time expressions (issue 17: under 10 %).

    .venv/bin/python benchmarks/timex_share.py [--articles 300]

Analyses the first N articles of ../shared/corpus/news-fr-more.jsonl one by one, as `Analyzer.analyze_article`
does (each pipeline step, then the analysis document), and adds up the CPU time of each step: CPU time, so that
other processes on the machine do not count. Prints each step's share and that of `propos_timex`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

from component_speed import SHARED

CORPUS = SHARED / "corpus" / "news-fr-more.jsonl"


def step_times(n_articles: int) -> tuple[dict[str, float], int, int]:
    from propos.analysis import Analyzer
    from propos.input.article import RawArticle

    analyzer = Analyzer("fr", force_lang=True)
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[:n_articles]
    spent: dict[str, float] = defaultdict(float)
    words = 0
    for row in rows:
        article = RawArticle(id=row["id"], text=row["text"], title=row.get("title"), date=row.get("date"))
        words += len(row["text"].split())
        started = time.process_time()
        doc, warnings, pub_date = analyzer._prepare(article, None)
        spent["make_doc"] += time.process_time() - started
        for name, step in analyzer.nlp.pipeline:
            started = time.process_time()
            doc = step(doc)
            spent[name] += time.process_time() - started
        started = time.process_time()
        analyzer._document(article, doc, warnings, pub_date)
        spent["document"] += time.process_time() - started
    return spent, len(rows), words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    step_times(8)  # warm-up: lazy tables and caches load outside the measure
    spent, n, words = step_times(args.articles)
    total = sum(spent.values())
    print(f"{n} articles, {words} words, {total:.1f} s CPU in all")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {seconds:7.2f} s  {seconds / total:6.1%}")
    print(f"propos_timex share of the analysis: {spent['propos_timex'] / total:.1%}")


if __name__ == "__main__":
    main()
