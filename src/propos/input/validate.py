"""Check an article's fields before anything keys, stores or analyses it.

Whatever a reader produced, an article leaves the input layer with string fields, Unicode text that can be
encoded, a URL that can be normalised and a date in ISO form — or as a coded error for that article alone,
so that a duplicate check, a sort by date or a database write further on never fails on it.
"""

from __future__ import annotations

import datetime as dt
import re

from propos.errors import Errors, ProposError
from propos.input.article import RawArticle

_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("id", "text", "title", "date", "url", "source", "language")


def field_type_problem(values: dict) -> str | None:
    """The first field that is not a string (or null), named, for a reader's own error message."""
    for name in TEXT_FIELDS:
        value = values.get(name)
        if value is not None and not isinstance(value, str) and not (name == "id" and isinstance(value, int)):
            return f"field '{name}' must be a string, not {type(value).__name__}"
    return None


def iso_date(value: str | dt.date | None, *, source: str | None = None) -> str | None:
    """YYYY-MM-DD from a date or an ISO date(-time) string; E009 for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        raise ProposError(Errors.E009.format(value=value), source=source)
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise ProposError(Errors.E009.format(value=value), source=source) from None


def check_url(url: str | None, *, source: str | None = None) -> None:
    from propos.store.urls import normalize_url

    try:
        normalize_url(url)
    except ValueError as exc:
        raise ProposError(Errors.E017.format(url=url, detail=exc), source=source) from None


def checked(article: RawArticle) -> RawArticle:
    """The article with its date in ISO form; a ProposError naming the first field that is not usable."""
    origin = article.origin or (article.id if isinstance(article.id, str) else None)
    problem = field_type_problem({name: getattr(article, name) for name in TEXT_FIELDS})
    if problem:
        raise ProposError(Errors.E021.format(detail=problem), source=origin)
    for name in TEXT_FIELDS:
        value = getattr(article, name)
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            raise ProposError(Errors.E016.format(field=name, code=ord(found.group()), pos=found.start()), source=origin)
    check_url(article.url, source=origin)
    article.id = str(article.id)
    article.date = iso_date(article.date, source=origin)
    return article
