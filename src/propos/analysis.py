"""The one core behind every interface: check an article, run the pipeline, return the analysis document.

The CLI, the REST API and the batch engine all call `Analyzer`; none of them reaches into extraction.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from propos import __version__
from propos.errors import Errors, ProposError, Warnings
from propos.extraction.document import build_document
from propos.input.article import RawArticle
from propos.input.langid import detect_language
from propos.input.readers import ReadFailure
from propos.input.validate import iso_date
from propos.language.pipeline import load, model_version
from propos.language.resources import SUPPORTED_LANGUAGES
from propos.model import AnalysisDocument, Problem

logger = logging.getLogger(__name__)
DEFAULT_MAX_CHARS = int(os.environ.get("PROPOS_MAX_CHARS", 2_000_000))
# Below this length language identification is unreliable: the requested language is trusted.
_MIN_CHARS_FOR_LANGID = 80


def normalize_date(value: str | dt.date | None, *, source: str | None = None) -> str | None:
    return iso_date(value, source=source)


def internal_error(exc: Exception, origin: str) -> ProposError:
    logger.exception("internal error while analysing %s", origin)
    return ProposError(Errors.E015.format(kind=type(exc).__name__, detail=exc), source=origin)


@dataclass
class Outcome:
    """One article's result: a document, or the error that stopped it (never both)."""

    origin: str
    document: AnalysisDocument | None = None
    error: ProposError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Analyzer:
    def __init__(self, lang: str = "fr", *, max_chars: int = DEFAULT_MAX_CHARS, force_lang: bool = False) -> None:
        self.lang = lang
        self.max_chars = max_chars
        self.force_lang = force_lang
        self.nlp = load(lang)
        # spaCy refuses texts over nlp.max_length (1,000,000): the documented limit is ours, so it must be theirs.
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.pipeline_version = f"propos-{__version__}+{model_version(self.nlp)}"

    def check(self, article: RawArticle) -> list[Problem]:
        """Refuse what cannot be analysed; return warnings for what can, with caution."""
        origin = article.origin or article.id
        if not article.text or not article.text.strip():
            raise ProposError(Errors.E001, source=origin)
        if len(article.text) > self.max_chars:
            raise ProposError(Errors.E004.format(size=len(article.text), limit=self.max_chars), source=origin)
        declared = article.language
        if declared and declared not in SUPPORTED_LANGUAGES and not self.force_lang:
            raise ProposError(Errors.E005.format(lang=declared, supported=", ".join(SUPPORTED_LANGUAGES)), source=origin)
        if self.force_lang or len(article.text.strip()) < _MIN_CHARS_FOR_LANGID:
            return []
        lang, prob = detect_language(article.text)
        if lang != self.lang and prob >= 0.9:
            raise ProposError(Errors.E005.format(lang=lang, supported=", ".join(SUPPORTED_LANGUAGES)), source=origin)
        if lang != self.lang:
            return [Problem.of(Warnings.W002.format(lang=lang, used=self.lang))]
        return []

    def _prepare(self, article: RawArticle, date: str | None):
        """Check an article and make its Doc (not yet processed); raises ProposError."""
        warnings = self.check(article)
        pub_date = normalize_date(date or article.date, source=article.origin or article.id)
        doc = self.nlp.make_doc(article.text)
        doc._.pub_date, doc._.doc_id = pub_date, article.id
        return doc, warnings, pub_date

    def _document(self, article: RawArticle, doc, warnings: list[Problem], pub_date: str | None) -> AnalysisDocument:
        return build_document(
            doc,
            id=article.id,
            language=self.lang,
            pipeline_version=self.pipeline_version,
            date=pub_date,
            title=article.title,
            title_span=article.title_span,
            url=article.url,
            source=article.source,
            warnings=warnings,
        )

    def analyze_article(self, article: RawArticle, *, date: str | None = None) -> AnalysisDocument:
        doc, warnings, pub_date = self._prepare(article, date)
        return self._document(article, self.nlp(doc), warnings, pub_date)

    def analyze_stream(self, items: Iterable[RawArticle | ReadFailure], *, date: str | None = None) -> Iterator[Outcome]:
        """Analyse every article; a failure is reported in the stream and the next article goes on."""
        for item in items:
            if isinstance(item, ReadFailure):
                yield Outcome(item.origin, error=item.error)
                continue
            origin = item.origin or item.id
            try:
                yield Outcome(origin, document=self.analyze_article(item, date=date))
            except ProposError as exc:
                if exc.source is None:
                    exc.source = origin
                yield Outcome(origin, error=exc)
            except Exception as exc:  # a bug must not stop the batch: report it and go on
                yield Outcome(origin, error=internal_error(exc, origin))

    def analyze_batch(self, articles: list[RawArticle], *, date: str | None = None,
                      batch_size: int = 32) -> list[Outcome]:
        """Like `analyze_stream`, with the model's batched `nlp.pipe` (faster; used by the batch engine).

        Why 32 (stop 49, 143 pool articles, one fresh process each, CPU seconds user + system; plain spaCy at the
        same size beside it): 16: 9.31 s, peak 649 MB (spaCy 8.14 s, 631 MB); 32: 9.99 s, 759 MB (9.22 s, 743 MB);
        64: 10.23 s, 982 MB (9.83 s, 954 MB); 128: 11.31 s, 1,362 MB (10.44 s, 1,342 MB); 256: 10.36 s, 1,486 MB
        (11.63 s, 1,472 MB). The user time hardly moves with the size (spaCy 8.7 → 8.4 s); the system time grows
        with it (spaCy 0.2 → 3.3 s): numpy asks the kernel for huge pages on its arrays of 4 MB and more, and a
        larger batch makes more of them, faulted in and compacted anew at each batch; memory grows too. A larger
        batch is no faster here, and costs about 200 MB per worker for each doubling."""
        outcomes: list[Outcome | None] = [None] * len(articles)
        ready: list[tuple[int, object, list[Problem], str | None]] = []
        for i, article in enumerate(articles):
            try:
                ready.append((i, *self._prepare(article, date)))
            except ProposError as exc:
                origin = article.origin or article.id
                exc.source = exc.source or origin
                outcomes[i] = Outcome(origin, error=exc)
        try:
            docs = list(self.nlp.pipe([doc for _, doc, _, _ in ready], batch_size=batch_size))
        except Exception:  # one article broke the batch: analyse them one by one to isolate it
            for (i, _, _, _), outcome in zip(ready, self.analyze_stream([articles[i] for i, *_ in ready], date=date),
                                             strict=True):
                outcomes[i] = outcome
            return outcomes
        for (i, _, warnings, pub_date), doc in zip(ready, docs, strict=True):
            a = articles[i]
            outcomes[i] = Outcome(a.origin or a.id, document=self._document(a, doc, warnings, pub_date))
        return outcomes


def analyze(text: str, *, date: str | dt.date | None = None, lang: str = "fr", id: str = "text",
            title: str | None = None) -> AnalysisDocument:
    """Analyse one text with the shared pipeline and return the typed result."""
    from propos.input.article import title_from_text

    found = title_from_text(text) if title is None else None
    article = RawArticle(id=id, text=text, title=found[0] if found else title, title_span=found[1] if found else None)
    return Analyzer(lang).analyze_article(article, date=normalize_date(date))
