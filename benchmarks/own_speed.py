"""CPU time of propos' own steps on already-parsed documents (spaCy's share apart), median of repeats.

    .venv/bin/python benchmarks/own_speed.py [--articles 150] [--repeats 5]

Parses the first N articles of ../shared/corpus/news-fr-pool.jsonl once with the spaCy steps of the propos
pipeline (tokenizer, structure marks, tagger, parser, NER), then runs each extraction step over copies of those
documents, `--repeats` times, and prints each step's median CPU time. CPU time, so that other processes on a
shared machine count less; even so, two runs minutes apart differ by up to 10 %: to compare two versions of
the code, alternate them (a few repeats each, several times) rather than trust one run of each.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time

from component_speed import POOL


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    articles, own, docs, parsed = parsed_pool(args.articles)
    spent: dict[str, list[float]] = {name: [] for name, _ in own}
    for _ in range(args.repeats):
        copies = fresh_copies(docs)
        for name, step in own:
            started = time.process_time()
            copies = [step(d) for d in copies]
            spent[name].append(time.process_time() - started)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words; spaCy steps (one run, batches of 32): {parsed:.2f} s CPU")
    total = 0.0
    for name, values in spent.items():
        median = statistics.median(values)
        total += median
        print(f"  {name:<16} {median:6.3f} s  ({' '.join(f'{v:.2f}' for v in values)})")
    print(f"  {'propos own steps':<16} {total:6.3f} s, {total / parsed:.0%} of the spaCy steps")


def parsed_pool(n_articles: int):
    """The first pool articles parsed once by the spaCy steps of propos' pipeline, with propos' own steps apart:
    (articles, own steps as (name, step), parsed documents, CPU seconds the spaCy steps took)."""
    from propos.analysis import Analyzer
    from propos.input.article import RawArticle

    rows = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [RawArticle(id=r["id"], text=r["text"]) for r in rows[:n_articles]]
    analyzer = Analyzer("fr", force_lang=True)
    own = [(name, step) for name, step in analyzer.nlp.pipeline
           if name.startswith("propos_") and name != "propos_structure"]
    spacy_steps = [name for name in analyzer.nlp.pipe_names if name not in dict(own)]
    analyzer.analyze_batch(articles[:8])  # warm-up: lazy tables and models load outside the measure
    docs = [analyzer._prepare(a, "2025-01-01")[0] for a in articles]
    started = time.process_time()
    with analyzer.nlp.select_pipes(enable=spacy_steps):
        docs = list(analyzer.nlp.pipe(docs, batch_size=32))
    parsed = time.process_time() - started
    gc.collect()
    gc.freeze()  # as a batch worker does (scale/batch.py)
    return articles, own, docs, parsed


def fresh_copies(docs: list) -> list:
    """Copies of the parsed documents for one run of the own steps, each with its text as the tokenizer leaves it."""
    from propos.language.textprep import _DOC_TEXT, doc_text

    copies = [d.copy() for d in docs]
    for copy, doc in zip(copies, docs, strict=True):
        _DOC_TEXT[copy] = doc_text(doc)
    return copies


if __name__ == "__main__":
    main()
