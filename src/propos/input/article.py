"""What a reader produces: the article text exactly as given, and its metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class RawArticle:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # file path or "<stdin>", for error messages
    title_span: tuple[int, int] | None = None  # where the title stands in `text`, if it does
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()


def title_from_text(text: str) -> tuple[str, tuple[int, int]] | None:
    """The rule for plain text: the first non-empty line is the title when a blank line follows it."""
    pos = 0
    while pos < len(text) and text[pos] in " \t\r\n\ufeff":
        pos += 1
    line_end = text.find("\n", pos)
    if line_end < 0:
        return None
    rest = text[line_end + 1 :]
    next_line = rest.split("\n", 1)[0]
    if next_line.strip():
        return None
    title = text[pos:line_end].rstrip()
    return (title, (pos, pos + len(title))) if title else None


FRONT_MATTER_FENCE = "---"
FRONT_MATTER_FIELDS = ("id", "date", "url", "source", "language")


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """A plain-text article may begin with a front matter block, as in static site generators:

        ---
        date: 2024-03-12
        source: Le Monde
        ---
        Title

    Returns the text after the block (what is analysed; offsets count from there) and its known fields.
    Text that does not open with a complete block of `key: value` lines is returned whole."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return text, {}
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == FRONT_MATTER_FENCE:
            return "\n".join(lines[number + 1 :]), fields
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            return text, {}  # not a front matter block: the text is analysed as it stands
        if key.strip().lower() in FRONT_MATTER_FIELDS and value.strip():
            fields[key.strip().lower()] = value.strip()
    return text, {}


def outlet(url: str | None) -> str | None:
    """One name per outlet whatever the way in (its HTML page says « Le Monde », its feed « Le Monde.fr - À la
    une »): the host of the article's address, lower case, without `www.`. None without an http(s) address."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.removeprefix("www.")
