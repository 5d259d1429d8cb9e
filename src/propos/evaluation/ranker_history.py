"""How much the speaker ranker loses to the history of who spoke (issue 12), counts only, so that it can run on a
measure-only file.

The groups are those `propos train speakers` learns from (training.speakers.examples): each pronoun or floating
quotation of the gold file with the candidates the article's discourse model offers at that point. The shipped
ranker's top-1 is counted over the groups whose gold speaker is among the candidates, twice: with the gold
speakers as the history of who spoke before, and with the speakers the shipped pipeline itself attributes there,
errors included, as on unseen text; then both again over the groups of the quotations `propos eval quotes`
scores (`_scored`: the optional ones left out — on dev about half the floating groups and a quarter of the
pronoun ones —, though they stay in the gold history of who spoke).

    python -m propos.evaluation.ranker_history GOLD.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from propos.evaluation.quotes import read_jsonl


def history_counts(gold: list[dict], lang: str = "fr") -> dict[str, dict[str, dict[str, int]]]:
    """{"gold_history" | "own_history": {kind: {"groups", "resolvable", "top1"}}}, and the same over the scored
    quotations alone (not `optional`: a speech act without content, « X a salué … », is in the groups and the
    gold history but not in `propos eval quotes`) as "gold_history_scored" | "own_history_scored"."""
    from propos.extraction.quotes.discourse import fold
    from propos.extraction.quotes.lexicon import lexicon
    from propos.extraction.quotes.ranker import shipped_ranker
    from propos.training.speakers import attributed_history, examples, parsed, top_choice

    nlp, docs = parsed(gold, lang)
    pronouns = {fold(k): v for k, v in lexicon(lang).markers["pronouns"].items()}
    extractor, ranker = nlp.get_pipe("propos_quotes"), shipped_ranker()
    own = {}
    for article, data in zip(gold, docs, strict=True):
        doc = Doc(nlp.vocab).from_bytes(data)
        known = {a.id for a in doc._.actors}
        own[article["id"]] = attributed_history(extractor(doc), known)
    out = {}
    for label, histories in (("gold_history", None), ("own_history", own)):
        counts: dict[str, Counter] = {}
        scored: dict[str, Counter] = {}
        for group in examples(gold, nlp, docs, pronouns, histories):
            for table in (counts, scored) if not group["optional"] else (counts,):
                kind = table.setdefault(group["kind"], Counter())
                kind["groups"] += 1
                if group["resolvable"]:
                    kind["resolvable"] += 1
                    kind["top1"] += top_choice(ranker, group)[0]
        for name, table in ((label, counts), (f"{label}_scored", scored)):
            out[name] = {k: {n: c[n] for n in ("groups", "resolvable", "top1")} for k, c in sorted(table.items())}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(history_counts(read_jsonl(args.gold)), indent=1))


if __name__ == "__main__":
    main()
