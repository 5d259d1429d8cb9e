"""The batch engine: many inputs in, Parquet shards (and/or the store) out, on Dask distributed.

The same code path runs on a laptop (a `LocalCluster` of worker processes) and on a cluster (`scheduler`
set to `tcp://HOST:8786`). The driver reads every input, finds wire duplicates and stories (both need the
whole collection), then sends shards of articles to the workers; each worker process loads the pipeline
once and returns the analyses; the driver marks duplicates, stories and outlet counts and writes each shard
atomically (temporary file, then rename). A killed run resumes where it stopped: articles already in a
finished shard (or in the store) are not analysed, nor written, again.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from propos.errors import Errors
from propos.input.article import RawArticle
from propos.input.readers import ReadFailure

SHARD_GLOB = "part-*.parquet"
REPORT_NAME = "report.json"


@dataclass
class BatchOptions:
    lang: str = "fr"
    date: str | None = None
    force_lang: bool = False
    fast: bool = False
    shard_size: int = 50


@dataclass
class BatchReport:
    articles: int = 0  # read from the inputs
    analysed: int = 0
    resumed: int = 0  # already done by an earlier run
    duplicates: int = 0  # articles that are a copy of an earlier one
    families: int = 0
    stories: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[dict] = field(default_factory=list)  # {"origin", "code", "message"}

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()} | {"words_per_second": round(self.words_per_second, 1)}

    def whole(self, previous: dict | None) -> dict:
        """The report of every run on one output folder: what this run did is added to what the earlier
        ones did (failures are this run's: it retried every article that had failed). `analysed` counts every
        article done, also by a run that was killed before it could write its report."""
        this_run = self.as_dict()
        previous = previous or {}
        summed = {k: round(previous.get(k, 0) + this_run[k], 3) for k in ("words", "seconds")}
        whole = this_run | summed | {"analysed": self.resumed + self.analysed, "resumed": 0,
                                     "runs": previous.get("runs", 0) + 1,
                                     "last_run": {k: this_run[k] for k in _PER_RUN}}
        whole["words_per_second"] = round(whole["words"] / whole["seconds"], 1) if whole["seconds"] else 0.0
        return whole


_PER_RUN = ("analysed", "resumed", "words", "seconds", "words_per_second")


# ---- reading


def read_inputs(inputs: Iterable[str]) -> Iterator[RawArticle | ReadFailure]:
    """Paths as `propos analyze` takes them, plus feed URLs (http:// or https://)."""
    from propos.errors import ProposError
    from propos.input.feeds import is_url, read_feed_url
    from propos.input.readers import checked_item, read_sources

    paths: list[str] = []
    for item in inputs:
        if not is_url(item):
            paths.append(item)
            continue
        try:
            for article in read_feed_url(item):
                yield checked_item(article)
        except ProposError as exc:
            yield ReadFailure(item, exc)
    yield from read_sources(paths)


def _unique_keys(articles: list[RawArticle]) -> list[str]:
    """Article ids made unique in reading order (two files may both be called index.html)."""
    seen: dict[str, int] = {}
    keys = []
    for article in articles:
        n = seen.get(article.id, 0)
        seen[article.id] = n + 1
        keys.append(article.id if n == 0 else f"{article.id}~{n + 1}")
    return keys


def outlet_of(article: RawArticle) -> str:
    return article.source or (urlparse(article.url).hostname if article.url else None) or article.id


# ---- the worker side


def analyze_shard(items: list[tuple[str, RawArticle]], options: BatchOptions) -> list[dict]:
    """Run on a worker: analyse each article with the process's one pipeline; never raise for one article."""
    analyzer = _worker_analyzer(options.lang, options.force_lang, options.fast)
    try:  # batched through nlp.pipe: the fast path
        outcomes = analyzer.analyze_batch([article for _, article in items], date=options.date)
    except Exception:  # a bug on one article must not lose the shard: redo it one article at a time
        outcomes = [_one(analyzer, article, options) for _, article in items]
    results = []
    for (key, article), outcome in zip(items, outcomes, strict=True):
        if outcome.ok:
            results.append({"key": key, "document": outcome.document.model_dump_json(),
                            "words": len(article.text.split())})
        else:
            results.append({"key": key, "origin": outcome.origin, "code": outcome.error.code,
                            "message": str(outcome.error)})
    return results


def _one(analyzer, article: RawArticle, options: BatchOptions):
    from propos.analysis import Outcome
    from propos.errors import ProposError

    origin = article.origin or article.id
    try:
        return Outcome(origin, document=analyzer.analyze_article(article, date=options.date))
    except ProposError as exc:
        return Outcome(origin, error=exc)
    except Exception as exc:
        return Outcome(origin, error=ProposError(f"[E000] {type(exc).__name__}: {exc}", source=origin))


_ANALYZERS: dict = {}


def warm_worker(lang: str, force_lang: bool, fast: bool) -> None:
    """Load the pipeline on a worker ahead of the first shard (returns nothing: an Analyzer does not pickle)."""
    _worker_analyzer(lang, force_lang, fast)


def _worker_analyzer(lang: str, force_lang: bool, fast: bool):
    """One Analyzer (one loaded model) per worker process, built on first use."""
    key = (lang, force_lang, fast)
    if key not in _ANALYZERS:
        from propos.analysis import Analyzer

        analyzer = Analyzer(lang, force_lang=force_lang)
        if fast:
            from propos.language.pipeline import load

            analyzer.nlp = load(lang, fast=True)
        _ANALYZERS[key] = analyzer
        # The model's and lexicons' objects (about 480,000) live as long as the worker: frozen out of the garbage
        # collector's reach, a full collection during the analysis does not walk them again. Here and not in
        # `load`: freezing is the process's business, and a worker's process is the batch engine's own.
        gc.collect()
        gc.freeze()
    return _ANALYZERS[key]


# ---- sinks


class ParquetSink:
    """One Parquet file per shard, written under a temporary name and renamed when complete."""

    def __init__(self, out_dir: Path) -> None:
        self.dir = Path(out_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        for stale in self.dir.glob("*.parquet.tmp"):  # left by a killed run: never complete
            stale.unlink()

    def done_keys(self) -> set[str]:
        import pyarrow.parquet as pq

        keys: set[str] = set()
        for shard in sorted(self.dir.glob(SHARD_GLOB)):
            keys.update(pq.read_table(shard, columns=["key"]).column("key").to_pylist())
        return keys

    def write(self, rows: list[dict]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not rows:
            return
        name = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}.parquet"
        tmp = self.dir / (name + ".tmp")
        pq.write_table(pa.Table.from_pylist(rows), tmp)
        os.replace(tmp, self.dir / name)


class StoreSink:
    """The store's public ingestion (`Store.save`); it already knows what it holds, which makes resuming free."""

    def __init__(self, url: str) -> None:
        from propos.store import Store

        self.store = Store.open(url)

    def already_stored(self, article: RawArticle, pipeline_version: str) -> bool:
        return self.store.is_duplicate(url=article.url, text=article.text, pipeline_version=pipeline_version)

    def write_documents(self, documents) -> list[dict]:
        """Store each document in its own transaction; what one cannot store is a failure for it alone."""
        failures = []
        for doc in documents:
            try:
                self.store.save(doc)
            except Exception as exc:
                failures.append({"origin": doc.id, "code": "E022", "message": Errors.E022.format(detail=exc)})
        return failures

    def close(self) -> None:
        self.store.close()


def _row(key: str, doc, words: int) -> dict:
    return {
        "key": key, "id": doc.id, "date": doc.date, "title": doc.title, "url": doc.url, "source": doc.source,
        "language": doc.language, "duplicate_of": doc.duplicate_of, "story_id": doc.story_id,
        "quotes": len(doc.quotes), "actors": len(doc.actors), "events": len(doc.events), "words": words,
        "document": doc.model_dump_json(),
    }


# ---- the driver


@dataclass
class _Collection:
    articles: dict[str, RawArticle]
    duplicate_of: dict[str, str]
    family_of: dict[str, list[str]]
    story_of: dict[str, str]


def _collect(items: Iterable[RawArticle | ReadFailure], options: BatchOptions, report: BatchReport) -> _Collection:
    from propos.scale.dedup import DuplicateFinder, body_of
    from propos.scale.stories import cluster_stories

    articles, failures = [], []
    for item in items:
        (failures if isinstance(item, ReadFailure) else articles).append(item)
    for failure in failures:
        report.failures.append({"origin": failure.origin, "code": failure.error.code, "message": str(failure.error)})
    keys = _unique_keys(articles)
    by_key = dict(zip(keys, articles, strict=True))
    report.articles = len(articles)
    finder = DuplicateFinder()
    for key, article in by_key.items():
        finder.add(key, body_of(article.text, article.title_span), date=options.date or article.date)
    families = finder.families()
    family_of = {m: f.members for f in families for m in f.members}
    duplicate_of = finder.duplicate_of()
    report.duplicates, report.families = len(duplicate_of), len(families)
    canonical = {key: duplicate_of.get(key, key) for key in by_key}
    stories = cluster_stories(
        ((k, a.text, options.date or a.date) for k, a in by_key.items() if k not in duplicate_of), options.lang)
    story_of = {key: stories[canonical[key]] for key in by_key}
    report.stories = len(set(stories.values()))
    return _Collection(by_key, duplicate_of, family_of, story_of)


def _finish(doc, key: str, coll: _Collection):
    """What only the whole collection knows: the canonical copy, the story, the outlets of each quotation."""
    from propos.scale.dedup import mark_outlets

    canonical = coll.duplicate_of.get(key)
    doc.duplicate_of = coll.articles[canonical].id if canonical else None
    doc.story_id = coll.story_of.get(key)
    members = coll.family_of.get(key, [key])
    mark_outlets(doc, [(outlet_of(coll.articles[m]), coll.articles[m].text) for m in members])
    return doc


def _shards(items: list[tuple[str, RawArticle]], size: int) -> Iterator[list[tuple[str, RawArticle]]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


class _InProcess:
    """`workers=0`: no Dask at all, the shards run one after the other here (debugging, tiny inputs)."""

    def run(self, shards, options):
        for shard in shards:
            yield analyze_shard(shard, options)

    def close(self):
        pass


class _Dask:
    def __init__(self, workers: int, scheduler: str | None) -> None:
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            # One single-threaded process per worker: spaCy holds the GIL, threads would not add speed.
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, memory_limit=0)
            self.client = Client(self.cluster)

    def run(self, shards, options):
        """A bounded window of shards in flight: the scheduler never holds the whole collection."""
        from dask.distributed import as_completed

        pending = iter(shards)
        window = 4 * max(1, len(self.client.scheduler_info().get("workers", {})))
        first = [self.client.submit(analyze_shard, s, options, pure=False) for s in itertools.islice(pending, window)]
        flow = as_completed(first)
        for future in flow:
            yield future.result()
            future.release()
            following = next(pending, None)
            if following is not None:
                flow.add(self.client.submit(analyze_shard, following, options, pure=False))

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_batch(inputs: list[str], *, out: str | Path | None = None, db: str | None = None, workers: int = 2,
              scheduler: str | None = None, options: BatchOptions | None = None,
              on_progress: Callable[[int, int], None] | None = None) -> BatchReport:
    """Analyse every input; return the report (also written to OUT/report.json)."""
    from propos.model import AnalysisDocument

    if out is None and db is None:
        raise ValueError("give an output directory (out) or a database URL (db)")
    options = options or BatchOptions()
    report = BatchReport()
    started = time.perf_counter()
    coll = _collect(read_inputs(inputs), options, report)
    parquet = ParquetSink(Path(out)) if out else None
    store = StoreSink(db) if db else None
    todo = list(coll.articles.items())
    if parquet:
        done = parquet.done_keys()
        todo = [(k, a) for k, a in todo if k not in done]
    if store and not parquet:
        version = _pipeline_version(options.lang)
        todo = [(k, a) for k, a in todo if not store.already_stored(a, version)]
    report.resumed = len(coll.articles) - len(todo)
    engine = _InProcess() if workers <= 0 and not scheduler else _Dask(max(1, workers), scheduler)
    finished = 0
    try:
        for results in engine.run(list(_shards(todo, options.shard_size)), options):
            rows, documents = [], []
            for result in results:
                if "document" not in result:
                    report.failures.append({k: result[k] for k in ("origin", "code", "message")})
                    continue
                doc = _finish(AnalysisDocument.model_validate_json(result["document"]), result["key"], coll)
                documents.append(doc)
                rows.append(_row(result["key"], doc, result["words"]))
                report.words += result["words"]
            if parquet:
                parquet.write(rows)
            if store:
                report.failures += store.write_documents(documents)
            report.analysed += len(documents)
            finished += len(results)
            if on_progress:
                on_progress(finished, len(todo))
    finally:
        engine.close()
        if store:
            store.close()
    report.seconds = round(time.perf_counter() - started, 3)
    if parquet:
        path = parquet.dir / REPORT_NAME
        previous = json.loads(path.read_text(encoding="utf-8")) if report.resumed and path.exists() else None
        path.write_text(json.dumps(report.whole(previous), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report


def _pipeline_version(lang: str) -> str:
    """The version string the workers will stamp, without loading a model on the driver."""
    import spacy

    from propos import __version__
    from propos.language.resources import language_module

    meta = spacy.util.get_model_meta(spacy.util.get_package_path(language_module(lang).MODEL))
    return f"propos-{__version__}+{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def read_shards(out: str | Path) -> Iterator:
    """Every analysis document in an output directory's shards."""
    import pyarrow.parquet as pq

    from propos.model import AnalysisDocument

    for shard in sorted(Path(out).glob(SHARD_GLOB)):
        for value in pq.read_table(shard, columns=["document"]).column("document").to_pylist():
            yield AnalysisDocument.model_validate_json(value)
