"""What the interfaces show for the result model's codes (quote types, stances, event types…), per interface
language, from `locale/<lang>.json`. The web pages and the digest share these words; the API keeps the codes."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

INTERFACE_LANGUAGE = "fr"
_LOCALE = Path(__file__).with_name("locale")
_LETTER = re.compile(r"[^\W\d_]")
# Quotation marks a direct quotation may already carry at its ends (it is shown with them, not inside new ones).
_OPENING = "«“‘\"'‹„‚"
_CLOSING = "»”’\"'›“‘"


@cache
def _table(lang: str = INTERFACE_LANGUAGE) -> dict:
    return json.loads((_LOCALE / f"{lang}.json").read_text(encoding="utf-8"))


def label(kind: str, code: str | None, lang: str = INTERFACE_LANGUAGE) -> str:
    """The interface's word for a code (`label("stance", "support")` → « pour »); the code itself if unknown."""
    if code is None:
        return ""
    return _table(lang).get(kind, {}).get(code, code)


def word(key: str, lang: str = INTERFACE_LANGUAGE) -> str:
    """One of the digest's own words."""
    return _table(lang)["digest"].get(key, key)


def has_words(text: str | None) -> bool:
    """A cue worth showing: « a déclaré », not the bare colon of a colon attribution."""
    return bool(text and _LETTER.search(text))


def direct_text(text: str, limit: int | None = None, lang: str = INTERFACE_LANGUAGE) -> str:
    """A direct quotation as the reader expects it: between quotation marks, once (its own marks are kept),
    shortened inside the marks to `limit` characters when one is given."""
    stripped = text.strip()
    if len(stripped) > 1 and stripped[0] in _OPENING and stripped[-1] in _CLOSING:
        opening, inner, closing = stripped[0], stripped[1:-1], stripped[-1]
    else:
        marks = _table(lang)["quote_marks"]
        opening, inner, closing = marks["open"].strip(), stripped, marks["close"].strip()
    inner = inner.strip()
    if limit is not None and len(inner) > limit:
        inner = inner[: limit - 1].rstrip() + "…"
    # French marks take a (narrow) space inside; the other kinds do not.
    pad = " " if opening == "«" else ""
    return f"{opening}{pad}{inner}{pad if closing == '»' else ''}{closing}"
