"""Real French news, cut and damaged in the ways crawled text is: no internal error, every span round-trips."""

from __future__ import annotations

import json
import random

from conftest import iter_spans, require_shared
from propos.input.article import RawArticle


def _damaged(text: str, rng: random.Random) -> str:
    """Truncate mid-sentence, drop a closing mark, add a stray opening mark and odd spacing."""
    cut = text[: rng.randint(len(text) // 2, len(text))]
    cut = cut.replace("»", "", 1)
    at = rng.randint(0, len(cut))
    return cut[:at] + " « \u00a0\u2019" + cut[at:] + "\r\n\u201c"


def _check(analyzer, articles):
    outcomes = analyzer.analyze_batch(articles)
    for article, outcome in zip(articles, outcomes, strict=True):
        assert outcome.ok, f"{article.id}: {outcome.error}"
        data = json.loads(outcome.document.model_dump_json())
        for span in iter_spans({k: v for k, v in data.items() if k != "text"}):
            assert article.text[span["start"] : span["end"]] == span["text"], (article.id, span)


def test_every_pool_article_and_a_damaged_copy_of_it(analyzer):
    path = require_shared("corpus/news-fr-pool.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    articles = [RawArticle(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    articles += [RawArticle(id=f"{r['id']}-damaged", text=_damaged(r["text"], rng), date=r.get("date"))
                 for r in rows[::4]]
    _check(analyzer, articles)
