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


def test_the_audit_s_nasty_inputs_get_coded_errors_and_the_rest_is_analysed(analyzer, tmp_path):
    """The inputs that stopped a run before (issue 14): each is a coded error for itself alone."""
    from propos.input.readers import ReadFailure, read_sources

    good = "Le maire a déclaré mardi que la ville rénoverait ses écoles avant la rentrée de septembre."
    rows = [{"id": "bon", "text": good}, {"id": "port", "text": good, "url": "http://x.fr:99999/"},
            {"id": "ipv6", "text": good, "url": "http://[::1/a"}, {"id": "nombre", "text": good, "url": 7},
            {"id": "surrogate", "text": "Le maire \ud800 a parlé."}, {"id": "titre", "text": good, "title": ["x"]},
            {"id": "date", "text": good, "date": 20240607}, {"id": "sep", "text": good + " \u2028 fin."}]
    path = tmp_path / "nasty.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(("Titre\n\n" + good).encode("utf-16"))
    items = list(read_sources([path, tmp_path / "utf16.txt"]))
    codes = [i.error.code if isinstance(i, ReadFailure) else "ok" for i in items]
    assert codes == ["ok", "E017", "E017", "E008", "E016", "E008", "E008", "ok", "ok"]
    _check(analyzer, [i for i in items if not isinstance(i, ReadFailure)])
