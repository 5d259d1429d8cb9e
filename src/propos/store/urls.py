"""The keys an article is known by in the store: its normalised URL and the hash of its content."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from propos.input.article import RawArticle

# Query parameters that track a reader, not name a page.
_TRACKING = ("utm_", "fbclid", "gclid", "xtor", "at_medium", "at_campaign")


def normalize_url(url: str | None) -> str | None:
    """Same page, same key: lower-case scheme and host, no default port, fragment or tracking parameters."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip()
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING)))
    path = parts.path.rstrip("/") or "/"
    # http and https name the same article.
    return urlunsplit(("https" if scheme in ("http", "https") else scheme, host, path, query, ""))


def content_hash(text: str) -> str:
    """The same hash the readers give a `RawArticle` (white space normalised), so both sides agree."""
    return RawArticle(id="", text=text).content_hash
