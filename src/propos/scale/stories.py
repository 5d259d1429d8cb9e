"""Story clustering over time: articles about the same event, across days and outlets, share a story id.

Single pass in date order. Each article is a TF-IDF vector of the content words of its headline and lead
(names, which start with a capital inside a sentence, count double: a story is who and where as much as
what). An article joins the most similar story still active (its last article at most `window_days`
earlier) when the cosine with the story's centroid reaches `threshold`; otherwise it opens a new story.
Stop words come from spaCy's language data, so the clusterer needs no model and works for any language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

_TOKEN = re.compile(r"\w[\w'’-]*\w|\w")
_LEAD_WORDS = 150
_CENTROID_TERMS = 60
_QUERY_TERMS = 12
# Document frequencies seen in a small collection are noise: smooth them as if this many more articles,
# none with the term, had been seen.
_IDF_PRIOR_DOCS = 20


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(w.casefold() for w in get_lang_class(lang).Defaults.stop_words)


def _day(date: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(date[:10]).toordinal() if date else None
    except ValueError:
        return None


@dataclass
class Story:
    id: str
    first: int | None
    last: int | None
    centroid: Counter = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)


class StoryClusterer:
    def __init__(self, lang: str = "fr", *, threshold: float = 0.3, window_days: int = 3) -> None:
        self.stops = stop_words(lang)
        self.threshold = threshold
        self.window = window_days
        self.stories: dict[str, Story] = {}
        self._df: Counter = Counter()
        self._docs = 0
        self._by_term: dict[str, set[str]] = {}
        self._fitted = False

    def terms(self, text: str) -> Counter:
        counts: Counter = Counter()
        sentence_start = True
        for match in _TOKEN.finditer(text[: _LEAD_WORDS * 8]):
            token = match.group()
            key = token.casefold().replace("’", "'")
            if "'" in key:  # l'eau -> eau, aujourd'hui stays whole enough
                key = key.split("'", 1)[1] or key
            name = token[0].isupper() and not sentence_start
            after = text[match.end() : match.end() + 2]
            sentence_start = bool(after) and after[0] in ".!?\n"
            if len(key) < 3 or key.isdigit() or key in self.stops:
                continue
            counts[key] += 2 if name else 1
            if sum(counts.values()) > _LEAD_WORDS * 2:
                break
        return counts

    def _vector(self, counts: Counter) -> dict[str, float]:
        vec = {t: (1 + math.log(c)) * math.log((_IDF_PRIOR_DOCS + self._docs) / (1 + self._df[t])) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items() if v > 0}

    @staticmethod
    def _cosine(vec: dict[str, float], centroid: Counter) -> float:
        norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
        return sum(w * centroid.get(t, 0.0) for t, w in vec.items()) / norm

    def _active(self, story: Story, day: int | None) -> bool:
        return day is None or story.last is None or 0 <= day - story.last <= self.window or day < story.last

    def fit(self, texts: Iterable[str]) -> None:
        """Learn document frequencies from the whole collection first, when it is at hand."""
        for text in texts:
            self._docs += 1
            self._df.update(self.terms(text).keys())
        self._fitted = True

    def add(self, key: str, text: str, *, date: str | None = None) -> str:
        """Place one article; return its story id. Feed articles in date order for best results."""
        counts = self.terms(text)
        if not self._fitted:
            self._docs += 1
            self._df.update(counts.keys())
        vec = self._vector(counts)
        day = _day(date)
        top = sorted(vec, key=vec.get, reverse=True)[:_QUERY_TERMS]
        candidates = set().union(*(self._by_term.get(t, ()) for t in top)) if top else set()
        best, best_score = None, self.threshold
        for story_id in candidates:
            story = self.stories[story_id]
            if not self._active(story, day):
                continue
            score = self._cosine(vec, story.centroid)
            if score >= best_score:
                best, best_score = story, score
        if best is None:
            best = Story(id="story-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12], first=day, last=day)
            self.stories[best.id] = best
        best.members.append(key)
        if day is not None:
            best.last = max(best.last or day, day)
        for term, weight in vec.items():
            best.centroid[term] += weight
        kept = dict(best.centroid.most_common(_CENTROID_TERMS))
        for term in set(best.centroid) - set(kept):
            self._by_term.get(term, set()).discard(best.id)
        best.centroid = Counter(kept)
        for term in kept:
            self._by_term.setdefault(term, set()).add(best.id)
        return best.id


def cluster_stories(items: Iterable[tuple[str, str, str | None]], lang: str = "fr", **options) -> dict[str, str]:
    """(key, text, date) triples -> {key: story id}, processed in date order (undated articles last)."""
    clusterer = StoryClusterer(lang, **options)
    ordered = sorted(items, key=lambda item: item[2] or "~")
    clusterer.fit(text for _key, text, _date in ordered)
    return {key: clusterer.add(key, text, date=date) for key, text, date in ordered}
