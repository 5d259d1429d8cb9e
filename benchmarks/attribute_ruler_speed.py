"""CPU time of spaCy's attribute ruler against propos' PosTagRuler (the same rules) on the throughput corpus.

    .venv/bin/python benchmarks/attribute_ruler_speed.py

Parses the run.py throughput corpus (--chars 300000: 143 pool articles) up to the ruler, then applies each ruler to
fresh copies, alternating, five times, and prints each one's median. Stop 49: 0.263 s against 0.064 s.
"""

from __future__ import annotations

import statistics
import time

import spacy
from run import corpus

from propos.language.attribute_rules import PosTagRuler


def main() -> None:
    nlp = spacy.load("fr_core_news_md")
    plain = nlp.get_pipe("attribute_ruler")
    fast = PosTagRuler(nlp.vocab, "attribute_ruler")
    fast.add_patterns(plain.patterns)
    texts = [a["text"] for a in corpus(300_000)]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts, batch_size=32))
    spent: dict[str, list[float]] = {"spaCy AttributeRuler": [], "PosTagRuler": []}
    for _ in range(5):
        for name, ruler in (("spaCy AttributeRuler", plain), ("PosTagRuler", fast)):
            copies = [d.copy() for d in docs]
            started = time.process_time()
            for doc in copies:
                ruler(doc)
            spent[name].append(time.process_time() - started)
    for name, values in spent.items():
        print(f"{name}: median {statistics.median(values):.3f} s ({' '.join(f'{v:.3f}' for v in values)})")


if __name__ == "__main__":
    main()
