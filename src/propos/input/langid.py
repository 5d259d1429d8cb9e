"""Language detection with py3langid, restricted to the languages news in Europe is written in."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("fr",)
_CANDIDATES = ["fr", "en", "de", "es", "it", "pt", "nl"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=_CANDIDATES)


# The opening of an article tells its language as surely as the whole, and the detector walks every byte in
# Python: it reads the first 2,000 characters (about 300 words), not the whole article.
_SAMPLE_CHARS = 2000


def detect_language(text: str) -> tuple[str, float]:
    """Return (language code, probability) for the opening of the text."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return lang, float(prob)
