"""Turn paths (files, directories, `-` for standard input) into articles.

Each reader takes the raw bytes and a name and yields `RawArticle`s; a problem with one input becomes a
`ReadFailure` in the stream, so a batch goes on past it. New formats register in `READERS`.
"""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from propos.errors import Errors, ProposError
from propos.input.article import RawArticle, outlet, split_front_matter, title_from_text
from propos.input.decode import decode_bytes
from propos.input.feeds import read_feed
from propos.input.validate import checked, field_type_problem
from propos.input.warc import read_warc


@dataclass
class ReadFailure:
    origin: str
    error: ProposError


Reader = Callable[[bytes, str], Iterator[RawArticle]]


def read_txt(data: bytes, origin: str) -> Iterator[RawArticle]:
    text, fields = split_front_matter(decode_bytes(data, source=origin))
    found = title_from_text(text)
    title, span = found if found else (None, None)
    yield RawArticle(id=fields.pop("id", None) or Path(origin).stem or origin, text=text, title=title,
                     title_span=span, origin=origin, **fields)


_MIN_BODY_WORDS = 8  # below this, what trafilatura finds is page furniture, not an article


def read_html(data: bytes, origin: str) -> Iterator[RawArticle]:
    import trafilatura

    html = decode_bytes(data, source=origin)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, as_dict=True)
    body = (doc or {}).get("text") if doc else None
    if not body or len(body.split()) < _MIN_BODY_WORDS:
        raise ProposError(Errors.E006, source=origin)
    title = (doc.get("title") or "").strip() or None
    # The headline is analysed with the body, as in a .txt file: title, blank line, text.
    text = f"{title}\n\n{body}" if title else body
    yield RawArticle(
        id=Path(origin).stem or origin,
        text=text,
        title=title,
        title_span=(0, len(title)) if title else None,
        date=doc.get("date"),
        url=doc.get("url"),
        source=outlet(doc.get("url")) or doc.get("sitename") or doc.get("hostname"),
        origin=origin,
        extra={"author": doc.get("author")} if doc.get("author") else {},
    )


def read_jsonl(data: bytes, origin: str) -> Iterator[RawArticle | ReadFailure]:
    text = decode_bytes(data, source=origin)
    # Lines end at \n only: U+2028, U+2029 and U+0085 are valid inside JSON strings (str.splitlines splits there).
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError("a JSON object with a string field 'text' is required")
            problem = field_type_problem(obj)
            if problem:
                raise ValueError(problem)
        except ValueError as exc:
            yield ReadFailure(where, ProposError(Errors.E008.format(line=lineno, detail=exc), source=origin))
            continue
        yield RawArticle(
            id=str(obj.get("id") or f"{Path(origin).stem}-{lineno}"),
            text=obj["text"],
            title=obj.get("title"),
            date=obj.get("date"),
            url=obj.get("url"),
            source=obj.get("source"),
            language=obj.get("lang") or obj.get("language"),
            origin=where,
        )


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".gz": read_warc,  # .warc.gz (a gzipped file that is not a WARC archive fails with E072)
}


def describe_formats() -> str:
    """The inputs the readers take, for help texts (kept in step with READERS)."""
    return ("files (" + ", ".join(".warc.gz" if s == ".gz" else s for s in READERS) + "; .txt may open with a front matter block giving date/source/url), "
            "directories of them, or - for standard input")


def _sniff(data: bytes) -> Reader:
    head = data.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return read_jsonl
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return read_html
    return read_txt


def _expand(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        else:
            yield path


def _read_file(path: Path, origin: str) -> bytes:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ProposError(Errors.E007.format(path=path)) from None
    except OSError as exc:
        raise ProposError(Errors.E018.format(path=path, detail=exc.strerror or exc), source=origin) from None
    if not stat.S_ISREG(mode):  # a FIFO would block forever, a device never end
        raise ProposError(Errors.E020.format(path=path), source=origin)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ProposError(Errors.E018.format(path=path, detail=exc.strerror or exc), source=origin) from None


def _articles_of(path: str | Path, origin: str, stdin) -> Iterator[RawArticle | ReadFailure]:
    if path == "-":
        data = (stdin or sys.stdin.buffer).read()
        reader = _sniff(data)
    else:
        reader = READERS.get(Path(path).suffix.lower())
        if reader is None and Path(path).exists():
            raise ProposError(Errors.E010.format(suffix=Path(path).suffix), source=origin)
        data = _read_file(Path(path), origin)
    try:
        yield from reader(data, origin)
    except ImportError as exc:
        raise ProposError(Errors.E019.format(suffix=Path(str(path)).suffix or "these", detail=exc), source=origin) from None


def checked_item(item: RawArticle | ReadFailure) -> RawArticle | ReadFailure:
    if isinstance(item, ReadFailure):
        return item
    try:
        return checked(item)
    except ProposError as exc:
        return ReadFailure(item.origin or str(item.id), exc)


def read_sources(paths: Iterable[str | Path], *, stdin=None) -> Iterator[RawArticle | ReadFailure]:
    """Yield every article of every path, in order, with failures in the stream: whatever goes wrong with one
    file or one article becomes a coded error for it, and the next one is read."""
    for path in _expand(paths):
        origin = "<stdin>" if path == "-" else str(path)
        try:
            for item in _articles_of(path, origin, stdin):
                yield checked_item(item)
        except ProposError as exc:
            yield ReadFailure(origin, exc)
        except Exception as exc:  # a reader's bug must not end the run: report it for this file and go on
            from propos.analysis import internal_error

            yield ReadFailure(origin, internal_error(exc, origin))
