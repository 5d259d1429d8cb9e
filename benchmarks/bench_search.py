"""Search latency (p50/p95) on SQLite at 1 M stored quotations, and ingest rate.

    .venv/bin/python benchmarks/bench_search.py                 # 1,000,000 synthetic quotations
    .venv/bin/python benchmarks/bench_search.py --quotes 100000 --db /tmp/bench.sqlite

The quotations are synthetic (Zipf-distributed French words, 5,000 speakers, 2015-2024) and loaded with bulk
inserts through the real schema (migrations, FTS5 triggers); the query mix is what the web page and API send:
words alone, words with a speaker, words with a date range, a speaker alone. Each search returns the first
page (20) and the total, as `GET /api/search` does. Ingest rate: `Store.save` of whole analysis documents.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sqlalchemy import insert  # noqa: E402

from propos.store import QuoteFilter, Store, tables  # noqa: E402

WORDS = ("gouvernement réforme budget entraîneurs ministre président guerre paix accord élection sanctions "
         "troupes soutien opposition retraites impôts hausse baisse économie emploi chômage santé hôpital école "
         "enseignants police justice loi décret sénat assemblée député maire région europe otan ukraine russie "
         "chine états-unis afrique climat énergie nucléaire électricité prix inflation salaire grève syndicat "
         "agriculteurs pêche forêt eau sécheresse inondation incendie sécurité frontière migrants asile "
         "négociation dialogue crise urgence solution avenir jeunesse culture sport football jeux olympiques").split()
FILLER = "le la les de des du un une et à en pour que qui ne pas nous vous il elle est sont sera doit faut plus".split()
ARTICLES_PER_BATCH, QUOTES_PER_ARTICLE = 2_000, 10


def sentence(rng: random.Random) -> str:
    n = rng.randint(8, 30)
    return " ".join(rng.choice(FILLER) if rng.random() < 0.5 else WORDS[min(int(rng.paretovariate(1.0)) - 1,
                                                                             len(WORDS) - 1)] for _ in range(n))


def load(store: Store, quotes: int, rng: random.Random) -> float:
    started = time.perf_counter()
    articles = quotes // QUOTES_PER_ARTICLE
    now = __import__("datetime").datetime.now(__import__("datetime").UTC)
    done = 0
    while done < articles:
        batch = min(ARTICLES_PER_BATCH, articles - done)
        with store.engine.begin() as conn:
            rows = []
            for i in range(done, done + batch):
                date = f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                rows.append(dict(id=f"a{i}", language="fr", date=date, title=f"Article {i}", url=f"https://ex.fr/{i}",
                                 url_key=f"https://ex.fr/{i}", source=f"source{i % 20}", text="…", warnings=[],
                                 pipeline_version="bench", schema_version="1.0", content_hash=f"h{i}",
                                 ingested_at=now, analyzed_at=now))
            pks = conn.execute(insert(tables.articles).returning(tables.articles.c.pk, tables.articles.c.date),
                               rows).all()
            qrows = []
            for pk, date in pks:
                for j in range(QUOTES_PER_ARTICLE):
                    text = sentence(rng)
                    speaker = rng.randrange(5_000)
                    qrows.append(dict(article_pk=pk, id=f"q{j}", type="direct", content_start=0, content_end=len(text),
                                      content_text=text, speaker_name=f"Personne {speaker}",
                                      speaker_id=f"per:{speaker}", confidence=1.0, headline=False, floating=False,
                                      article_date=date))
            conn.execute(insert(tables.quotes), qrows)
        done += batch
        print(f"\r  loaded {done * QUOTES_PER_ARTICLE:,} quotations", end="", file=sys.stderr)
    print(file=sys.stderr)
    return time.perf_counter() - started


def queries(rng: random.Random, n: int) -> list[QuoteFilter]:
    out = []
    for i in range(n):
        word = WORDS[min(int(rng.paretovariate(0.8)) - 1, len(WORDS) - 1)]
        kind = i % 4
        if kind == 0:
            out.append(QuoteFilter(query=word))
        elif kind == 1:
            out.append(QuoteFilter(query=f"{word} {rng.choice(WORDS)}", speaker=f"per:{rng.randrange(5_000)}"))
        elif kind == 2:
            year = rng.randint(2015, 2024)
            out.append(QuoteFilter(query=word, date_from=f"{year}-05-01", date_to=f"{year}-12-31"))
        else:
            out.append(QuoteFilter(speaker=f"per:{rng.randrange(5_000)}"))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def ingest_rate(n: int = 300) -> float:
    from storedocs import minister_article

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "ingest.sqlite")
        base = minister_article()
        docs = [base.model_copy(update={"id": f"d{i}", "url": f"https://ex.fr/{i}", "text": base.text + f" ({i})"})
                for i in range(n)]
        started = time.perf_counter()
        store.save_all(docs)
        elapsed = time.perf_counter() - started
        store.close()
    return n / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--db", type=Path, help="reuse this SQLite file (loaded when empty)")
    args = parser.parse_args()
    rng = random.Random(6)
    folder = tempfile.TemporaryDirectory()
    store = Store.open(args.db or Path(folder.name) / "bench.sqlite")
    existing = store.stats().quotes
    if existing < args.quotes:
        seconds = load(store, args.quotes - existing, rng)
        print(f"bulk load: {args.quotes - existing:,} quotations in {seconds:.1f} s "
              f"({(args.quotes - existing) / seconds:,.0f}/s, FTS5 index included)")
    total = store.stats().quotes
    timings = []
    for f in queries(rng, args.queries):
        started = time.perf_counter()
        store.search(f, limit=20)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"search over {total:,} quotations, {len(timings)} queries: p50 {percentile(timings, 50):.1f} ms, "
          f"p95 {percentile(timings, 95):.1f} ms, max {max(timings):.1f} ms  (target p95 < 50 ms)")
    print(f"ingest (Store.save of analysis documents, SQLite): {ingest_rate():.0f} articles/s")
    store.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
