"""What a reader produces: the article text exactly as given, and its metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


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
