"""Share of the analysis time spent tagging time expressions (issue 17: under 10 %).

    .venv/bin/python benchmarks/timex_share.py [--articles 300]          # one article at a time
    .venv/bin/python benchmarks/timex_share.py --articles 150 --pipe     # batched, as nlp.pipe runs it

Analyses the first N articles of ../shared/corpus/news-fr-more.jsonl and adds up the CPU time of each step:
CPU time, so that other processes on the machine do not count. Without `--pipe`, as `Analyzer.analyze_article`
does (each pipeline step on one document, then the analysis document); with `--pipe`, as
`Analyzer.analyze_batch` does: each step's own `pipe` over the batches of `--batch-size` documents, one step
after the other over all of them (the work `nlp.pipe` does, which interleaves the steps lazily and so cannot
time them apart), next to one plain `nlp.pipe` run over the same articles for the total. Prints each step's
share and that of `propos_timex`.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict

from component_speed import SHARED

CORPUS = SHARED / "corpus" / "news-fr-more.jsonl"


def _articles(n_articles: int):
    from propos.input.article import RawArticle

    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [RawArticle(id=row["id"], text=row["text"], title=row.get("title"), date=row.get("date"))
            for row in rows[:n_articles]]


def step_times(analyzer, articles) -> dict[str, float]:
    """Each step of `analyze_article`, one article at a time."""
    spent: dict[str, float] = defaultdict(float)
    for article in articles:
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
    return spent


def pipe_step_times(analyzer, articles, batch_size: int) -> tuple[dict[str, float], float]:
    """Each step of `analyze_batch` over all the articles, and the CPU time of one plain `nlp.pipe` run."""
    spent: dict[str, float] = defaultdict(float)
    started = time.process_time()
    prepared = [analyzer._prepare(article, None) for article in articles]
    spent["make_doc"] += time.process_time() - started
    docs = [doc for doc, _, _ in prepared]
    for name, step in analyzer.nlp.pipeline:
        started = time.process_time()
        docs = list(step.pipe(docs, batch_size=batch_size)) if hasattr(step, "pipe") else [step(d) for d in docs]
        spent[name] += time.process_time() - started
    started = time.process_time()
    for article, doc, (_, warnings, pub_date) in zip(articles, docs, prepared, strict=True):
        analyzer._document(article, doc, warnings, pub_date)
    spent["document"] += time.process_time() - started
    fresh = [analyzer._prepare(article, None)[0] for article in articles]
    started = time.process_time()
    for _ in analyzer.nlp.pipe(fresh, batch_size=batch_size):
        pass
    return spent, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--pipe", action="store_true", help="batched, as Analyzer.analyze_batch runs nlp.pipe")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    from propos.analysis import Analyzer

    analyzer = Analyzer("fr", force_lang=True)
    articles = _articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    step_times(analyzer, articles[:8])  # warm-up: lazy tables and caches load outside the measure
    if args.pipe:
        spent, whole = pipe_step_times(analyzer, articles, args.batch_size)
    else:
        spent, whole = step_times(analyzer, articles), None
    total = sum(spent.values())
    print(f"{len(articles)} articles, {words} words, {total:.1f} s CPU in all")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {seconds:7.2f} s  {seconds / total:6.1%}")
    if whole is not None:
        steps = sum(s for name, s in spent.items() if name not in ("make_doc", "document"))
        print(f"one plain nlp.pipe run (batch size {args.batch_size}): {whole:.1f} s CPU; the steps timed apart: "
              f"{steps:.1f} s")
    print(f"propos_timex share of the analysis: {spent['propos_timex'] / total:.1%}")


if __name__ == "__main__":
    main()
