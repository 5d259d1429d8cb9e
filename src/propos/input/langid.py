"""Language detection with py3langid, restricted to the languages news in Europe is written in."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("fr",)
_CANDIDATES = ["fr", "en", "de", "es", "it", "pt", "nl"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=_CANDIDATES)


def detect_language(text: str) -> tuple[str, float]:
    """Return (language code, probability) for the first few thousand characters."""
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)
