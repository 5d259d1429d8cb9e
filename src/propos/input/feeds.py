"""RSS and Atom feeds through feedparser: local files, or URLs fetched with a timeout and retries.

Each entry becomes an article: its title, a blank line, then its text (the entry's content, else its
summary, with the HTML markup removed). With `follow_links`, the linked page is fetched and read with the
HTML reader, which gives the full article where a feed carries only a teaser.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from propos.errors import Errors, ProposError
from propos.input.article import RawArticle, outlet

USER_AGENT = "propos/0.1 (+https://github.com/propos; news analysis)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 3


def fetch_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, retries: int = DEFAULT_RETRIES,
              backoff: float = 0.5) -> bytes:
    """GET a URL; retry on network errors and 5xx/429 answers, with exponential back-off."""
    last: Exception | None = None
    for attempt in range(max(1, retries)):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            last = exc
            if exc.code < 500 and exc.code != 429:  # a client error will not change on retry
                break
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            last = exc
    tries = attempt + 1
    raise ProposError(Errors.E071.format(url=url, tries=tries, detail=last), source=url)


def _plain_text(value: str) -> str:
    """Feed content is often an HTML fragment: keep its text, one paragraph per block element."""
    if "<" not in value:
        return value.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except Exception:  # malformed markup: lxml is lenient, but an empty fragment raises
        return value.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def _entry_body(entry) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return _plain_text(best or entry.get("summary", "") or "")


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _language(code: str | None) -> str | None:
    return code.split("-")[0].split("_")[0].lower() if code else None


def _entry_id(origin: str, entry, index: int) -> str:
    key = entry.get("id") or entry.get("link")
    if not key:
        return f"{Path(origin).stem or 'feed'}-{index}"
    return "feed-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def parse_feed(data: bytes, origin: str):
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = parsed.get("bozo_exception") or "no entries"
        raise ProposError(Errors.E070.format(detail=detail), source=origin)
    return parsed


def read_feed(data: bytes, origin: str, *, follow_links: bool = False, timeout: float = DEFAULT_TIMEOUT,
              retries: int = DEFAULT_RETRIES) -> Iterator[RawArticle]:
    """The `READERS` entry for .rss/.atom/.xml files: one article per feed entry."""
    from propos.input.readers import ReadFailure, read_html

    parsed = parse_feed(data, origin)
    feed = parsed.feed
    source = feed.get("title") or urlparse(feed.get("link", "")).hostname
    feed_lang = _language(feed.get("language"))
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{index}"
        link = entry.get("link")
        title = " ".join((entry.get("title") or "").split()) or None
        body = _entry_body(entry)
        page = None
        if follow_links and link:
            try:
                page = next(read_html(fetch_url(link, timeout=timeout, retries=retries), link), None)
            except ProposError as exc:
                if not body:
                    yield ReadFailure(where, exc)
                    continue
        if page is not None:
            page.id, page.origin = _entry_id(origin, entry, index), where
            page.date = page.date or _entry_date(entry)
            page.url = page.url or link
            page.source = outlet(page.url) or page.source or source
            page.language = _language(entry.get("language")) or feed_lang
            yield page
            continue
        if not body:
            yield ReadFailure(where, ProposError(Errors.E073, source=where))
            continue
        text = f"{title}\n\n{body}" if title else body
        yield RawArticle(
            id=_entry_id(origin, entry, index),
            text=text,
            title=title,
            title_span=(0, len(title)) if title else None,
            date=_entry_date(entry),
            url=link,
            source=outlet(link) or source,
            language=_language(entry.get("language")) or feed_lang,
            origin=where,
            extra={"author": entry["author"]} if entry.get("author") else {},
        )


def read_feed_url(url: str, *, follow_links: bool = False, timeout: float = DEFAULT_TIMEOUT,
                  retries: int = DEFAULT_RETRIES) -> Iterator[RawArticle]:
    """Fetch a feed over HTTP(S) and read it; a network failure is a `ProposError` naming the URL."""
    data = fetch_url(url, timeout=timeout, retries=retries)
    yield from read_feed(data, url, follow_links=follow_links, timeout=timeout, retries=retries)


def is_url(value: str) -> bool:
    return str(value).startswith(("http://", "https://"))
