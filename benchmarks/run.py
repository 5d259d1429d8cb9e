"""propos benchmarks (`make bench`): throughput against plain spaCy, batch scaling, near-duplicate detection.

    python benchmarks/run.py                      # everything, ~1 M characters of French news
    python benchmarks/run.py throughput --chars 300000
    python benchmarks/run.py scaling --articles 400
    python benchmarks/run.py dedup --docs 100000

Each figure is measured side by side in one run, on the same text, each variant in its own fresh process
(so peak memory is per variant). The corpus is ../shared/corpus/news-fr-pool.jsonl repeated to the wanted
size when present, generated French-like text otherwise. Results go to standard output and, as JSON, to
benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROPOS_SHARED", ROOT.parent / "shared"))
POOL = SHARED / "corpus" / "news-fr-pool.jsonl"
RESULTS = Path(__file__).with_name("results.json")
WARMUP_ARTICLES = 8


def corpus(min_chars: int) -> list[dict]:
    """Articles ({id, text, date}) totalling at least `min_chars` characters."""
    if POOL.exists():
        base = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        base = synthetic_articles(200, seed=1)
    out, total, rep = [], 0, 0
    while total < min_chars:
        for art in base:
            out.append({"id": f"{art['id']}#{rep}", "text": art["text"], "date": art.get("date")})
            total += len(art["text"])
            if total >= min_chars:
                break
        rep += 1
    return out


_WORDS = ("le la les un une des du de et à en pour sur dans par avec gouvernement ministre président ville "
          "projet loi réforme accord syndicat grève élection maire région député sénat budget hausse baisse "
          "prix salaires travail école hôpital police justice tribunal enquête incendie pluie route pont "
          "annonce déclare affirme estime juge refuse prévoit demande mardi mercredi jeudi semaine mois année").split()


def synthetic_articles(n: int, seed: int = 0, words: int = 160) -> list[dict]:
    rng = random.Random(seed)
    return [{"id": f"synth-{i}", "date": "2025-01-01",
             "text": " ".join(rng.choice(_WORDS) for _ in range(words)) + "."} for i in range(n)]


def peak_rss_mb() -> float:
    """This process's own peak: VmHWM belongs to its address space, while Linux carries ru_maxrss over from
    the parent (a worker spawned after the dedup run would report the dedup's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


# One variant may take this long (PROPOS_BENCH_LIMIT_S); past it the run stops and says which, rather than wait.
LIMIT_S = float(os.environ.get("PROPOS_BENCH_LIMIT_S", 1800))


def in_fresh_process(target, args: tuple, what: str, limit_s: float | None = None) -> dict:
    """Run target(*args, queue) in a spawned process and return what it puts on the queue; a process that
    dies, or runs past `limit_s`, must not hang the run."""
    limit_s = LIMIT_S if limit_s is None else limit_s
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    started = time.monotonic()
    while True:
        try:
            measured = queue.get(timeout=10)
            break
        except Exception:
            if not proc.is_alive():
                raise SystemExit(f"{what} died (exit code {proc.exitcode})") from None
            if time.monotonic() - started > limit_s:
                proc.kill()
                raise SystemExit(f"{what} ran past {limit_s:.0f} s and was stopped; set PROPOS_BENCH_LIMIT_S "
                                 "to allow more, or run a smaller size") from None
    proc.join()
    return measured


# ---- throughput: each variant in a fresh process


def _variant(name: str, texts: list[str], queue) -> None:
    if name.startswith("spacy"):
        import spacy

        # "spacy": nlp.pipe as it comes; "spacy-batch32": the batch size propos itself uses, a fairer baseline
        batch_size = 32 if name == "spacy-batch32" else None
        nlp = spacy.load("fr_core_news_md")
        list(nlp.pipe(texts[:WARMUP_ARTICLES]))
        start, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    else:
        from propos.input.article import RawArticle
        from propos.scale.batch import BatchOptions, analyze_shard

        options = BatchOptions(fast=name == "propos-selective", date="2025-01-01")
        articles = [RawArticle(id=str(i), text=t) for i, t in enumerate(texts)]
        analyze_shard([(a.id, a) for a in articles[:WARMUP_ARTICLES]], options)  # loads the model
        failures: dict[str, int] = {}
        start, cpu = time.perf_counter(), time.process_time()
        for first in range(0, len(articles), 64):  # the batch engine's path: batched, bugs caught per article
            for result in analyze_shard([(a.id, a) for a in articles[first : first + 64]], options):
                if "code" in result:
                    failures[result["message"][:120]] = failures.get(result["message"][:120], 0) + 1
        for message, count in failures.items():
            print(f"  {name}: {count} x {message}", file=sys.stderr)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU seconds as well as wall seconds: on a shared machine the wall clock measures the neighbours too.
    queue.put({"seconds": seconds, "cpu_seconds": round(cpu, 2), "words_per_cpu_s": round(len_words(texts) / cpu, 1),
               "peak_rss_mb": round(peak_rss_mb(), 1)})


def len_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def throughput(chars: int) -> dict:
    articles = corpus(chars)
    texts = [a["text"] for a in articles]
    words = sum(len(t.split()) for t in texts)
    result = {"articles": len(texts), "characters": sum(map(len, texts)), "words": words, "variants": {}}
    for name in ("spacy", "spacy-batch32", "propos", "propos-selective"):
        measured = in_fresh_process(_variant, (name, texts), f"the {name} variant")
        measured["words_per_s"] = round(words / measured["seconds"], 1)
        measured["seconds"] = round(measured["seconds"], 2)
        result["variants"][name] = measured
        print(f"  {name:12s} {measured['words_per_s']:9.0f} words/s wall, {measured['words_per_cpu_s']:9.0f} "
              f"words/CPU-s ({measured['seconds']} s, peak {measured['peak_rss_mb']} MB)", flush=True)
    base, fair = result["variants"]["spacy"], result["variants"]["spacy-batch32"]
    for name in ("propos", "propos-selective"):
        v = result["variants"][name]
        v["vs_spacy_wall"] = round(v["words_per_s"] / base["words_per_s"], 3)
        v["vs_spacy_cpu"] = round(v["words_per_cpu_s"] / base["words_per_cpu_s"], 3)
        v["vs_spacy_batch32_cpu"] = round(v["words_per_cpu_s"] / fair["words_per_cpu_s"], 3)
    return result


# ---- the longest article: one text at the size limit, in a fresh process


def _longest(chars: int, queue) -> None:
    from propos.analysis import Analyzer
    from propos.input.article import RawArticle

    analyzer = Analyzer("fr", max_chars=chars, force_lang=True)
    texts = [a["text"] for a in corpus(chars)]
    text = "\n\n".join(texts)[:chars]
    base = peak_rss_mb()
    start = time.perf_counter()
    doc = analyzer.analyze_article(RawArticle(id="longest", text=text), date="2025-01-01")
    queue.put({"characters": len(text), "seconds": round(time.perf_counter() - start, 1), "quotes": len(doc.quotes),
               "peak_rss_mb": round(peak_rss_mb(), 1), "model_loaded_rss_mb": round(base, 1)})


def longest(chars: int) -> dict:
    """Memory for one article at the documented limit (PROPOS_MAX_CHARS, 2,000,000 by default)."""
    measured = in_fresh_process(_longest, (chars,), "the longest-article run")
    print(f"  {measured['characters']} characters in {measured['seconds']} s, peak {measured['peak_rss_mb']} MB "
          f"(model loaded: {measured['model_loaded_rss_mb']} MB)", flush=True)
    return measured


# ---- scaling: the batch engine's Dask path, 1 then 2 worker processes, warm workers


def _rss_of_worker() -> float:
    return peak_rss_mb()


def scaling(n_articles: int, fast: bool) -> dict:
    from propos.input.article import RawArticle
    from propos.scale.batch import BatchOptions, _Dask, _shards, warm_worker

    articles = corpus(1)  # the pool once
    while len(articles) < n_articles:
        articles += corpus(1)
    items = [(f"a{i}", RawArticle(id=f"a{i}", text=a["text"], date=a.get("date")))
             for i, a in enumerate(articles[:n_articles])]
    words = sum(len(a.text.split()) for _, a in items)
    options = BatchOptions(fast=fast, shard_size=10)
    result = {"articles": n_articles, "words": words, "fast": fast, "workers": {}}
    for n in (1, 2):
        engine = _Dask(n, None)
        try:
            engine.client.run(warm_worker, options.lang, options.force_lang, options.fast)  # load models
            start = time.perf_counter()
            for _ in engine.run(list(_shards(items, options.shard_size)), options):
                pass
            seconds = time.perf_counter() - start
            rss = engine.client.run(_rss_of_worker)
        finally:
            engine.close()
        result["workers"][n] = {"seconds": round(seconds, 2), "words_per_s": round(words / seconds, 1),
                                "peak_rss_mb_per_worker": round(max(rss.values()), 1)}
        print(f"  {n} worker(s): {words / seconds:9.0f} words/s ({seconds:.1f} s), peak "
              f"{max(rss.values()):.0f} MB per worker", flush=True)
    result["speedup_1_to_2"] = round(result["workers"][2]["words_per_s"] / result["workers"][1]["words_per_s"], 3)
    return result


# ---- near-duplicate detection over synthetic documents with planted copies


def dedup(n_docs: int) -> dict:
    from collections import Counter
    from itertools import accumulate

    from propos.scale.dedup import DuplicateFinder

    rng = random.Random(7)
    # Originals draw words from the corpus's word frequencies: French-looking, and unrelated to each other
    # (whole sentences from a small pool would make real containment copies by chance).
    source = POOL.read_text(encoding="utf-8") if POOL.exists() else " ".join(_WORDS)
    counts = Counter(source.split() if not POOL.exists() else
                     " ".join(json.loads(line)["text"] for line in source.splitlines()).split())
    vocab, cum = list(counts), list(accumulate(counts.values()))
    planted: dict[str, tuple[str, str]] = {}
    docs: list[tuple[str, str]] = []
    originals: list[int] = []
    for i in range(n_docs):
        key = f"d{i}"
        roll = rng.random()
        if originals and roll < 0.15:
            src_index = rng.choice(originals)
            src_key, src = docs[src_index]
            if roll < 0.05:
                copy, kind = src.upper(), "exact"
            elif roll < 0.10:
                copy, kind = "PARIS (AFP) - " + src + " Lire aussi nos autres articles sur le sujet.", "near"
            else:
                copy, kind = src[: int(len(src) * rng.uniform(0.3, 0.6))], "truncated"
            docs.append((key, copy))
            planted[key] = (src_key, kind)
        else:
            docs.append((key, " ".join(rng.choices(vocab, cum_weights=cum, k=rng.randint(80, 400)))))
            originals.append(i)
    finder = DuplicateFinder()
    start = time.perf_counter()
    found = {}
    for key, text in docs:
        match = finder.add(key, text)
        if match:
            found[key] = match.key
    seconds = time.perf_counter() - start
    hits = sum(1 for k, (src, _) in planted.items() if k in found and finder._find(k) == finder._find(src))
    false = sum(1 for k in found if k not in planted)
    by_kind = {}
    for kind in ("exact", "near", "truncated"):
        keys = [k for k, (_, kd) in planted.items() if kd == kind]
        by_kind[kind] = round(sum(1 for k in keys if k in found) / max(1, len(keys)), 4)
    result = {"docs": n_docs, "seconds": round(seconds, 2), "docs_per_s": round(n_docs / seconds, 1),
              "planted": len(planted), "recall": round(hits / max(1, len(planted)), 4), "recall_by_kind": by_kind,
              "false_positives": false, "peak_rss_mb": round(peak_rss_mb(), 1)}
    print(f"  {n_docs} docs in {seconds:.1f} s ({n_docs / seconds:.0f} docs/s); recall {result['recall']:.3f} "
          f"{by_kind}; {false} false positive(s)", flush=True)
    return result


def machine() -> dict:
    import psutil

    return {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", nargs="?", default="all", choices=["all", "throughput", "scaling", "dedup", "longest"])
    parser.add_argument("--chars", type=int, default=1_000_000, help="characters of text for throughput")
    parser.add_argument("--articles", type=int, default=400, help="articles for the scaling run")
    parser.add_argument("--docs", type=int, default=100_000, help="documents for near-duplicate detection")
    parser.add_argument("--longest", type=int, default=2_000_000, help="characters of the one long article")
    parser.add_argument("--fast", action="store_true", help="scaling with the two-pass (selective parse) pipeline")
    args = parser.parse_args(argv)
    results = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S")}
    print(f"machine: {results['machine']}")
    if args.what in ("all", "dedup"):
        print("near-duplicate detection:")
        results["dedup"] = dedup(args.docs)
    if args.what in ("all", "throughput"):
        print("throughput (words/s, one process each):")
        results["throughput"] = throughput(args.chars)
    if args.what in ("all", "longest"):
        print("the longest article (one text at the size limit):")
        results["longest"] = longest(args.longest)
    if args.what in ("all", "scaling"):
        print("batch scaling (Dask LocalCluster, warm workers):")
        results["scaling"] = scaling(args.articles, args.fast)
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps(previous | results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
